import { interviewFormToApi, lastInterviewMethod, outreachFormToApi, rememberInterviewMethod, splitMet } from './entry-form';

describe('who was met', () => {
  it('becomes participants and family member ids', () => {
    expect(splitMet(['family:f1', 'client', 'family:f2'])).toEqual({ participants: ['client', 'family'], familyMemberIds: ['f1', 'f2'] });
    expect(splitMet(['agency'])).toEqual({ participants: ['agency'], familyMemberIds: [] });
    expect(splitMet(undefined)).toEqual({ participants: [], familyMemberIds: [] });
  });
});

describe('interviewFormToApi', () => {
  it('sends the time as Japan time and who was met, and leaves an empty note out', () => {
    expect(
      interviewFormToApi({
        caseId: 'c1',
        heldAt: '2026-11-27T16:30',
        method: 'phone',
        met: ['family:f1'],
        summary: ' 母より電話。 ',
        confidentialNote: '  ',
        durationMinutes: 15,
        nextContactOn: '2026-12-04',
      }),
    ).toEqual({
      caseId: 'c1',
      heldAt: '2026-11-27T16:30:00+09:00',
      method: 'phone',
      participants: ['family'],
      familyMemberIds: ['f1'],
      summary: '母より電話。',
      durationMinutes: 15,
      nextContactOn: '2026-12-04',
    });
  });
});

describe('outreachFormToApi', () => {
  it('sends the family members met, without a participants list', () => {
    expect(outreachFormToApi({ caseId: 'c1', visitedAt: '2026-11-27T10:00', outcome: 'met_family', met: ['family:f1'], summary: '玄関先で母と話した' })).toEqual({
      caseId: 'c1',
      visitedAt: '2026-11-27T10:00:00+09:00',
      outcome: 'met_family',
      familyMemberIds: ['f1'],
      summary: '玄関先で母と話した',
    });
  });
});

describe('the last interview method', () => {
  beforeEach(() => localStorage.clear());

  it('defaults to a phone call and remembers what was used', () => {
    expect(lastInterviewMethod()).toBe('phone');
    rememberInterviewMethod('in_person');
    expect(lastInterviewMethod()).toBe('in_person');
    rememberInterviewMethod('carrier pigeon');
    expect(lastInterviewMethod()).toBe('in_person');
  });
});
