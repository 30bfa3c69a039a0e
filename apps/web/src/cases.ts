import { createCasesResource } from '@tsunagu/web-cases';
import { CaseTimeline } from '@tsunagu/web-contacts';
import { CaseDisclosures, CaseReferrals } from '@tsunagu/web-referrals';
import { AssessmentsTab, SupportPlansTab } from '@tsunagu/web-support';
import { CaseAccessHistory } from '@tsunagu/web-users';

/** ケース with its tabs: the timeline, assessments, support plan, referrals, disclosures and access history tabs come from their features. */
export const cases = createCasesResource({
  timeline: CaseTimeline,
  assessments: AssessmentsTab,
  supportPlans: SupportPlansTab,
  referrals: CaseReferrals,
  disclosures: CaseDisclosures,
  history: CaseAccessHistory,
});
