import { IMPORT_MAX_FILE_BYTES } from '@tsunagu/contracts';

/** A workbook or one CSV per sheet: at most three files. */
export const MAX_FILES = 3;
export const ACCEPTED = ['.xlsx', '.csv'];

/** Something wrong with the files chosen, as an i18n key and its values. */
export interface FileProblem {
  message: string;
  args?: Record<string, unknown>;
}

/**
 * What the API would refuse anyway, said before the upload: too many files, a type it does not
 * read, a file over the size limit (which the API answers with a bare 413).
 */
export function fileProblems(files: ReadonlyArray<Pick<File, 'name' | 'size'>>): FileProblem[] {
  const problems: FileProblem[] = [];
  if (files.length > MAX_FILES) problems.push({ message: 'tsunagu.imports.upload.too_many', args: { max: MAX_FILES } });
  for (const { name, size } of files) {
    if (!ACCEPTED.some((ext) => name.toLowerCase().endsWith(ext))) problems.push({ message: 'tsunagu.imports.upload.wrong_type', args: { name } });
    else if (size > IMPORT_MAX_FILE_BYTES) problems.push({ message: 'tsunagu.imports.upload.too_large', args: { name } });
  }
  return problems;
}
