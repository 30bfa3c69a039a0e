import { fieldErrorsOf } from '@tsunagu/web-data-access';
import { ASSESSMENT_DOMAINS, japanDate, type AssessmentDomain, type AssessmentDto, type AssessmentRatingDto } from '@tsunagu/contracts';

/** Days within which a coming review is flagged. */
export const DUE_SOON_DAYS = 30;

export type DueState = 'overdue' | 'soon' | null;

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

/** Past the next review day, within 30 days of it, or neither (`today` is the Japan day). */
export function dueState(nextDueOn: string | null, today: string = japanDate()): DueState {
  if (!nextDueOn) return null;
  const days = dayNumber(nextDueOn) - dayNumber(today);
  if (days < 0) return 'overdue';
  return days <= DUE_SOON_DAYS ? 'soon' : null;
}

export interface ChangeMark {
  text: string;
  tone: 'up' | 'down' | 'same' | 'none';
}

/** A domain's change since the assessment before: ▲+2 (better), ▼-1 (worse), ±0, or — when unknown. */
export function changeMark(change: number | null | undefined): ChangeMark {
  if (change === null || change === undefined) return { text: '—', tone: 'none' };
  if (change > 0) return { text: `▲+${change}`, tone: 'up' };
  if (change < 0) return { text: `▼${change}`, tone: 'down' };
  return { text: '±0', tone: 'same' };
}

export type Ratings = Record<AssessmentDomain, AssessmentRatingDto>;

export interface AssessmentFormValues {
  assessedOn: string;
  ratings: Ratings;
  strengths: string | null;
  wishes: string | null;
}

const blankRatings = (): Ratings =>
  Object.fromEntries(ASSESSMENT_DOMAINS.map((d) => [d, { score: null, note: null }])) as Ratings;

/**
 * A new assessment's form: today, and where the case stood at the newest one (scores, notes,
 * strengths and wishes), so that a reassessment changes only what changed.
 */
export function newAssessmentDefaults(newest: AssessmentDto | undefined, today: string = japanDate()): AssessmentFormValues {
  const ratings = blankRatings();
  for (const domain of ASSESSMENT_DOMAINS) {
    const rating = newest?.ratings[domain];
    if (rating) ratings[domain] = { score: rating.score ?? null, note: rating.note ?? null };
  }
  return { assessedOn: today, ratings, strengths: newest?.strengths ?? null, wishes: newest?.wishes ?? null };
}

/** The newest assessment as its correction form shows it. */
export const correctionDefaults = (newest: AssessmentDto): AssessmentFormValues => newAssessmentDefaults(newest, newest.assessedOn);

const trimmedOrNull = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null);

/** The form as the API takes it: every one of the eight domains, blank text as null. */
export function assessmentFormToApi(values: AssessmentFormValues): AssessmentFormValues {
  const ratings = blankRatings();
  for (const domain of ASSESSMENT_DOMAINS) {
    const rating = values.ratings?.[domain];
    const score = typeof rating?.score === 'number' ? rating.score : null;
    ratings[domain] = { score, note: trimmedOrNull(rating?.note) };
  }
  return { assessedOn: values.assessedOn, ratings, strengths: trimmedOrNull(values.strengths), wishes: trimmedOrNull(values.wishes) };
}

/** One point per assessment, oldest first, for the history chart: `{ assessedOn, health: 3, ... }`. */
export function chartRows(assessments: AssessmentDto[]): Array<Record<string, string | number | null>> {
  return [...assessments]
    .sort((a, b) => a.assessedOn.localeCompare(b.assessedOn))
    .map((a) => ({ assessedOn: a.assessedOn, ...Object.fromEntries(ASSESSMENT_DOMAINS.map((d) => [d, a.ratings[d]?.score ?? null])) }));
}

const RATING_MESSAGE = /^ratings\.([a-z_]+)(?:\.(score|note))? (.*)$/;

/**
 * A 400 names a rating's field as `ratings.risk.note must be shorter…`; the app's field errors stop
 * at `ratings`. This puts each on its domain's input, with the message the app would give the field.
 */
export function ratingErrorsOf(messages: unknown): Partial<Record<AssessmentDomain, Partial<Record<'score' | 'note', string>>>> | undefined {
  const list = Array.isArray(messages) ? messages : [messages];
  const errors: Partial<Record<AssessmentDomain, Partial<Record<'score' | 'note', string>>>> = {};
  for (const text of list) {
    const m = typeof text === 'string' ? RATING_MESSAGE.exec(text) : null;
    if (!m || !(ASSESSMENT_DOMAINS as readonly string[]).includes(m[1])) continue;
    const domain = m[1] as AssessmentDomain;
    const field = (m[2] as 'score' | 'note' | undefined) ?? 'score';
    const domainErrors = (errors[domain] ??= {});
    domainErrors[field] ??= fieldErrorsOf({ message: `${field} ${m[3]}` })?.[field] ?? 'tsunagu.validation.invalid';
  }
  return Object.keys(errors).length ? errors : undefined;
}
