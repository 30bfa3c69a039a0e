import { INTERVIEW_METHODS, type InterviewMethod, type Participant } from '@tsunagu/contracts';
import { japanLocalToIso, remembered } from '@tsunagu/web-ui';

type Values = Record<string, unknown>;

/** "Who was met", as one list of checkboxes: 本人, each family member by id, agency people. */
export const MET_CLIENT = 'client';
export const MET_AGENCY = 'agency';
export const metFamily = (familyMemberId: string) => `family:${familyMemberId}`;

/** Splits the "who was met" checkboxes into the API's participants and family member ids. */
export function splitMet(met: unknown): { participants: Participant[]; familyMemberIds: string[] } {
  const values = Array.isArray(met) ? (met as string[]) : [];
  const familyMemberIds = values.filter((v) => v.startsWith('family:')).map((v) => v.slice('family:'.length));
  const participants: Participant[] = [];
  if (values.includes(MET_CLIENT)) participants.push('client');
  if (familyMemberIds.length) participants.push('family');
  if (values.includes(MET_AGENCY)) participants.push('agency');
  return { participants, familyMemberIds };
}

/** Fields every quick-entry form shares, as the API takes them. */
function contactBody(values: Values, at: 'heldAt' | 'visitedAt'): Values {
  const { met, ...rest } = values;
  const body: Values = { ...rest, [at]: japanLocalToIso(values[at]) };
  if (typeof body['summary'] === 'string') body['summary'] = (body['summary'] as string).trim();
  if (typeof body['confidentialNote'] === 'string' && !(body['confidentialNote'] as string).trim()) delete body['confidentialNote'];
  if (body['durationMinutes'] === '' || body['durationMinutes'] === null) delete body['durationMinutes'];
  return { ...body, met };
}

/** The interview quick form as the API takes it (times as Japan time with offset). */
export function interviewFormToApi(values: Values): Values {
  const { met, ...body } = contactBody(values, 'heldAt');
  return { ...body, ...splitMet(met) };
}

/** The outreach quick form as the API takes it: family members met, no participants list. */
export function outreachFormToApi(values: Values): Values {
  const { met, ...body } = contactBody(values, 'visitedAt');
  const { familyMemberIds } = splitMet(met);
  return { ...body, familyMemberIds };
}

const LAST_METHOD = 'lastInterviewMethod';

/** The method used last time on this browser (a phone call when nothing is remembered yet). */
export const lastInterviewMethod = (): InterviewMethod => remembered.get(LAST_METHOD, INTERVIEW_METHODS, 'phone');
export const rememberInterviewMethod = (method: unknown) => {
  if (typeof method === 'string' && (INTERVIEW_METHODS as readonly string[]).includes(method)) remembered.set(LAST_METHOD, method);
};
