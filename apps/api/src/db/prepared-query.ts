import type { QueryResultRow } from 'pg';
import type { DataSource } from 'typeorm';
import { pgPoolOf } from './pg-pool';

/**
 * Read statements run as named prepared statements: each pooled connection parses and plans a
 * statement text once, and PostgreSQL may then reuse a generic plan instead of planning every
 * execution. For our larger statements planning cost more than running at 10k organizations: a
 * prepared search statement ran at 538 transactions/s against 331 unnamed (pgbench, 4 clients,
 * docs/performance.md). PostGraphile does the same. Full-text statements are the exception (below).
 *
 * Statement texts are built from fixed fragments (values always travel as parameters), so there
 * are a few hundred of them; past MAX_NAMED distinct texts the rest run unnamed, which bounds the
 * plans each connection keeps on the server.
 */
const MAX_NAMED = 500;
const names = new Map<string, string | null>();
const preparing = new WeakSet<DataSource>();

/** Turns named statements on for a data source (config DATABASE_PREPARED_STATEMENTS, never for the embedded database). */
export function usePreparedStatements(source: DataSource): void {
  preparing.add(source);
}

/**
 * A full-text condition's selectivity is its text's: PostgreSQL's generic plan (chosen after five
 * executions) guesses it and, at 1M organizations, read a whole country's organizations for the
 * bench's search — 1.5 s a request against 0.35 s with the plan for the actual text. Such
 * statements run unnamed, planned for their values every time.
 */
const PLANNED_PER_VALUES = /\bto_tsquery\(/;

function nameFor(sql: string): string | undefined {
  let name = names.get(sql);
  if (name === undefined) {
    if (names.size >= MAX_NAMED) return undefined;
    name = PLANNED_PER_VALUES.test(sql) ? null : `lb_${names.size}`;
    names.set(sql, name);
  }
  return name ?? undefined;
}

/** A statement whose tables changed shape since it was prepared (a migration while running). */
function isStalePlan(error: unknown): boolean {
  const record = error as { code?: unknown; message?: unknown };
  return (
    record?.code === '0A000' && typeof record.message === 'string' && record.message.includes('cached plan must not change result type')
  );
}

/**
 * A name this process never prepared already exists (42P05), or one it prepared is gone (26000):
 * the server shares one session between clients (the embedded database's socket, a pooler in
 * transaction mode), where names cannot be trusted at all.
 */
function isSharedSession(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return code === '42P05' || code === '26000';
}

export async function preparedQuery<T extends QueryResultRow>(source: DataSource, sql: string, params: unknown[]): Promise<T[]> {
  const pool = pgPoolOf(source);
  if (!pool) throw new Error('The data source is not initialized.');
  const name = preparing.has(source) ? nameFor(sql) : undefined;
  try {
    return (await pool.query<T>(name ? { name, text: sql, values: params } : { text: sql, values: params })).rows;
  } catch (error) {
    if (!name) throw error;
    if (isStalePlan(error)) {
      // Connections keep the old plan under this name: run this text unnamed from now on.
      names.set(sql, null);
    } else if (isSharedSession(error)) {
      preparing.delete(source);
    } else {
      throw error;
    }
    return (await pool.query<T>({ text: sql, values: params })).rows;
  }
}
