import type { TimelineEntryDto } from '@tsunagu/contracts';
import { i18nProvider } from '@tsunagu/web-i18n';
import { describeEntry, describeWho, isFamilyOnly } from './describe-entry';

const entry = (over: Partial<TimelineEntryDto>): TimelineEntryDto => ({
  id: 'x',
  kind: 'interview',
  at: '2026-11-27T07:30:00.000Z',
  recordId: 'r1',
  detail: null,
  title: null,
  summary: null,
  confidentialNote: null,
  createdBy: null,
  nextContactOn: null,
  participants: [],
  familyRelationships: [],
  durationMinutes: null,
  corrected: false,
  imported: false,
  ...over,
});
const translate = (key: string, options?: Record<string, unknown>) => i18nProvider.translate(key, options);

describe('describeEntry', () => {
  it('says what happened for each kind, in Japanese', () => {
    expect(describeEntry(entry({ kind: 'inquiry', detail: 'phone', title: 'family', summary: '母より電話' }), translate)).toEqual({
      headline: '相談受付（ケース化前）・電話・相談者: 家族',
      text: '母より電話',
    });
    expect(describeEntry(entry({ kind: 'interview', detail: 'phone', summary: '母より電話' }), translate)).toEqual({
      headline: '面談・相談・電話',
      text: '母より電話',
    });
    expect(describeEntry(entry({ kind: 'outreach_visit', detail: 'met_family', title: 'doorstep' }), translate).headline).toBe(
      '訪問支援・家族のみ会えた・玄関先',
    );
    expect(describeEntry(entry({ kind: 'attendance', detail: 'family_class', title: '家族教室（火曜）', summary: '家族の対応' }), translate)).toEqual({
      headline: 'プログラム参加・家族教室 家族教室（火曜）',
      text: '家族の対応',
    });
    expect(describeEntry(entry({ kind: 'consent_given', detail: 'outreach', title: 'family' }), translate).headline).toBe('同意の取得: 訪問支援（家族）');
    expect(describeEntry(entry({ kind: 'status_change', detail: 'closed', title: 'active', summary: 'goal_reached' }), translate)).toEqual({
      headline: '状態の変更: 支援中 → 終結',
      text: '目標達成',
    });
    expect(describeEntry(entry({ kind: 'status_change', detail: 'intake' }), translate).headline).toBe('状態の変更: 受付');
    expect(describeEntry(entry({ kind: 'referral', detail: 'referred', title: 'みなとサポステ', summary: '就労相談' }), translate)).toEqual({
      headline: '紹介・つなぎ: みなとサポステ — 紹介済み（回答待ち）',
      text: '就労相談',
    });
  });
});

describe('describeWho', () => {
  it('says who took part, the family by relationship, and how long', () => {
    expect(describeWho(entry({ participants: ['client', 'family'], familyRelationships: ['father', 'mother'], durationMinutes: 45 }), translate)).toBe('本人・家族（父・母）・45分');
    expect(describeWho(entry({ participants: ['agency'] }), translate)).toBe('関係機関');
    expect(describeWho(entry({ kind: 'referral' }), translate)).toBeNull();
  });

  it('marks contacts the family had without 本人', () => {
    expect(isFamilyOnly(entry({ participants: ['family'] }))).toBe(true);
    expect(isFamilyOnly(entry({ participants: ['family', 'client'] }))).toBe(false);
    expect(isFamilyOnly(entry({ participants: [] }))).toBe(false);
  });
});

describe('a status change', () => {
  it('says why support was paused in the words given, and a closure by its reason', () => {
    expect(describeEntry(entry({ kind: 'status_change', detail: 'paused', title: 'active', summary: '本人の入院のため' }), translate).text).toBe('本人の入院のため');
    expect(describeEntry(entry({ kind: 'status_change', detail: 'closed', title: 'active', summary: 'goal_reached' }), translate).text).toBe('目標達成');
  });
});
