import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { ListQuery } from '@tsunagu/api-core';
import { readListFrom } from './read-database';

/**
 * One page of a list and its total. Resource-specific filters such as `q` are applied by the
 * caller before this; see applyList for the rest.
 */
export async function findPage<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  list: ListQuery,
  columns: Record<string, string>,
): Promise<{ items: T[]; total: number }> {
  applyList(qb, list, columns);
  const [items, total] = await execute(qb, (q) => q.getManyAndCount());
  return { items, total };
}

/**
 * The same as findPage for the hottest lists, without entity hydration: one SQL statement returns
 * the page's raw rows (as the query builder selects them) and the total, counted by a subquery of
 * the filter alone. Not a window count: that would read and join every matching row (a center's
 * whole audit trail) to hand back 25, where the count alone is an index-only scan and the page an
 * index range scan that stops at its last row.
 */
export async function findRawPage<R>(qb: SelectQueryBuilder<ObjectLiteral>, list: ListQuery, columns: Record<string, string>): Promise<{ rows: R[]; total: number }> {
  applyList(qb, list, columns);
  const count = qb.clone().select('count(*)').orderBy().offset(undefined).limit(undefined);
  qb.addSelect(`(${count.getQuery()})`, '__total');
  return execute(qb, async (q) => {
    const rows: Array<R & { __total: string }> = await q.getRawMany();
    if (rows.length) return { rows, total: Number(rows[0].__total) };
    if (list.start === 0) return { rows: [], total: 0 };
    const count = await q.clone().select('count(*)', 'n').orderBy().offset(undefined).limit(undefined).getRawOne<{ n: string }>();
    return { rows: [], total: Number(count?.n ?? 0) };
  });
}

/**
 * Runs a list's statements where the request reads lists from (the replica while the list is
 * exported, see readListFrom): the builder, made on the primary, runs on a connection of the
 * database chosen, which is released afterwards.
 */
async function execute<Q extends SelectQueryBuilder<ObjectLiteral>, R>(qb: Q, run: (qb: Q) => Promise<R>): Promise<R> {
  return readListFrom(qb.dataSource, async (db) => {
    if (db === qb.dataSource) return run(qb);
    const runner = db.createQueryRunner();
    try {
      return await run(qb.clone().setQueryRunner(runner) as Q);
    } finally {
      await runner.release();
    }
  });
}

/**
 * Applies a parsed list request to a query builder: the `id` filter, the equality filters named in
 * `columns` (API field -> SQL column expression), sort and page.
 */
function applyList(qb: SelectQueryBuilder<ObjectLiteral>, list: ListQuery, columns: Record<string, string>): void {
  const alias = qb.alias;
  const column = (field: string) => columns[field] ?? (field === 'id' ? `${alias}.id` : undefined);
  for (const [field, value] of Object.entries(list.filter)) {
    if (field === 'q' || value === undefined) continue;
    const col = column(field);
    if (!col) continue;
    const param = `f_${field}`;
    if (Array.isArray(value)) qb.andWhere(`${col} IN (:...${param})`, { [param]: value });
    else qb.andWhere(`${col} = :${param}`, { [param]: value });
  }
  const sortCol = column(list.sort.field);
  if (!sortCol) throw new Error(`No column for sort field ${list.sort.field}`);
  qb.orderBy(sortCol, list.sort.order);
  if (sortCol !== `${alias}.id`) qb.addOrderBy(`${alias}.id`, list.sort.order);
  qb.offset(list.start).limit(list.end - list.start + 1);
}

/** Escapes LIKE wildcards so a search term matches literally. */
export const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
