import { STATUTORY_CONFERENCE_KINDS, type CaseConferenceDto, type ConferenceKind, type InfoCategory, type OutsideAttendeeDto } from '@tsunagu/contracts';

/** A 支援会議 under 社会福祉法 or 生活困窮者自立支援法: the members' pledges are the basis of the sharing. */
export const isStatutory = (kind: ConferenceKind | null | undefined): boolean => !!kind && STATUTORY_CONFERENCE_KINDS.includes(kind);

/** Whether each outside member's pledge day is required (and so highlighted on the form): at a statutory 支援会議. */
export const pledgeRequired = (kind: ConferenceKind | null | undefined): boolean => isStatutory(kind);

export interface BasisSummary {
  key: string;
  args?: Record<string, number>;
}

/**
 * What the sharing rests on, as shown before saving: the members' duty of confidentiality (with how
 * many pledged), each case's consent, or nothing shared at an internal review.
 */
export function basisSummary(kind: ConferenceKind, outsideAttendees: Array<Partial<OutsideAttendeeDto>> = []): BasisSummary {
  if (kind === 'internal') return { key: 'tsunagu.conferences.basis.internal' };
  if (kind === 'consent_based') return { key: 'tsunagu.conferences.basis.consent' };
  const pledged = outsideAttendees.filter((a) => !!a?.pledgedOn).length;
  return { key: 'tsunagu.conferences.basis.statutory', args: { pledged, total: outsideAttendees.length } };
}

export interface ConferenceFormValues {
  heldOn: string;
  kind: ConferenceKind;
  title: string;
  cases: Array<{ caseId: string; decision?: string | null }>;
  internalAttendeeIds?: string[];
  outsideAttendees?: Array<{ name: string; agencyId: string; role?: string | null; pledgedOn?: string | null }>;
  categories?: InfoCategory[];
  papers?: string | null;
  papersCollected?: boolean | null;
  nextReviewOn?: string | null;
}

const trimmedOrNull = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null);

/** The form as the API takes it: an internal review sends no outside members and shares nothing. */
export function conferenceFormToApi(values: ConferenceFormValues): ConferenceFormValues {
  const internal = values.kind === 'internal';
  return {
    heldOn: values.heldOn,
    kind: values.kind,
    title: values.title.trim(),
    cases: (values.cases ?? []).map((c) => ({ caseId: c.caseId, decision: trimmedOrNull(c.decision) })),
    internalAttendeeIds: values.internalAttendeeIds ?? [],
    outsideAttendees: internal
      ? []
      : (values.outsideAttendees ?? []).map((a) => ({ name: a.name.trim(), agencyId: a.agencyId, role: trimmedOrNull(a.role), pledgedOn: a.pledgedOn || null })),
    categories: internal ? [] : (values.categories ?? []),
    papers: trimmedOrNull(values.papers),
    papersCollected: values.papers?.trim() ? (values.papersCollected ?? false) : null,
    nextReviewOn: values.nextReviewOn || null,
  };
}

/** The first sound of each kana, in the Latin letter of its Hepburn romanisation. */
const KANA_ROWS: Array<[string, string]> = [
  ['あぁ', 'A'], ['いぃ', 'I'], ['うぅゔ', 'U'], ['えぇ', 'E'], ['おぉ', 'O'],
  ['かきくけこ', 'K'], ['がぎぐげご', 'G'], ['さすせそ', 'S'], ['し', 'S'], ['ざずぜぞ', 'Z'], ['じぢ', 'J'],
  ['たてと', 'T'], ['ち', 'C'], ['つ', 'T'], ['だづでど', 'D'], ['なにぬねの', 'N'],
  ['はひへほ', 'H'], ['ふ', 'F'], ['ばびぶべぼ', 'B'], ['ぱぴぷぺぽ', 'P'], ['まみむめも', 'M'],
  ['やゃゆゅよょ', 'Y'], ['らりるれろ', 'R'], ['わゐゑを', 'W'], ['ん', 'N'],
];

const toHiragana = (char: string) => {
  const code = char.charCodeAt(0);
  return code >= 0x30a1 && code <= 0x30f6 ? String.fromCharCode(code - 0x60) : char;
};

const initialOf = (part: string): string => {
  const first = toHiragana(part[0] ?? '');
  if (/[A-Za-z]/.test(first)) return first.toUpperCase();
  return KANA_ROWS.find(([kana]) => kana.includes(first))?.[1] ?? '';
};

/**
 * A client's initials from the kana of the name (たかはし けんた → T.K.), for the minutes, which
 * name no client; empty when there is no kana to go by.
 */
export function initialsOf(kana: string | null | undefined): string {
  const letters = (kana ?? '').trim().split(/[\s\u3000]+/).filter(Boolean).map(initialOf);
  return letters.every(Boolean) && letters.length ? letters.map((l) => `${l}.`).join('') : '';
}

/** What changes after the meeting. */
export type ConferenceUpdate = Pick<CaseConferenceDto, 'papers' | 'papersCollected' | 'nextReviewOn' | 'version'> & { cases: Array<{ caseId: string; decision: string | null }> };

/** What the API takes after the meeting: the decisions of the cases one sees, the papers, the next review, the version read. */
export const conferenceEditToApi = (r: CaseConferenceDto): ConferenceUpdate => ({
  cases: r.cases.map((c) => ({ caseId: c.caseId, decision: c.decision?.trim() || null })),
  papers: r.papers?.trim() || null,
  papersCollected: r.papersCollected ?? null,
  nextReviewOn: r.nextReviewOn || null,
  version: r.version,
});
