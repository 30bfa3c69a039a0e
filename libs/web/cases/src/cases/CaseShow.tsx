import { useMe, NotFoundMessage } from '@tsunagu/web-ui';
import type { ComponentType } from 'react';
import { Show, TabbedShowLayout, useShowContext, useTranslate } from 'react-admin';
import { ConsentsTab } from '../consents/ConsentsTab';
import { FamilyTab } from '../family/FamilyTab';
import { CaseShowActions } from './CaseActions';
import { CaseOverview } from './CaseOverview';

/** The tabs other features fill in: the timeline, referrals and disclosures of the case. */
export interface CaseTabSlots {
  timeline?: ComponentType;
  referrals?: ComponentType;
  disclosures?: ComponentType;
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
export const createCaseShow = ({ timeline: Timeline, referrals: Referrals, disclosures: Disclosures }: CaseTabSlots = {}) => {
  const CaseShow = () => {
    const { role } = useMe();
    const full = role === 'supervisor' || role === 'coordinator';
    return (
      <Show
        actions={<CaseShowActions />}
        queryOptions={{ onError: () => undefined }}
        error={<NotFoundMessage />}
        title={<CaseTitle />}
      >
        <TabbedShowLayout>
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
        </TabbedShowLayout>
      </Show>
    );
  };
  return CaseShow;
};
