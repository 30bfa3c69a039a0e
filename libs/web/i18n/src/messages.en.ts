import { ENUM_LABELS_EN } from '@tsunagu/contracts';
import { accountEn } from './domains/account.en';
import { casesEn } from './domains/cases.en';
import { contactsEn } from './domains/contacts.en';
import { importsEn } from './domains/imports.en';
import { inquiriesEn } from './domains/inquiries.en';
import { referralsEn } from './domains/referrals.en';
import { reportsEn } from './domains/reports.en';
import { supportEn } from './domains/support.en';
import { enumsEn } from './domains/enums.en';
import { errorsEn } from './domains/errors.en';
import { mergeMessages } from './merge';
import type { CoreMessages, TsunaguMessages } from './messages.ja';

/** Tsunagu's own English strings: the same keys as the Japanese catalog (the type checks it). */
const coreEn: CoreMessages = {
  ra: {
    page: {
      edit: 'Edit %{name} %{recordRepresentation}',
      show: '%{name} %{recordRepresentation}',
    },
    validation: {
      unique: 'Must be unique',
    },
    guesser: {
      empty: {
        title: 'No data to display',
        message: 'Please check your data provider',
      },
    },
  },
  tsunagu: {
    app: {
      title: 'Tsunagu',
      tagline: 'Case records for hikikomori regional support centers',
    },
    dashboard: {
      welcome: 'Welcome, %{name}',
      role: 'Your role: %{role}',
      nothing_yet: 'There are no screens for this role yet.',
    },
    roles: ENUM_LABELS_EN.role,
    audit: {
      from: 'From',
      to: 'Until',
      case_history: 'Access history',
      case_history_hint: 'Who read, wrote or exported this case, and when (from the audit log).',
      case_history_empty: 'Nothing recorded yet.',
      actions: ENUM_LABELS_EN.audit_action,
      entities: ENUM_LABELS_EN.audit_entity,
    },
    users: {
      active: 'Active',
      inactive: 'Inactive',
      members: 'Users of this center',
      kana_hint: 'Hiragana or katakana (lists are sorted by this reading)',
    },
    validation: {
      center_required: 'Every role but administrator needs a center',
      center_code: '2 to 10 capital letters or digits, starting with a letter (e.g. SAP)',
      required: 'Required.',
      too_long: 'Too long: please shorten it.',
      too_short: 'Too short.',
      single_line: 'One line only: no line breaks or tabs.',
      control_characters: 'Contains characters that cannot be entered.',
      kana: 'Enter it in hiragana or katakana.',
      future: 'A date in the future cannot be entered.',
      datetime: 'Enter a date and time.',
      date: 'Enter a valid date.',
      month: 'Enter a year and month (e.g. 2015-04).',
      email: 'Enter an email address.',
      choice: 'Choose one of the options.',
      range: 'Out of range.',
      invalid: 'Check this value.',
    },
    errors: {
      stale_version: 'Someone else updated this record first. Reload it, then save again.',
      conflict: 'This clashed with another change and was not saved. Please reload.',
      email_taken: 'Another user already signs in with this email address.',
      center_code_taken: 'Another center already uses this code.',
      self_lockout: 'You cannot deactivate yourself or change your own role.',
      user_center: 'The center is not valid (empty for an administrator, required otherwise).',
      invalid: 'Some of the input is not valid. Please check it.',
      forbidden: 'You are not allowed to do this.',
      not_found: 'Not found: it was removed, or you may not see it.',
      rule: 'A business rule does not allow this.',
      too_many_attempts: 'Too many attempts. Please wait a while and try again.',
      server: 'The server had a problem. Please try again later.',
    },
  },
  resources: {
    centers: {
      name: 'Center |||| Centers',
      fields: {
        id: 'ID',
        name: 'Name',
        code: 'Code',
        createdAt: 'Created',
        updatedAt: 'Updated',
        q: 'Search',
      },
    },
    users: {
      name: 'User |||| Users',
      fields: {
        id: 'ID',
        name: 'Name',
        nameKana: 'Reading (kana)',
        email: 'Email',
        role: 'Role',
        centerId: 'Center',
        active: 'Active',
        password: 'Password',
        newPassword: 'New password',
        createdAt: 'Created',
        updatedAt: 'Updated',
        q: 'Search',
      },
    },
    'audit-logs': {
      name: 'Audit log |||| Audit log',
      fields: {
        id: 'ID',
        at: 'When',
        userId: 'By',
        centerId: 'Center',
        action: 'Action',
        entity: 'Record type',
        entityId: 'Record ID',
        caseId: 'Case ID',
        userName: 'By',
        caseNumber: 'Case number',
      },
    },
  },
};

/** Tsunagu's whole English catalog, key for key the Japanese one. */
export const tsunaguEn: TsunaguMessages = mergeMessages<TsunaguMessages>(coreEn, enumsEn, errorsEn, casesEn, contactsEn, referralsEn, reportsEn, inquiriesEn, importsEn, supportEn, accountEn);
