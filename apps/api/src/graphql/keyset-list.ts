import type { RequestContext } from './context';
import { BadInputError } from './errors';
import { toConnection, type ConnectionResult } from './connection';
import type { PageRequest } from './pagination';
import { cursorKey, keysetPage, type KeysetSort, type Params } from './sql';

export interface KeysetListSpec<Row extends { id: number }, Node> {
  /** FROM clause with aliases, e.g. "agreement a". */
  from: string;
  /** Selected columns; must include the row's id as "id". */
  select: string;
  /** Conditions built with `params`; joined with AND. */
  where: string[];
  params: Params;
  sort: KeysetSort;
  page: PageRequest;
  toNode: (row: Row) => Node;
}

/**
 * A root list as a keyset page (one statement) with its total counted by a second statement only
 * when `totalCount` is selected: the shape shared by agreements, events, links, markets ...
 */
export async function keysetList<Row extends { id: number }, Node>(
  context: RequestContext,
  spec: KeysetListSpec<Row, Node>,
): Promise<ConnectionResult<Node>> {
  const countParams = [...spec.params.values];
  const countWhere = spec.where.length > 0 ? `WHERE ${spec.where.join(' AND ')}` : '';
  const keyset = keysetPage(spec.sort, spec.page, spec.params);
  const where = keyset.where ? [...spec.where, keyset.where] : spec.where;
  const rows = await context.db.query<Row & { lb_sort: unknown }>(
    `SELECT ${spec.select}, ${spec.sort.expression} AS lb_sort FROM ${spec.from}
     ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY ${keyset.orderBy} LIMIT ${keyset.limit}`,
    spec.params.values,
  );
  return toConnection(
    rows,
    spec.page,
    (row) => cursorKey(row.lb_sort, row.id),
    spec.toNode,
    async () => {
      const [row] = await context.db.query<{ count: string }>(`SELECT count(*) AS count FROM ${spec.from} ${countWhere}`, countParams);
      return Number(row?.count ?? 0);
    },
  );
}

/** Checks an ISO 8601 calendar date given as an argument ("2019-06-25"). */
export function parseDateArgument(value: string | null | undefined, argument: string): string | null {
  if (value == null) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(`${value}T00:00:00Z`) : null;
  if (!match || !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new BadInputError(argument, `"${argument}" must be a date as YYYY-MM-DD, got "${value.slice(0, 40)}".`);
  }
  return value;
}
