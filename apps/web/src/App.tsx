import { Admin, Resource } from 'react-admin';
import { RESOURCES } from '@tsunagu/contracts';
import { familyMembers } from '@tsunagu/web-cases';
import { programs, programSessions } from '@tsunagu/web-contacts';
import { agencies, disclosures, referrals } from '@tsunagu/web-referrals';
import { reports } from '@tsunagu/web-reports';
import { authProvider, dataProvider, REPORTS } from '@tsunagu/web-data-access';
import { i18nProvider } from '@tsunagu/web-i18n';
import { auditLogs, centers, users } from '@tsunagu/web-users';
import { cases } from './cases';
import { AppTitle, Dashboard, LoginPage, theme } from './layout';

export const App = () => (
  <Admin
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    loginPage={LoginPage}
    dashboard={Dashboard}
    title={<AppTitle />}
    theme={theme}
    requireAuth
    disableTelemetry
  >
    <Resource name={RESOURCES.cases} {...cases} />
    <Resource name={REPORTS} {...reports} />
    <Resource name={RESOURCES.familyMembers} {...familyMembers} />
    <Resource name={RESOURCES.consents} />
    <Resource name={RESOURCES.referrals} {...referrals} />
    <Resource name={RESOURCES.agencies} {...agencies} />
    <Resource name={RESOURCES.programs} {...programs} />
    <Resource name={RESOURCES.programSessions} {...programSessions} />
    <Resource name={RESOURCES.interviews} />
    <Resource name={RESOURCES.outreachVisits} />
    <Resource name={RESOURCES.attendances} />
    <Resource name={RESOURCES.followUps} />
    <Resource name={RESOURCES.disclosures} {...disclosures} />
    <Resource name={RESOURCES.users} {...users} />
    <Resource name={RESOURCES.centers} {...centers} />
    <Resource name={RESOURCES.auditLogs} {...auditLogs} />
  </Admin>
);
