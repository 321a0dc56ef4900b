import http from 'node:http';
import { isEmbedded, resetDatabase, testDatabaseUrl } from '../support/database';
import { startApiProcess, type ApiProcess } from '../fault/api-process';
import { postJson, type Outcome } from '../fault/http-client';
import { fetchMetrics, sampleValue } from '../fault/metrics-text';

let api: ApiProcess;

beforeAll(async () => {
  await resetDatabase({ demo: 300 });
  api = await startApiProcess({
    // Production, as deployed: libraries behave differently on signals outside NODE_ENV=test.
    NODE_ENV: 'production',
    DATABASE_URL: testDatabaseUrl(),
    DATABASE_POOL_SIZE: isEmbedded() ? '1' : '2',
    DEMO_ORGANIZATIONS: '0',
    SHUTDOWN_TIMEOUT_MS: '30000',
  });
  // Loading demo data and starting a production process: minutes, not seconds, on a loaded machine.
}, 180_000);

afterAll(async () => {
  await api?.stop('SIGKILL');
});

/**
 * Heavy enough that a burst of them queues on the small pool for a while, light enough that the
 * queue drains before the pool's connection timeout (beyond it, requests get a coded 503).
 */
const SLOW = `query Slow { organizations(first: 50, sort: NAME) {
  totalCount
  edges { node { slug name country capabilities(first: 5) { edges { node { id } } } } }
} }`;

describe('graceful shutdown', () => {
  it('on SIGTERM stops accepting, finishes every in-flight request, and exits 0', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
    const burst = 12;
    const inFlight: Promise<Outcome>[] = [];
    for (let i = 0; i < burst; i++) inFlight.push(postJson(`${api.url}/graphql`, { query: SLOW }, agent));
    // Signal once the server holds most of the burst (the metrics request itself counts as one).
    let holding = 0;
    for (let tries = 0; tries < 200 && holding < burst / 2; tries++) {
      holding = sampleValue(await fetchMetrics(api.url), 'lightbridge_http_requests_in_flight') - 1;
    }
    api.child.kill('SIGTERM');
    const results = await Promise.all(inFlight);
    const late = await postJson(`${api.url}/graphql`, { query: '{ __typename }' }, undefined, 5_000);
    const exit = await api.exited;
    agent.destroy();

    expect(holding).toBeGreaterThanOrEqual(1);
    const failures = results.filter((r) => r.error !== null || r.status !== 200);
    expect(failures).toEqual([]);
    for (const result of results) {
      const body = JSON.parse(result.body) as { data?: { organizations: { edges: unknown[] } }; errors?: unknown };
      expect(body.errors).toBeUndefined();
      expect(body.data?.organizations.edges.length).toBe(50);
    }
    // After the signal the port is closed: a new connection is refused, not left hanging.
    expect(late.status).toBeNull();
    expect(late.error).toBe('ECONNREFUSED');
    expect(exit).toEqual({ code: 0, signal: null });
    expect(api.output()).toContain('shutting down: draining in-flight requests');
    expect(api.output()).not.toContain('requests cut off');
  });
});
