import { createCasesResource } from '@tsunagu/web-cases';
import { CaseTimeline } from '@tsunagu/web-contacts';
import { CaseDisclosures, CaseReferrals } from '@tsunagu/web-referrals';

/** ケース with its tabs: the timeline, referrals and disclosures tabs come from their features. */
export const cases = createCasesResource({ timeline: CaseTimeline, referrals: CaseReferrals, disclosures: CaseDisclosures });
