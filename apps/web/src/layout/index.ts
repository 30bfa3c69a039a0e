export { AppTitle } from './AppTitle';
export { Dashboard } from './Dashboard';
export { LoginPage } from './LoginPage';
export { theme } from './theme';
