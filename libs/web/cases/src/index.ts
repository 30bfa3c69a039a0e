import { CaseTimeline } from '@tsunagu/web-contacts';
import { CaseDisclosures, CaseReferrals } from '@tsunagu/web-referrals';
import { createCasesResource } from './cases';

export { familyMembers } from './family';
export { ConsentStateChip, consentFormToApi, consentStateToday } from './consents';
export { CaseBadges, CaseStatusChip, MyCases, isFullCase } from './cases';

/** ケース with its tabs; the timeline, referrals and disclosures tabs come with their features. */
export const cases = createCasesResource({ timeline: CaseTimeline, referrals: CaseReferrals, disclosures: CaseDisclosures });
