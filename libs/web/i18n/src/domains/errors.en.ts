import type { Catalog } from './catalog';
import type { errorsJa } from './errors.ja';

export const errorsEn: Catalog<typeof errorsJa> = {
  tsunagu: {
    errors: {
      unauthenticated: 'Your sign-in has expired. Please sign in again.',
      invalid_credentials: 'The email or password is not correct.',
      future_date: 'A date in the future cannot be entered here.',
      contact_before_opened: 'A record cannot be dated before the case was opened.',
      next_contact_before_record: 'The next contact date cannot be before the day of the record.',
      closure_fields: 'Only a supervisor can change the closure reason and date, on a closed case.',
      lead_required: 'Choose the lead coordinator.',
      birth_mismatch: 'The birth year does not match the birth date.',
      referral_view_field: 'This field is not available in the referral view.',
      duplicate_query: 'Enter a name or a kana reading to check for duplicates.',
      family_unknown: 'Someone who is not a family member of this case was chosen.',
      consent_giver: 'Who gave the consent is not right (for a family member, choose them).',
      consent_agency: 'An information-sharing consent names the agency; other purposes name none.',
      consent_categories: 'Choose at least one category of information to share.',
      consent_subject: 'Whose consent to check is not right.',
      staff_unknown: 'The staff who took part include someone who is not an active user of this center.',
      agency_unknown: 'An agency that is not in this center\u2019s directory was chosen.',
      attendee: 'Who attended is not right (for a family member, choose them).',
      program_center: 'This program is not one of your center\u2019s.',
      agency_center: 'The agency\u2019s center is not right.',
      referral_basis: 'The legal basis and the categories are chosen only when sending the referral.',
      referral_subject: 'The referral\u2019s subject is not right (for a family member, choose them).',
      referral_responsible: 'Choose an active user of this center as the person responsible.',
      disclosure_categories: 'Choose at least one category of information to disclose.',
      report_center: 'Only an administrator can choose the center.',
      report_period: 'The period is not right: the start must not be after the end, within 10 years.',
      summary_sheet_period: 'The period of the contact history is not right: the start must not be after the end, within 10 years.',
      inquiry_caller: "The caller is not right: give a name or a nickname, not both; a relationship only for family, an agency only for an agency.",
      inquiry_referral: 'For "referred", choose the agency or type its name (and only then).',
      inquiry_converted: 'This contact has already become a case. Continue on the case page.',
    },
  },
};
