export { ClosureQueue, createCasesResource, MyCases } from './cases';
export { familyMembers, FamilyMemberName, useFamilyLabel } from './family';
export { ConsentCoverageAlert, ConsentCoverageNotice, ConsentCreateDialog, useConsentCoverage } from './consents';
export { discardDraft, FormDraft, useDraftKey } from './drafts';
