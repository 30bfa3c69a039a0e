import { readableTable, referencesOf } from './readable';

describe('readable exports', () => {
  const items = [
    {
      id: 'i-1',
      caseId: 'c-1',
      heldAt: '2026-11-30T19:02:00.000Z',
      method: 'in_person',
      participants: ['client', 'family'],
      staffIds: ['u-1', 'u-2'],
      summary: '=HYPERLINK("x")',
      confidentialNote: '秘匿',
      nextContactOn: '2026-12-04',
      version: 3,
      createdBy: 'u-1',
    },
  ];
  const names = { case: new Map([['c-1', 'MNT-2026-0001']]), user: new Map([['u-1', '佐藤 美咲'], ['u-2', '高橋 大輔']]) };

  it('collects the ids it will show by name, by kind', () => {
    expect(referencesOf(items)).toMatchObject({ case: ['c-1'], user: ['u-1', 'u-2'], agency: [] });
  });

  it('writes Japanese headings, labels, Japan time, slashed dates and names; no note, no version; the id last', () => {
    const [header, row] = readableTable('interviews', items, names);
    expect(header).toEqual(['ケース番号', '日時', '方法', '参加者', '対応職員', '要旨', '次回予定日', '記録者', 'ID']);
    expect(row).toEqual(['MNT-2026-0001', '2026/12/01 04:02', '来所', '本人・家族', '佐藤 美咲・高橋 大輔', '=HYPERLINK("x")', '2026/12/04', '佐藤 美咲', 'i-1']);
  });

  it('writes はい/いいえ, and the label of a field by its resource', () => {
    const [, cases] = readableTable('cases', [{ status: 'paused', is8050: true, clientAware: false }], {});
    expect(cases).toEqual(['中断', 'はい', 'いいえ']);
    const [, referrals] = readableTable('referrals', [{ status: 'referred', accompanied: false }], {});
    expect(referrals).toEqual(['紹介済み（回答待ち）', 'いいえ']);
  });
});
