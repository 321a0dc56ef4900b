import { createDataSource } from '../../src/db/data-source';
import { loadDemoData } from '../../src/db/seed/load-demo-data';
import { startTestApi, type TestApi } from '../support/api';
import { startLoad } from '../fault/load-recorder';
import { startPostgresServer, type PostgresServer } from '../fault/postgres-server';

let pg: PostgresServer;
let api: TestApi;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A PostgreSQL server of the test's own, which it stops and starts under load. */
beforeAll(async () => {
  pg = await startPostgresServer();
  api = await startTestApi({
    DATABASE_URL: pg.url,
    DATABASE_POOL_SIZE: '4',
    STATEMENT_TIMEOUT_MS: '3000',
    ANONYMOUS_HOURLY_BUDGET: '10000000',
  });
  const dataSource = await createDataSource({ url: pg.url, poolSize: 1, statementTimeoutMs: 120_000 }).initialize();
  try {
    await loadDemoData(dataSource, { organizations: 40, seed: 3 });
  } finally {
    await dataSource.destroy();
  }
}, 180_000);

afterAll(async () => {
  await api?.stop();
  pg?.destroy();
});

const READ = { query: 'query OutageRead { organizations(first: 5, sort: NAME) { totalCount edges { node { slug } } } }' };

describe('database outage', () => {
  it('fails fast with coded 503s while PostgreSQL is down, and recovers by itself', async () => {
    const load = startLoad(api.url, [{ kind: 'read', count: 3, next: () => READ }]);
    await sleep(1_500);
    const downAt = Date.now();
    pg.stop('fast');
    await sleep(3_000);
    pg.start();
    const upAt = Date.now();
    const deadline = upAt + 30_000;
    while (Date.now() < deadline && !load.samples.some((s) => s.ok && s.startedAt > upAt)) await sleep(100);
    await sleep(1_000);
    await load.stop();

    const before = load.samples.filter((s) => s.endedAt < downAt);
    const failed = load.samples.filter((s) => !s.ok);
    const firstRecovered = load.samples.filter((s) => s.ok && s.startedAt > upAt).sort((a, b) => a.endedAt - b.endedAt)[0];
    const recoverMs = firstRecovered ? firstRecovered.endedAt - upAt : null;
    const slowest = Math.max(...load.samples.map((s) => s.ms));
    console.log(
      `database outage: ${load.samples.length} requests, ${failed.length} failed during the outage ` +
        `(${[...new Set(failed.map((s) => `${s.status} ${s.code ?? s.error}`))].join(', ')}), ` +
        `recovered ${recoverMs} ms after PostgreSQL was back, slowest answer ${slowest} ms`,
    );

    expect(before.length).toBeGreaterThan(0);
    expect(before.every((s) => s.ok)).toBe(true);
    expect(failed.length).toBeGreaterThan(0);
    // Every failure is an answer (no reset connection, no hang) with the documented code and status.
    for (const sample of failed) {
      expect(sample.error).toBeNull();
      expect(sample.status).toBe(503);
      expect(sample.code).toBe('SERVICE_UNAVAILABLE');
    }
    // No request outlives the pool's connection timeout plus the statement timeout (5 s + 4 s).
    expect(slowest).toBeLessThan(15_000);
    expect(recoverMs).not.toBeNull();
    expect(recoverMs!).toBeLessThan(20_000);
    // Once recovered, it stays recovered.
    const after = load.samples.filter((s) => s.startedAt > firstRecovered!.endedAt);
    expect(after.every((s) => s.ok)).toBe(true);
  });
});
