import type { ImportCounts } from '@tsunagu/contracts';
import { createdCounts, openRows } from '../counts';
import { ROW_VIEWS, rowFilter, viewCount, viewOf } from './row-view';

const counts: ImportCounts = {
  cases: { create: 2, skip: 0, already_imported: 1, error: 1, undecided: 1 },
  family: { create: 1, skip: 1, already_imported: 0, error: 0, undecided: 0 },
  contacts: { create: 4, skip: 1, already_imported: 0, error: 2, undecided: 3 },
};

describe('the views of the dry run', () => {
  it('filters the rows by sheet and outcome, and possible duplicates by their flag', () => {
    expect(rowFilter('all', 'all')).toEqual({});
    expect(rowFilter('cases', 'error')).toEqual({ sheet: 'cases', outcome: 'error' });
    expect(rowFilter('all', 'duplicates')).toEqual({ duplicates: true });
    expect(rowFilter('contacts', 'already_imported')).toEqual({ sheet: 'contacts', outcome: 'already_imported' });
  });

  it('reads the view back from the filter it set', () => {
    for (const sheet of ['all', 'cases', 'family', 'contacts'] as const) {
      for (const view of ROW_VIEWS) expect(viewOf(rowFilter(sheet, view))).toEqual({ sheet, view });
    }
    expect(viewOf({ outcome: 'undecided' })).toEqual({ sheet: 'all', view: 'all' });
  });

  it('counts each view from the batch counts, where they can tell', () => {
    expect(viewCount(counts, ['cases', 'family', 'contacts'], 'all')).toBe(17);
    expect(viewCount(counts, ['cases', 'contacts'], 'error')).toBe(3);
    expect(viewCount(counts, ['family'], 'skip')).toBe(1);
    expect(viewCount(counts, ['cases'], 'duplicates')).toBeUndefined();
  });
});

describe('the batch counts', () => {
  it('says how many rows keep the batch from being committed', () => {
    expect(openRows(counts)).toEqual({ errors: 3, undecided: 4 });
  });

  it('says what the commit creates, by sheet', () => {
    expect(createdCounts(counts)).toEqual({ cases: 2, family: 1, contacts: 4 });
  });
});
