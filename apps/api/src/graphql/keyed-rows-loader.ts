import type { RequestContext } from './context';
import { indexBy } from './loaders';
import { equalsAny, Params } from './sql';

export interface KeyedRowsSpec<K, R, T> {
  /** The loader's name in the request, e.g. 'agreement.byId'. */
  name: string;
  /** `SELECT <columns> FROM <table> <alias>`. */
  select: string;
  /** The key column, e.g. 'a.id' or 'a.slug'. */
  key: string;
  type: 'int' | 'text';
  /** A condition every row must also meet (e.g. not deleted). */
  where?: string;
  toObject: (row: R) => T;
  keyOf: (object: T) => K;
}

/**
 * One object per key (by id, by slug), read in one statement per batch. A batch of one key sends
 * `= $1` rather than `= ANY($1)`, so PostgreSQL keeps a generic plan for it (see equalsAny): most
 * batches of a by-id loader hold one key.
 */
export function keyedRowsLoader<K extends number | string, R, T>(context: RequestContext, spec: KeyedRowsSpec<K, R, T>) {
  return context.loaders.get<K, T | null>(spec.name, async (keys) => {
    const params = new Params();
    const where = [equalsAny(spec.key, keys, spec.type, params), ...(spec.where ? [spec.where] : [])];
    const rows = await context.db.query<R>(`${spec.select} WHERE ${where.join(' AND ')}`, params.values);
    return indexBy(keys, rows.map(spec.toObject), spec.keyOf);
  });
}
