import { japanClock, japanDate, type InquiryDto } from '@tsunagu/contracts';
import { japanLocalToIso, japanNowLocal } from '@tsunagu/web-ui';

type Values = Record<string, unknown>;

const LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** A stored timestamp as the Japan wall-clock time a datetime-local input holds ("2026-12-01T10:15"). */
export function toJapanLocal(value: unknown): string {
  if (typeof value !== 'string' || !value) return '';
  if (LOCAL.test(value)) return value;
  const at = new Date(value);
  return Number.isNaN(at.getTime()) ? value : japanNowLocal(at);
}

/**
 * A first contact's form as the API takes it: the time as Japan time with its offset, and the
 * fields that belong to another caller type or outcome emptied (the API refuses them there):
 * the relationship only for family, the agency only for an agency, the referred agency only for
 * a referral. A chosen chain is sent only when there is one.
 */
export function inquiryFormToApi<T extends Values>(values: T): T {
  const out: Values = { ...values };
  if (out['receivedAt']) out['receivedAt'] = japanLocalToIso(out['receivedAt']);
  else delete out['receivedAt'];
  if (out['callerType'] !== 'family') out['callerRelationship'] = null;
  if (out['callerType'] !== 'agency') {
    out['callerAgencyType'] = null;
    out['callerAgencyId'] = null;
  }
  if (out['outcome'] !== 'referred') {
    out['referredAgencyId'] = null;
    out['referredAgencyName'] = null;
  }
  for (const key of ['summary', 'callerName', 'nickname', 'callerNumber', 'personMunicipality', 'referredAgencyName']) {
    if (typeof out[key] === 'string') out[key] = (out[key] as string).trim() || null;
  }
  if (out['summary'] === null) out['summary'] = '';
  if (out['durationMinutes'] === '') out['durationMinutes'] = null;
  if (!out['chainId']) delete out['chainId'];
  return out as T;
}

/** A caller is named, or goes by a nickname, or neither (匿名): never both. */
export const nameOrNickname = (_value: unknown, values: Values) =>
  typeof values['callerName'] === 'string' && values['callerName'].trim() && typeof values['nickname'] === 'string' && values['nickname'].trim()
    ? 'tsunagu.inquiries.name_or_nickname'
    : undefined;

/** How the list and the chain name a caller: their name, their nickname, or null for 匿名. */
export const callerOf = (i: Pick<InquiryDto, 'callerName' | 'nickname' | 'callerNumber'>): string | null => i.callerName ?? i.nickname ?? i.callerNumber ?? null;

/** Today and the Monday of this week, Japan time (YYYY-MM-DD), for the home screen's counts. */
export function thisWeek(at: Date = new Date()): { today: string; monday: string } {
  const today = japanDate(at);
  const { year, month, day } = japanClock(at);
  const noon = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), 12));
  const sinceMonday = (noon.getUTCDay() + 6) % 7;
  noon.setUTCDate(noon.getUTCDate() - sinceMonday);
  return { today, monday: noon.toISOString().slice(0, 10) };
}
