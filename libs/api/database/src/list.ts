import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { ListQuery } from '@tsunagu/api-core';

/**
 * Applies a parsed list request to a query builder: the `id` filter, the equality filters named in
 * `columns` (API field -> SQL column expression), sort and page. Returns the page and the total.
 * Resource-specific filters such as `q` are applied by the caller before this.
 */
export async function findPage<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  list: ListQuery,
  columns: Record<string, string>,
): Promise<{ items: T[]; total: number }> {
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
  const [items, total] = await qb.getManyAndCount();
  return { items, total };
}

/** Escapes LIKE wildcards so a search term matches literally. */
export const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
