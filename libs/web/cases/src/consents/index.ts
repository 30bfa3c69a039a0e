export { ConsentCoverageAlert, ConsentCoverageNotice, useConsentCoverage } from './ConsentCoverageNotice';
