import { i18nProvider } from '@tsunagu/web-i18n';
import type { ImportRowDto } from '@tsunagu/contracts';
import { actionsFor, duplicateText, summaryOf } from './row-summary';

const translate = i18nProvider.translate;

describe('a row of the dry run at a glance', () => {
  it('shows a case by name, birth day and sex, and hands over its lead for naming', () => {
    const row = { sheet: 'cases' as const, values: { caseKey: 'K-1', clientName: '山田 太郎', birthDate: '1990-04-01', sex: 'male', leadCoordinatorId: 'u1' } };
    expect(summaryOf(row, translate, 'ja')).toEqual({ headline: '山田 太郎', details: ['1990/04/01', '男性'], leadId: 'u1' });
  });

  it('falls back to the birth year, and leaves out what the file did not give', () => {
    expect(summaryOf({ sheet: 'cases', values: { clientName: '鈴木 花', birthYear: 1995 } }, translate, 'ja')).toEqual({ headline: '鈴木 花', details: ['1995年生'], leadId: null });
    expect(summaryOf({ sheet: 'cases', values: {} }, translate, 'ja').headline).toBe('—');
  });

  it('shows a family member by relationship and name', () => {
    expect(summaryOf({ sheet: 'family', values: { relationship: 'mother', name: '山田 恵子', birthYear: 1958 } }, translate, 'ja')).toEqual({
      headline: '母 山田 恵子',
      details: ['1958年生'],
      leadId: null,
    });
  });

  it('shows a contact by day and method (Japan time), and the start of its summary', () => {
    const summary = '母より電話。本人は昼夜逆転の生活が続いている。最近は夕方に少し台所へ出てくるようになった、とのこと。';
    const { headline, details } = summaryOf({ sheet: 'contacts', values: { heldAt: '2024-04-01T05:00:00.000Z', method: 'phone', summary } }, translate, 'ja');
    expect(headline).toBe('2024/04/01 14:00 電話');
    expect(details).toEqual([`${summary.slice(0, 40)}…`]);
  });

  it('names a possible duplicate by case number or row of the file, with initials and birth year only', () => {
    expect(duplicateText({ caseNumber: 'TSA-2024-0003', row: null, initials: '既.太.', birthYear: 1980 }, translate)).toBe('ケース TSA-2024-0003: 既.太. 1980年生');
    expect(duplicateText({ caseNumber: null, row: 4, initials: '山.太.', birthYear: null }, translate)).toBe('このファイルの4行目: 山.太.');
  });
});

describe('the decisions a row offers', () => {
  const row = (over: Partial<ImportRowDto>) => ({ decision: null, outcome: 'create', duplicates: [], ...over }) as Pick<ImportRowDto, 'decision' | 'outcome' | 'duplicates'>;
  const duplicate = { caseNumber: 'TSA-2024-0003', row: null, initials: '既.太.', birthYear: 1980 };

  it('offers 新規として取り込む only on a possible duplicate waiting for a decision', () => {
    expect(actionsFor(row({ outcome: 'undecided', duplicates: [duplicate] }))).toEqual(['skip', 'import']);
    expect(actionsFor(row({ outcome: 'undecided' }))).toEqual(['skip']);
    expect(actionsFor(row({ outcome: 'error', duplicates: [duplicate] }))).toEqual(['skip']);
    expect(actionsFor(row({ outcome: 'create' }))).toEqual(['skip']);
  });

  it('offers to undo a decision, and nothing on rows already imported or skipped with their case', () => {
    expect(actionsFor(row({ decision: 'skip', outcome: 'skip' }))).toEqual(['undo']);
    expect(actionsFor(row({ decision: 'import', outcome: 'create', duplicates: [duplicate] }))).toEqual(['undo']);
    expect(actionsFor(row({ outcome: 'already_imported' }))).toEqual([]);
    expect(actionsFor(row({ outcome: 'skip' }))).toEqual([]);
  });
});
