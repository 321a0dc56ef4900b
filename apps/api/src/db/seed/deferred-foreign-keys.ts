import type { EntityManager } from 'typeorm';

interface ForeignKey {
  table: string;
  name: string;
  definition: string;
}

const quoteIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Checks the foreign keys of the given tables once, at the end of the work, instead of row by row:
 * each is dropped and added back with its own definition, which PostgreSQL validates with one
 * join per key (capability_application at 100k: 4.1 s of row-by-row checks, against 1.5 s
 * unchecked and 0.14 s to validate). In the caller's transaction: a row that breaks a key fails
 * the whole load, and no other session sees the tables without their keys (the drop locks them).
 */
export async function withForeignKeysDeferred<T>(manager: EntityManager, tables: readonly string[], work: () => Promise<T>): Promise<T> {
  const keys = (await manager.query(
    `SELECT conrelid::regclass::text AS "table", conname AS name, pg_get_constraintdef(oid) AS definition
     FROM pg_constraint WHERE contype = 'f' AND conrelid = ANY($1::regclass[]) ORDER BY conrelid, conname`,
    [tables],
  )) as ForeignKey[];
  for (const key of keys) await manager.query(`ALTER TABLE ${key.table} DROP CONSTRAINT ${quoteIdentifier(key.name)}`);
  const result = await work();
  for (const key of keys) await manager.query(`ALTER TABLE ${key.table} ADD CONSTRAINT ${quoteIdentifier(key.name)} ${key.definition}`);
  return result;
}
