import type { AttendanceDto } from '@tsunagu/contracts';
import { candidateKey, entriesToRecord, mergeCandidates, type Candidate } from './attendance';

const mother: Candidate = { caseId: 'c1', caseNumber: 'TSA-2026-0001', attendee: 'family', familyMemberId: 'f1', label: '母 田中 恵子' };
const client: Candidate = { caseId: 'c1', caseNumber: 'TSA-2026-0001', attendee: 'client', familyMemberId: null, label: '本人 田中 翔太' };
const other: Candidate = { caseId: 'c2', caseNumber: 'TSA-2026-0002', attendee: 'family', familyMemberId: 'f9', label: '父 鈴木 一' };

describe('the attendance checklist', () => {
  it('lists each person once, usual attendees first', () => {
    expect(mergeCandidates([mother, client], [other, { ...mother }]).map((c) => c.label)).toEqual(['母 田中 恵子', '本人 田中 翔太', '父 鈴木 一']);
  });

  it('sends the people ticked that are not recorded yet', () => {
    const recorded: AttendanceDto[] = [{ id: 'a1', sessionId: 's1', caseId: 'c1', attendee: 'family', familyMemberId: 'f1' }];
    const ticked = new Set([candidateKey(mother), candidateKey(other)]);
    expect(entriesToRecord([mother, client, other], ticked, recorded)).toEqual([{ caseId: 'c2', attendee: 'family', familyMemberId: 'f9' }]);
  });
});
