import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@tsunagu/contracts';
import { DomainError } from '../errors/domain-error';
import { isRealDate } from '../validation/date.validators';
import { controlCharacterMessage, hasControlCharacter } from '../validation/text';

/** How a filter value is checked before it reaches a query. */
export type FilterType = 'string' | 'uuid' | 'boolean' | 'date' | { enum: readonly string[] };

/** What one resource lets a list request sort and filter on (everything else is a 400). */
export interface ListSpec<F extends string = string> {
  sortable: readonly F[];
  filters: Partial<Record<F | 'q', FilterType>>;
  defaultSort?: { field: F; order: 'ASC' | 'DESC' };
}

export type FilterValue = string | boolean | string[];

export interface ListQuery<F extends string = string> {
  start: number;
  end: number;
  sort: { field: F | 'id'; order: 'ASC' | 'DESC' };
  /** Only keys declared in the spec, values checked against their type. `id` is always a list of UUIDs. */
  filter: Partial<Record<F | 'q' | 'id', FilterValue>>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const invalid = (message: string) => new DomainError('invalid', 'INVALID_LIST_QUERY', message);

function parseJson(name: string, raw: unknown): unknown {
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string') throw invalid(`${name} must be given once, as JSON`);
  try {
    return JSON.parse(raw);
  } catch {
    throw invalid(`${name} is not valid JSON`);
  }
}

function checkValue(key: string, type: FilterType, value: unknown, inList = false): FilterValue {
  if (Array.isArray(value)) {
    if (inList) throw invalid(`filter.${key} must be a value or a list of values`);
    if (value.length === 0 || value.length > MAX_PAGE_SIZE) throw invalid(`filter.${key} must list 1 to ${MAX_PAGE_SIZE} values`);
    return value.map((v) => checkValue(key, type, v, true) as string);
  }
  if (type === 'boolean') {
    if (typeof value !== 'boolean') throw invalid(`filter.${key} must be true or false`);
    return value;
  }
  if (typeof value !== 'string') throw invalid(`filter.${key} must be a string`);
  if (value.length > 200) throw invalid(`filter.${key} is too long`);
  if (hasControlCharacter(value)) throw invalid(controlCharacterMessage(`filter.${key}`));
  if (type === 'uuid' && !UUID.test(value)) throw invalid(`filter.${key} must be a UUID`);
  if (type === 'date' && !isRealDate(value)) throw invalid(`filter.${key} must be a date (YYYY-MM-DD)`);
  if (typeof type === 'object' && !type.enum.includes(value)) {
    throw invalid(`filter.${key} must be one of: ${type.enum.join(', ')}`);
  }
  return value;
}

/**
 * Parses the `range`, `sort` and `filter` query parameters of the react-admin "simple REST"
 * convention against a resource's spec. Anything malformed or not declared is a 400.
 */
export function parseListQuery<F extends string>(query: Record<string, unknown>, spec: ListSpec<F>): ListQuery<F> {
  const range = parseJson('range', query['range']);
  let start = 0;
  let end = DEFAULT_PAGE_SIZE - 1;
  if (range !== undefined) {
    if (
      !Array.isArray(range) ||
      range.length !== 2 ||
      !range.every((n) => Number.isSafeInteger(n) && n >= 0) ||
      range[1] < range[0]
    ) {
      throw invalid('range must be [start, end] with 0 <= start <= end');
    }
    [start, end] = range as [number, number];
    if (end - start + 1 > MAX_PAGE_SIZE) end = start + MAX_PAGE_SIZE - 1;
  }

  const sortRaw = parseJson('sort', query['sort']);
  let sort: ListQuery<F>['sort'] = spec.defaultSort ?? { field: 'id', order: 'ASC' };
  if (sortRaw !== undefined) {
    if (!Array.isArray(sortRaw) || sortRaw.length !== 2 || !['ASC', 'DESC'].includes(sortRaw[1])) {
      throw invalid('sort must be ["field", "ASC" | "DESC"]');
    }
    const [field, order] = sortRaw as [string, 'ASC' | 'DESC'];
    if (field !== 'id' && !(spec.sortable as readonly string[]).includes(field)) {
      throw invalid(`sort field "${String(field)}" is not one of: id, ${spec.sortable.join(', ')}`);
    }
    sort = { field: field as F, order };
  }

  const filterRaw = parseJson('filter', query['filter']);
  const filter: ListQuery<F>['filter'] = {};
  if (filterRaw !== undefined) {
    if (typeof filterRaw !== 'object' || filterRaw === null || Array.isArray(filterRaw)) {
      throw invalid('filter must be a JSON object');
    }
    for (const [key, value] of Object.entries(filterRaw)) {
      if (value === null || value === undefined) continue;
      if (key === 'id') {
        const ids = Array.isArray(value) ? value : [value];
        filter.id = checkValue('id', 'uuid', ids) as string[];
        continue;
      }
      const type = spec.filters[key as F | 'q'];
      if (!type) {
        const known = ['id', ...Object.keys(spec.filters)].join(', ');
        throw invalid(`filter "${key}" is not one of: ${known}`);
      }
      filter[key as F | 'q'] = checkValue(key, type, value);
    }
  }
  return { start, end, sort, filter };
}

/**
 * One page of a list, with the total the `Content-Range` header reports, and, where a resource's
 * records hold structured values (lists of problems, counts by kind), the same rows flat as its CSV
 * export shows them.
 */
export class ListResult<T> {
  constructor(
    readonly resource: string,
    readonly items: T[],
    readonly start: number,
    readonly total: number,
    readonly exported?: () => Array<Record<string, unknown>>,
  ) {}

  get contentRange(): string {
    if (this.items.length === 0) return `${this.resource} */${this.total}`;
    return `${this.resource} ${this.start}-${this.start + this.items.length - 1}/${this.total}`;
  }
}
