import { DomainError } from '../errors/domain-error';
import { ListResult, ListSpec, parseListQuery } from './list-query';

type F = 'name' | 'role' | 'active' | 'centerId' | 'createdOn';
const spec: ListSpec<F> = {
  sortable: ['name', 'createdOn'],
  filters: { q: 'string', role: { enum: ['admin', 'staff'] }, active: 'boolean', centerId: 'uuid', createdOn: 'date' },
  defaultSort: { field: 'name', order: 'ASC' },
};
const ID = '3f0c8a2e-8d1b-4c57-9a43-0f3b2a1c9d10';

function refusal(query: Record<string, unknown>): string {
  try {
    parseListQuery(query, spec);
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).kind).toBe('invalid');
    return (e as DomainError).message;
  }
  throw new Error('expected a refusal');
}

describe('parseListQuery', () => {
  it('applies the default page and sort when nothing is given', () => {
    expect(parseListQuery({}, spec)).toEqual({ start: 0, end: 24, sort: { field: 'name', order: 'ASC' }, filter: {} });
  });

  it('reads range, sort and filter', () => {
    const q = parseListQuery(
      {
        range: '[10,19]',
        sort: '["createdOn","DESC"]',
        filter: JSON.stringify({ role: 'staff', active: false, id: [ID], q: '佐藤', centerId: ID, createdOn: '2026-04-01' }),
      },
      spec,
    );
    expect(q).toEqual({
      start: 10,
      end: 19,
      sort: { field: 'createdOn', order: 'DESC' },
      filter: { role: 'staff', active: false, id: [ID], q: '佐藤', centerId: ID, createdOn: '2026-04-01' },
    });
  });

  it('always allows sorting by id and accepts a single id', () => {
    const q = parseListQuery({ sort: '["id","DESC"]', filter: JSON.stringify({ id: ID }) }, spec);
    expect(q.sort).toEqual({ field: 'id', order: 'DESC' });
    expect(q.filter.id).toEqual([ID]);
  });

  it('caps a page at 1000 rows', () => {
    const q = parseListQuery({ range: '[0,5000]' }, spec);
    expect(q.end - q.start + 1).toBe(1000);
  });

  it.each([
    ['[0,', 'range is not valid JSON'],
    ['[5,2]', 'range must be [start, end]'],
    ['[-1,3]', 'range must be [start, end]'],
    ['[0]', 'range must be [start, end]'],
    ['{"a":1}', 'range must be [start, end]'],
    ['[0.5,3]', 'range must be [start, end]'],
  ])('refuses the range %s', (range, message) => {
    expect(refusal({ range })).toContain(message);
  });

  it('refuses a repeated query parameter', () => {
    expect(refusal({ range: ['[0,1]', '[0,2]'] })).toContain('range must be given once');
  });

  it.each([
    ['["password","ASC"]', 'sort field "password" is not one of'],
    ['["name","UP"]', 'sort must be'],
    ['"name"', 'sort must be'],
    ['[name', 'sort is not valid JSON'],
  ])('refuses the sort %s', (sort, message) => {
    expect(refusal({ sort })).toContain(message);
  });

  it.each([
    ['not json', 'filter is not valid JSON'],
    ['[1,2]', 'filter must be a JSON object'],
    ['{"passwordHash":"x"}', 'filter "passwordHash" is not one of'],
    ['{"role":"root"}', 'filter.role must be one of: admin, staff'],
    ['{"active":"yes"}', 'filter.active must be true or false'],
    ['{"centerId":"abc"}', 'filter.centerId must be a UUID'],
    ['{"id":["abc"]}', 'filter.id must be a UUID'],
    ['{"createdOn":"2026/04/01"}', 'filter.createdOn must be a date'],
    ['{"createdOn":"2026-02-30"}', 'filter.createdOn must be a date'],
    ['{"q":{"$ne":1}}', 'filter.q must be a string'],
    ['{"id":[]}', 'filter.id must list 1 to 1000 values'],
  ])('refuses the filter %s', (filter, message) => {
    expect(refusal({ filter })).toContain(message);
  });
});

describe('ListResult', () => {
  it('reports the page and the total in Content-Range', () => {
    expect(new ListResult('users', ['a', 'b'], 10, 42).contentRange).toBe('users 10-11/42');
    expect(new ListResult('users', [], 0, 0).contentRange).toBe('users */0');
  });
});
