import type { CursorKey, PageRequest } from './pagination';

/** Collects positional parameters while a statement is assembled, so no value is ever spliced into SQL. */
export class Params {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
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
  return { where, orderBy: `${sort.expression} ${direction}, ${sort.id} ${direction}`, limit: params.add(page.limit + 1) };
}

export function cursorKey(value: unknown, id: number): CursorKey {
  if (value instanceof Date) return [value.toISOString(), id];
  if (typeof value === 'string' || typeof value === 'number' || value === null) return [value, id];
  return [String(value), id];
}
