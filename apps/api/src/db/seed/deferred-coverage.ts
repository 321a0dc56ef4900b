import type { EntityManager } from 'typeorm';

/**
 * The value-chain coverage tables are kept by triggers that recompute each statement's
 * organizations; for a large load, computing them once at the end is much faster. Both steps run
 * in the caller's transaction, so no reader ever sees the tables out of date.
 */
export async function withCoverageDeferred<T>(manager: EntityManager, work: () => Promise<T>): Promise<T> {
  await manager.query(`SET LOCAL lightbridge.coverage_deferred = 'on'`);
  const result = await work();
  await manager.query(`SET LOCAL lightbridge.coverage_deferred = 'off'`);
  await manager.query('SELECT coverage_rebuild()');
  return result;
}
