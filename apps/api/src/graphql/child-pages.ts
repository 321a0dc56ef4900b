import type DataLoader from 'dataloader';
import type { RequestContext } from './context';
import { toConnection, type ConnectionResult } from './connection';
import { groupBy } from './loaders';
import { parsePageArgs, type PageArgs } from './pagination';
import { cursorKey, equalsAny, keysetPage, Params, type KeysetSort } from './sql';

export interface ChildPageSpec<Row extends { id: number }, Node> {
  /** Loader name; the page arguments are appended to it. */
  name: string;
  /** FROM clause with aliases, e.g. "capability c". */
  from: string;
  /** SQL expression of the parent's id, e.g. "c.organization_id". */
  parent: string;
  /** Selected columns; must include the row's id as "id". */
  select: string;
  /** Columns computed for the page's rows only (after the per-parent limit), from the alias `ranked`. */
  selectForPage?: string;
  /** Extra conditions; may add parameters. */
  where?: (params: Params) => string[];
  sort: KeysetSort;
  toNode: (row: Row) => Node;
  defaultPageSize?: number;
}

/**
 * A page of child rows for each of many parents (an organization's capabilities, a cluster's
 * agreements ...) in one statement, with a window function limiting each parent's rows; the total
 * counts come from one grouped statement, run only when a totalCount is selected.
 */
export function childPagesLoader<Row extends { id: number }, Node>(
  context: RequestContext,
  spec: ChildPageSpec<Row, Node>,
  args: Partial<PageArgs>,
): DataLoader<number, ConnectionResult<Node>> {
  const name = `${spec.name}:${JSON.stringify(args)}`;
  const counts = context.loaders.get<number, number>(`${name}:count`, async (parents) => {
    const params = new Params();
    const where = [equalsAny(spec.parent, parents, 'int', params), ...(spec.where?.(params) ?? [])];
    const rows = await context.db.query<{ parent: number; count: string }>(
      `SELECT ${spec.parent} AS parent, count(*) AS count FROM ${spec.from} WHERE ${where.join(' AND ')} GROUP BY 1`,
      params.values,
    );
    const byParent = new Map(rows.map((r) => [r.parent, Number(r.count)]));
    return parents.map((p) => byParent.get(p) ?? 0);
  });
  return context.loaders.get<number, ConnectionResult<Node>>(name, async (parents) => {
    const page = parsePageArgs(args, spec.defaultPageSize ?? 20);
    const params = new Params();
    const parentCondition = equalsAny(spec.parent, parents, 'int', params);
    const keyset = keysetPage(spec.sort, page, params);
    const where = [parentCondition, ...(spec.where?.(params) ?? []), ...(keyset.where ? [keyset.where] : [])];
    const rows = await context.db.query<Row & { lb_parent: number; lb_sort: unknown }>(
      `SELECT ranked.*${spec.selectForPage ? `, ${spec.selectForPage}` : ''} FROM (
         SELECT ${spec.select}, ${spec.parent} AS lb_parent, ${spec.sort.expression} AS lb_sort,
                row_number() OVER (PARTITION BY ${spec.parent} ORDER BY ${keyset.orderBy}) AS lb_rank
         FROM ${spec.from} WHERE ${where.join(' AND ')}
       ) ranked WHERE lb_rank <= ${keyset.limit} ORDER BY lb_parent, lb_rank`,
      params.values,
    );
    const grouped = groupBy(parents, rows, (row) => row.lb_parent);
    return parents.map((parent, index) =>
      toConnection(
        grouped[index]!,
        page,
        (row) => cursorKey(row.lb_sort, row.id),
        spec.toNode,
        () => counts.load(parent),
      ),
    );
  });
}
