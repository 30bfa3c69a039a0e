import { Foundation1764201600000 } from './1764201600000-foundation';
import { CasesConsents1764288000000 } from './1764288000000-cases-consents';
import { Contacts1764374400000 } from './1764374400000-contacts';
import { Referrals1764460800000 } from './1764460800000-referrals';
import { CorrectionsClosureMerge1764633600000 } from './1764633600000-corrections-closure-merge';
import { UserNameKana1764720000000 } from './1764720000000-user-name-kana';
import { Inquiries1764806400000 } from './1764806400000-inquiries';
import { Imports1764892800000 } from './1764892800000-imports';
import { Assessments1764979200000 } from './1764979200000-assessments';
import { SupportPlans1765065600000 } from './1765065600000-support-plans';
import { CaseConferences1765152000000 } from './1765152000000-case-conferences';
import { Sessions1765238400000 } from './1765238400000-sessions';
import { UserLastWrites1765411200000 } from './1765411200000-user-last-writes';
import { CaseContactDates1765584000000 } from './1765584000000-case-contact-dates';
import { SessionNotifications1765670400000 } from './1765670400000-session-notifications';
import { ReportPeriodIndexes1765756800000 } from './1765756800000-report-period-indexes';
import { ContactDayCounts1765843200000 } from './1765843200000-contact-day-counts';

/** Every migration, oldest first. A new one is a new timestamped file, added here. */
export const MIGRATIONS = [Foundation1764201600000, CasesConsents1764288000000, Contacts1764374400000, Referrals1764460800000, CorrectionsClosureMerge1764633600000, UserNameKana1764720000000, Inquiries1764806400000, Imports1764892800000, Assessments1764979200000, SupportPlans1765065600000, CaseConferences1765152000000, Sessions1765238400000, UserLastWrites1765411200000, CaseContactDates1765584000000, SessionNotifications1765670400000, ReportPeriodIndexes1765756800000, ContactDayCounts1765843200000];
