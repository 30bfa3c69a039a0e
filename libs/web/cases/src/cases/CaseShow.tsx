import { useMe, NotFoundMessage } from '@tsunagu/web-ui';
import type { ComponentType } from 'react';
import { RESOURCES } from '@tsunagu/contracts';
import { Show, TabbedShowLayout, TabbedShowLayoutTabs, useCanAccess, useShowContext, useTranslate } from 'react-admin';
import { ConsentsTab } from '../consents/ConsentsTab';
import { FamilyTab } from '../family/FamilyTab';
import { CaseShowActions } from './CaseActions';
import { CaseNotices } from './ClosureWorkflow';
import { CaseOverview } from './CaseOverview';

/** The tabs other features fill in: the timeline, assessments, support plans, referrals and disclosures of the case. */
export interface CaseTabSlots {
  timeline?: ComponentType;
  /** アセスメント: the case's assessments, for supervisors and coordinators. */
  assessments?: ComponentType;
  /** 支援計画: the plan in force, its reviews and the earlier plans, for supervisors and coordinators. */
  supportPlans?: ComponentType;
  referrals?: ComponentType;
  disclosures?: ComponentType;
  /** Who read and wrote the case (the audit log's entries for it), for those who read the audit log. */
  history?: ComponentType;
}

/** The page title: the case number and name, or "not found" (never the id asked for). */
const CaseTitle = () => {
  const translate = useTranslate();
  const { record, error, defaultTitle } = useShowContext();
  if (error) return <>{translate('tsunagu.common.not_found_title')}</>;
  return <>{record ? defaultTitle : ''}</>;
};

/**
 * The case page. A case the user may not see answers 404 like one that does not exist: the page
 * says so in place (no redirect, no hint that it exists). Staff get the referral view and the
 * consents, referrals and disclosures; contact records are not theirs.
 */
export const createCaseShow = ({
  timeline: Timeline,
  assessments: Assessments,
  supportPlans: SupportPlans,
  referrals: Referrals,
  disclosures: Disclosures,
  history: History,
}: CaseTabSlots = {}) => {
  const CaseShow = () => {
    const { role } = useMe();
    const full = role === 'supervisor' || role === 'coordinator';
    const { canAccess: readsTrail } = useCanAccess({ resource: RESOURCES.auditLogs, action: 'list' });
    return (
      <Show
        actions={<CaseShowActions />}
        queryOptions={{ onError: () => undefined }}
        error={<NotFoundMessage />}
        title={<CaseTitle />}
      >
        <CaseNotices />
        {/* On a tablet the tabs scroll, with arrows, instead of being cut off. */}
        <TabbedShowLayout tabs={<TabbedShowLayoutTabs variant="scrollable" scrollButtons="auto" allowScrollButtonsMobile />}>
          <TabbedShowLayout.Tab label="tsunagu.cases.tabs.overview">
            <CaseOverview />
          </TabbedShowLayout.Tab>
          {full ? (
            <TabbedShowLayout.Tab label="tsunagu.cases.tabs.family" path="family">
              <FamilyTab />
            </TabbedShowLayout.Tab>
          ) : null}
          <TabbedShowLayout.Tab label="tsunagu.cases.tabs.consents" path="consents">
            <ConsentsTab />
          </TabbedShowLayout.Tab>
          {full && Timeline ? (
            <TabbedShowLayout.Tab label="tsunagu.cases.tabs.timeline" path="timeline">
              <Timeline />
            </TabbedShowLayout.Tab>
          ) : null}
          {full && Assessments ? (
            <TabbedShowLayout.Tab label="tsunagu.assessments.tab" path="assessments">
              <Assessments />
            </TabbedShowLayout.Tab>
          ) : null}
          {full && SupportPlans ? (
            <TabbedShowLayout.Tab label="tsunagu.plans.tab" path="support-plans">
              <SupportPlans />
            </TabbedShowLayout.Tab>
          ) : null}
          {Referrals ? (
            <TabbedShowLayout.Tab label="tsunagu.cases.tabs.referrals" path="referrals">
              <Referrals />
            </TabbedShowLayout.Tab>
          ) : null}
          {Disclosures ? (
            <TabbedShowLayout.Tab label="tsunagu.cases.tabs.disclosures" path="disclosures">
              <Disclosures />
            </TabbedShowLayout.Tab>
          ) : null}
          {History && readsTrail ? (
            <TabbedShowLayout.Tab label="tsunagu.audit.case_history" path="history">
              <History />
            </TabbedShowLayout.Tab>
          ) : null}
        </TabbedShowLayout>
      </Show>
    );
  };
  return CaseShow;
};
