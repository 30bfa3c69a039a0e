export { AppTitle } from './AppTitle';
export { Dashboard } from './Dashboard';
export { Layout } from './Layout';
export { LoginPage } from './LoginPage';
export { theme } from './theme';
