import { DataSource } from 'typeorm';
import { fromBuilder, joinSql, sql, trusted } from './sql';

describe('sql', () => {
  it('turns every interpolated value into a numbered parameter', () => {
    expect(sql`SELECT * FROM cases WHERE center_id = ${'c1'} AND status = ${'active'}`.toQuery()).toEqual({
      text: 'SELECT * FROM cases WHERE center_id = $1 AND status = $2',
      params: ['c1', 'active'],
    });
  });

  it('splices pieces with their own parameters, numbering them all in order', () => {
    const scope = sql`SELECT id FROM cases WHERE center_id = ${'c1'}`;
    const period = sql`day BETWEEN ${'2026-04-01'} AND ${'2026-04-30'}`;
    expect(sql`WITH v AS (${scope}) SELECT count(*) FROM v, records WHERE ${period} LIMIT ${25}`.toQuery()).toEqual({
      text: 'WITH v AS (SELECT id FROM cases WHERE center_id = $1) SELECT count(*) FROM v, records WHERE day BETWEEN $2 AND $3 LIMIT $4',
      params: ['c1', '2026-04-01', '2026-04-30', 25],
    });
  });

  it('keeps a value that looks like SQL a parameter; only trusted text is spliced as text', () => {
    const hostile = "x'; DROP TABLE cases; --";
    expect(sql`SELECT ${hostile}`.toQuery()).toEqual({ text: 'SELECT $1', params: [hostile] });
    expect(sql`ORDER BY ${trusted('case_number')} DESC`.toQuery()).toEqual({ text: 'ORDER BY case_number DESC', params: [] });
  });

  it('joins pieces, and an empty list to nothing', () => {
    const conditions = [sql`a = ${1}`, sql`b = ${2}`, sql`c IS NULL`];
    expect(sql`WHERE ${joinSql(conditions, ' AND ')}`.toQuery()).toEqual({ text: 'WHERE a = $1 AND b = $2 AND c IS NULL', params: [1, 2] });
    expect(sql`SELECT 1${joinSql([], ' AND ')}`.toQuery()).toEqual({ text: 'SELECT 1', params: [] });
  });

  it("takes a query builder's statement with its named parameters", () => {
    const qb = new DataSource({ type: 'postgres' })
      .createQueryBuilder()
      .from('cases', 'c')
      .select('c.id')
      .where('c.center_id = :center AND (c.lead_coordinator_id = :me OR c.created_by = :me)', { center: 'c1', me: 'u1' });
    const { text, params } = sql`WITH v AS (${fromBuilder(qb)}) SELECT * FROM v WHERE x = ${'y'}`.toQuery();
    expect(text).toMatch(/^WITH v AS \(SELECT .* WHERE "?c"?\."?center_id"? = \$1 AND \(.* = \$2 OR .* = \$3\)\) SELECT \* FROM v WHERE x = \$4$/);
    expect(params).toEqual(['c1', 'u1', 'u1', 'y']);
  });
});
