import { fileProblems } from './files';

const MB = 1024 * 1024;

describe('the files chosen for an import', () => {
  it('takes a workbook, or up to three CSVs, each up to 20 MB', () => {
    expect(fileProblems([{ name: 'ケース台帳.XLSX', size: 5 * MB }])).toEqual([]);
    expect(fileProblems([{ name: 'cases.csv', size: 1 }, { name: 'family.csv', size: 1 }, { name: 'contacts.csv', size: 20 * MB }])).toEqual([]);
  });

  it('says what is wrong before uploading: type, size, number of files', () => {
    expect(fileProblems([{ name: 'old.xls', size: 1 }, { name: 'big.csv', size: 20 * MB + 1 }])).toEqual([
      { message: 'tsunagu.imports.upload.wrong_type', args: { name: 'old.xls' } },
      { message: 'tsunagu.imports.upload.too_large', args: { name: 'big.csv' } },
    ]);
    expect(fileProblems(['a', 'b', 'c', 'd'].map((n) => ({ name: `${n}.csv`, size: 1 })))).toEqual([{ message: 'tsunagu.imports.upload.too_many', args: { max: 3 } }]);
  });
});
