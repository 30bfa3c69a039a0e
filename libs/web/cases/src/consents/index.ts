export { ConsentCoverageAlert, ConsentCoverageNotice, useConsentCoverage } from './ConsentCoverageNotice';
export { ConsentCreateDialog } from './ConsentsTab';
