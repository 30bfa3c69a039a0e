import { reactRouterProvider } from 'react-admin';
import { CaseSummarySheet } from './CaseSummarySheet';

export { PrintSheetButton } from './PrintSheetButton';

/** react-admin's router (react-router by default), for a route of the resource beyond list/show/create/edit. */
const { Route } = reactRouterProvider;

/** `/cases/:id/print`: the case summary sheet (ケース概要票), inside the app's layout. */
export const summarySheetRoute = <Route path=":id/print" element={<CaseSummarySheet />} />;
