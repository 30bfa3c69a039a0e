import type { ChipProps } from '@mui/material';
import {
  ENUM_VALUES,
  type CaseStatus,
  type ConsentState,
  type EnumName,
  type ReferralStatus,
} from '@tsunagu/contracts';
import { choicesOf, type Choice } from './choices';

/** Every enum of the contracts the screens show, by the name of its i18n group (`tsunagu.enums.<name>`). */
export const ENUMS = ENUM_VALUES;
export type { EnumName };

/** The i18n prefix of an enum's labels: `enumLabel('case_status')` → `tsunagu.enums.case_status`. */
export const enumPrefix = (name: EnumName) => `tsunagu.enums.${name}`;

/** The i18n key of one value: `enumKey('case_status', 'active')`. */
export const enumKey = (name: EnumName, value: string) => `${enumPrefix(name)}.${value}`;

/** Choices for every enum, for SelectInput / RadioButtonGroupInput / CheckboxGroupInput. */
export const CHOICES = Object.fromEntries(
  Object.entries(ENUMS).map(([name, values]) => [name, choicesOf(values, enumPrefix(name as EnumName))]),
) as Record<EnumName, Choice[]>;

type ChipColor = NonNullable<ChipProps['color']>;

export const CASE_STATUS_COLORS: Record<CaseStatus, ChipColor> = {
  intake: 'info',
  active: 'success',
  paused: 'warning',
  closed: 'default',
};

export const CONSENT_STATE_COLORS: Record<ConsentState, ChipColor> = {
  active: 'success',
  not_yet: 'info',
  expired: 'warning',
  withdrawn: 'error',
};

export const REFERRAL_STATUS_COLORS: Record<ReferralStatus, ChipColor> = {
  planned: 'info',
  referred: 'primary',
  accepted: 'success',
  declined: 'warning',
  completed: 'default',
  cancelled: 'default',
};

