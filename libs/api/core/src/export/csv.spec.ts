import { toCsv } from './csv';

describe('toCsv', () => {
  it('starts with a BOM, quotes what needs quoting and defuses formulas', () => {
    const csv = toCsv([['名前', 'メモ'], ['佐藤, 花子', 'say "hi"'], ['=HYPERLINK("x")', ['a', 'b']], [null, 3]]);
    expect(csv).toBe('\ufeff名前,メモ\r\n"佐藤, 花子","say ""hi"""\r\n"\'=HYPERLINK(""x"")",a b\r\n,3\r\n');
  });
});
