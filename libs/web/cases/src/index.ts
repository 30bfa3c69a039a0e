export { createCasesResource, MyCases } from './cases';
export { familyMembers, FamilyMemberName, useFamilyLabel } from './family';
export { ConsentCoverageAlert, ConsentCoverageNotice, useConsentCoverage } from './consents';
