import type { AttendanceDto, Attendee } from '@tsunagu/contracts';
import type { AttendanceEntry } from '@tsunagu/web-data-access';

/** One line of the attendance checklist: a person of a case who may have come. */
export interface Candidate extends AttendanceEntry {
  caseNumber: string;
  attendee: Attendee;
  familyMemberId: string | null;
  /** 「本人 田中 翔太」 or 「母 田中 恵子」, ready to show. */
  label: string;
}

/** The same person of the same case, whichever list they came from. */
export const candidateKey = (c: Pick<AttendanceEntry, 'caseId' | 'attendee' | 'familyMemberId'>) =>
  `${c.caseId}:${c.attendee}:${c.familyMemberId ?? ''}`;

/** The usual attendees first, then the ones added by hand, each person once. */
export function mergeCandidates(usual: Candidate[], added: Candidate[]): Candidate[] {
  const seen = new Set<string>();
  return [...usual, ...added].filter((c) => {
    const key = candidateKey(c);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** What to send: the people ticked that are not recorded yet (the API keeps recorded ones as they are anyway). */
export function entriesToRecord(candidates: Candidate[], ticked: Set<string>, recorded: AttendanceDto[]): AttendanceEntry[] {
  const done = new Set(recorded.map(candidateKey));
  return candidates
    .filter((c) => ticked.has(candidateKey(c)) && !done.has(candidateKey(c)))
    .map(({ caseId, attendee, familyMemberId }) => ({ caseId, attendee, familyMemberId }));
}
