export { createCasesResource, MyCases } from './cases';
export { familyMembers } from './family';
export { ConsentCoverageAlert, ConsentCoverageNotice, useConsentCoverage } from './consents';
