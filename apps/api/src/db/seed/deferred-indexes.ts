import type { EntityManager } from 'typeorm';

/**
 * The search indexes (GIN over accent-folded text) are the costly part of inserting organizations
 * one batch at a time. A large load drops them and builds them once at the end, which PostgreSQL
 * does several times faster. The definitions are those of the search migrations.
 */
const SEARCH_INDEXES: Record<string, string> = {
  organization_search_idx: 'CREATE INDEX organization_search_idx ON organization USING gin (search_vector)',
  organization_name_trgm_idx: 'CREATE INDEX organization_name_trgm_idx ON organization USING gin (name_folded gin_trgm_ops)',
};

/** Above this many organizations, rebuilding the indexes beats maintaining them row by row. */
export const DEFER_INDEXES_ABOVE = 20_000;

export async function withSearchIndexesDeferred<T>(manager: EntityManager, work: () => Promise<T>): Promise<T> {
  for (const name of Object.keys(SEARCH_INDEXES)) await manager.query(`DROP INDEX IF EXISTS ${name}`);
  const result = await work();
  await manager.query(`SET LOCAL maintenance_work_mem = '256MB'`);
  for (const create of Object.values(SEARCH_INDEXES)) await manager.query(create);
  return result;
}
