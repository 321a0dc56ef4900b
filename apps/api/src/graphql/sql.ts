import type { CursorKey, PageRequest } from './pagination';

/** Collects positional parameters while a statement is assembled, so no value is ever spliced into SQL. */
export class Params {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * `column = $n` for one value, `column = ANY($n::type[])` for several. A prepared statement with
 * `= ANY($n)` is planned anew on every execution when it is mostly run with one value (PostgreSQL's
 * generic plan assumes ten elements, so the one-row custom plan always looks cheaper): by-id loaders
 * ran with a batch of one most of the time and paid that planning (pgbench, a one-id lookup:
 * 25,000 transactions/s with the array, 35,000 with `=`).
 */
export function equalsAny(column: string, values: readonly unknown[], type: string, params: Params): string {
  return values.length === 1 ? `${column} = ${params.add(values[0])}::${type}` : `${column} = ANY(${params.add(values)}::${type}[])`;
}

export interface KeysetSort {
  /** SQL expression of the sort key (already safe: never built from input). */
  expression: string;
  /** SQL type used to cast the cursor's value back, e.g. 'text', 'real', 'timestamptz'. */
  type: string;
  direction: 'ASC' | 'DESC';
  /** SQL expression of the tie-breaking id. */
  id: string;
}

/**
 * The WHERE fragment and ORDER BY for a keyset page over (sort key, id): stable while rows are
 * inserted, unlike OFFSET. Backward pages run in reverse order and are flipped by toConnection.
 */
export function keysetPage(sort: KeysetSort, page: PageRequest, params: Params): { where: string | null; orderBy: string; limit: string } {
  const forwardAscending = sort.direction === 'ASC';
  const ascending = page.backwards ? !forwardAscending : forwardAscending;
  const direction = ascending ? 'ASC' : 'DESC';
  const operator = ascending ? '>' : '<';
  let where: string | null = null;
  if (page.cursor) {
    const [value, id] = page.cursor;
    where =
      value === null
        ? `${sort.id} ${operator} ${params.add(id)}`
        : `(${sort.expression}, ${sort.id}) ${operator} (${params.add(value)}::${sort.type}, ${params.add(id)}::integer)`;
  }
  return { where, orderBy: `${sort.expression} ${direction}, ${sort.id} ${direction}`, limit: pageLimit(page) };
}

/**
 * The page's row limit (one more than its size, to tell whether a next page exists) as a literal,
 * not a parameter: with `LIMIT $n` PostgreSQL's generic plan assumes a tenth of the rows are
 * fetched, so a prepared page statement never adopted it and was planned on every execution. Page
 * sizes are few (1–100, checked by parsePageArgs), so this adds few statement texts.
 */
function pageLimit(page: PageRequest): string {
  const limit = page.limit + 1;
  if (!Number.isSafeInteger(limit) || limit < 1) throw new Error(`Invalid page limit ${page.limit}.`);
  return String(limit);
}

export function cursorKey(value: unknown, id: number): CursorKey {
  if (value instanceof Date) return [value.toISOString(), id];
  if (typeof value === 'string' || typeof value === 'number' || value === null) return [value, id];
  return [String(value), id];
}
