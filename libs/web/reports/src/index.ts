import BarChartIcon from '@mui/icons-material/BarChart';
import { ReportsPage } from './ReportsPage';

export { ReportsShortcut } from './ReportsShortcut';

/**
 * 実績・統計: a page of the web app (not an API resource) registered as a resource, so that it
 * has its route (/reports) and its menu entry, shown to whoever canAccess lets list it.
 */
export const reports = {
  list: ReportsPage,
  icon: BarChartIcon,
};
