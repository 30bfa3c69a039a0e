import { basisSummary, conferenceEditToApi, conferenceFormToApi, initialsOf, pledgeRequired } from './conference-logic';
import { i18nProvider } from '@tsunagu/web-i18n';

const text = (kind: Parameters<typeof basisSummary>[0], attendees: Parameters<typeof basisSummary>[1] = []) => {
  const { key, args } = basisSummary(kind, attendees);
  return i18nProvider.translate(key, args);
};

describe('the basis shown before saving', () => {
  it('counts the pledges at a statutory 支援会議', () => {
    const members = [
      { name: 'A', agencyId: 'x', pledgedOn: '2026-04-01' },
      { name: 'B', agencyId: 'y', pledgedOn: null },
    ];
    expect(text('welfare_act_meeting', members)).toBe('構成員の守秘義務（誓約: 2名中1名）');
    expect(text('poverty_act_meeting', [members[0]])).toBe('構成員の守秘義務（誓約: 1名中1名）');
  });

  it('rests on each case’s consent at a consent-based meeting, and on nothing outside at an internal review', () => {
    expect(text('consent_based')).toBe('各ケースの同意（支援会議・事例検討）');
    expect(text('internal')).toBe('外部への提供なし');
  });
});

describe('pledge days', () => {
  it('are required only at the two statutory kinds', () => {
    expect([pledgeRequired('welfare_act_meeting'), pledgeRequired('poverty_act_meeting'), pledgeRequired('consent_based'), pledgeRequired('internal')]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});

describe('conferenceFormToApi', () => {
  it('sends no outside members nor categories for an internal review, and no collection without papers', () => {
    const body = conferenceFormToApi({
      heldOn: '2026-05-01',
      kind: 'internal',
      title: ' 定例検討 ',
      cases: [{ caseId: 'c1', decision: ' ' }],
      outsideAttendees: [{ name: 'A', agencyId: 'x' }],
      categories: ['basic'],
      papers: '',
      papersCollected: true,
    });
    expect(body).toMatchObject({ title: '定例検討', cases: [{ caseId: 'c1', decision: null }], outsideAttendees: [], categories: [], papers: null, papersCollected: null });
  });
});

describe('initials for the minutes', () => {
  it('take the first sound of each part of the kana', () => {
    expect(initialsOf('たかはし けんた')).toBe('T.K.');
    expect(initialsOf('シミズ　チアキ')).toBe('S.C.');
    expect(initialsOf(null)).toBe('');
  });
});

describe('the conference after the meeting', () => {
  it('sends only what changes after the meeting, the version read and each seen case’s decision trimmed', () => {
    const read = {
      id: 'k1', centerId: 'c', heldOn: '2026-11-02', kind: 'welfare_act_meeting', title: '支援会議', internalAttendeeIds: ['u1'],
      outsideAttendees: [{ name: 'A', agencyId: 'x', role: null, pledgedOn: '2026-11-01' }], categories: ['basic'],
      cases: [{ caseId: 'a', caseNumber: 'H-1', decision: ' 訪問を続ける ' }, { caseId: 'b', caseNumber: 'H-2', decision: '  ' }],
      papers: ' 資料1 ', papersCollected: true, nextReviewOn: '', version: 3,
      createdBy: 'u1', createdAt: '', updatedAt: '', voidedAt: null, voidedBy: null, voidReason: null,
    } as const;
    expect(conferenceEditToApi({ ...read, cases: [...read.cases], categories: [...read.categories], internalAttendeeIds: [...read.internalAttendeeIds], outsideAttendees: [...read.outsideAttendees] })).toEqual({
      cases: [{ caseId: 'a', decision: '訪問を続ける' }, { caseId: 'b', decision: null }],
      papers: '資料1',
      papersCollected: true,
      nextReviewOn: null,
      version: 3,
    });
  });
});
