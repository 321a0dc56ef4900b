import type { EntityManager } from 'typeorm';

/**
 * The value-chain coverage tables and the platform counts are kept by triggers on every
 * statement; for a large load, computing them once at the end is much faster. Both steps run in
 * the caller's transaction, so no reader ever sees them out of date.
 */
export async function withSummariesDeferred<T>(manager: EntityManager, work: () => Promise<T>): Promise<T> {
  await manager.query(`SET LOCAL lightbridge.coverage_deferred = 'on'`);
  await manager.query(`SET LOCAL lightbridge.counts_deferred = 'on'`);
  const result = await work();
  await manager.query(`SET LOCAL lightbridge.coverage_deferred = 'off'`);
  await manager.query(`SET LOCAL lightbridge.counts_deferred = 'off'`);
  await manager.query('SELECT coverage_rebuild()');
  await manager.query('SELECT platform_count_rebuild()');
  return result;
}
