import { Admin, CustomRoutes, reactRouterProvider, Resource } from 'react-admin';
import { RESOURCES } from '@tsunagu/contracts';
import { familyMembers } from '@tsunagu/web-cases';
import { programs, programSessions } from '@tsunagu/web-contacts';
import { imports } from '@tsunagu/web-imports';
import { inquiries } from '@tsunagu/web-inquiries';
import { agencies, disclosures, referrals } from '@tsunagu/web-referrals';
import { reports } from '@tsunagu/web-reports';
import { caseConferences } from '@tsunagu/web-support';
import { ACCOUNT_PATH, authProvider, dataProvider, REPORTS } from '@tsunagu/web-data-access';
import { i18nProvider } from '@tsunagu/web-i18n';
import { NotFoundPage, withNotFound } from '@tsunagu/web-ui';
import { AccountPage, auditLogs, centers, users } from '@tsunagu/web-users';
import { cases } from './cases';
import { AppTitle, Dashboard, Layout, LoginPage, theme } from './layout';

// react-admin's router (react-router) takes its own <Route> elements; this is that component.
const { Route } = reactRouterProvider;

export const App = () => (
  <Admin
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    loginPage={LoginPage}
    dashboard={Dashboard}
    layout={Layout}
    title={<AppTitle />}
    theme={theme}
    catchAll={NotFoundPage}
    accessDenied={NotFoundPage}
    requireAuth
    disableTelemetry
  >
    <Resource name={RESOURCES.cases} {...withNotFound(cases)} />
    <Resource name={RESOURCES.inquiries} {...withNotFound(inquiries)} />
    <Resource name={REPORTS} {...withNotFound(reports)} />
    <Resource name={RESOURCES.familyMembers} {...withNotFound(familyMembers)} />
    <Resource name={RESOURCES.consents} {...withNotFound()} />
    <Resource name={RESOURCES.referrals} {...withNotFound(referrals)} />
    <Resource name={RESOURCES.agencies} {...withNotFound(agencies)} />
    <Resource name={RESOURCES.programs} {...withNotFound(programs)} />
    <Resource name={RESOURCES.programSessions} {...withNotFound(programSessions)} />
    <Resource name={RESOURCES.interviews} {...withNotFound()} />
    <Resource name={RESOURCES.assessments} {...withNotFound()} />
    <Resource name={RESOURCES.supportPlans} {...withNotFound()} />
    <Resource name={RESOURCES.caseConferences} {...withNotFound(caseConferences)} />
    <Resource name={RESOURCES.outreachVisits} {...withNotFound()} />
    <Resource name={RESOURCES.attendances} {...withNotFound()} />
    <Resource name={RESOURCES.followUps} {...withNotFound()} />
    <Resource name={RESOURCES.disclosures} {...withNotFound(disclosures)} />
    <Resource name={RESOURCES.users} {...withNotFound(users)} />
    <Resource name={RESOURCES.centers} {...withNotFound(centers)} />
    <Resource name={RESOURCES.auditLogs} {...withNotFound(auditLogs)} />
    <Resource name={RESOURCES.imports} {...withNotFound(imports)} />
    <Resource name={RESOURCES.importRows} {...withNotFound()} />
    <CustomRoutes>
      <Route path={ACCOUNT_PATH} element={<AccountPage />} />
    </CustomRoutes>
  </Admin>
);
