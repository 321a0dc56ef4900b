import type { EntityManager } from 'typeorm';

/**
 * Inserts many rows in one statement: the rows travel as one JSON parameter and PostgreSQL expands
 * them with jsonb_to_recordset. Far fewer round trips than row-by-row inserts, and no value is
 * spliced into SQL. `columns` maps each column to its SQL type.
 */
export async function bulkInsert(
  manager: EntityManager,
  table: string,
  columns: Record<string, string>,
  rows: Record<string, unknown>[],
  suffix = '',
): Promise<void> {
  if (rows.length === 0) return;
  const names = Object.keys(columns);
  const definition = names.map((name) => `${name} ${columns[name]}`).join(', ');
  const list = names.join(', ');
  await manager.query(`INSERT INTO ${table} (${list}) SELECT ${list} FROM jsonb_to_recordset($1::jsonb) AS r(${definition}) ${suffix}`, [
    JSON.stringify(rows),
  ]);
}

/** Reserves ids from a table's sequence, so that related rows can be inserted in the same batch. */
export async function reserveIds(manager: EntityManager, table: string, count: number): Promise<number[]> {
  if (count === 0) return [];
  const rows = (await manager.query(`SELECT nextval(pg_get_serial_sequence($1, 'id'))::int AS id FROM generate_series(1, $2::int)`, [
    table,
    count,
  ])) as { id: number }[];
  return rows.map((r) => r.id);
}
