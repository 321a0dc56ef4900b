import { startTestApi, type TestApi } from '../support/api';
import { openTestDataSource, resetDatabase, testDatabaseUrl } from '../support/database';
import { startTcpProxy, type TcpProxy } from '../fault/tcp-proxy';

let api: TestApi;
let proxy: TcpProxy;

/** The API reaches the test database through a proxy that the tests can break. */
beforeAll(async () => {
  await resetDatabase({ demo: 10 });
  const target = new URL(testDatabaseUrl());
  proxy = await startTcpProxy(target.hostname, Number(target.port));
  const viaProxy = new URL(testDatabaseUrl());
  viaProxy.host = proxy.address;
  api = await startTestApi({ DATABASE_URL: viaProxy.toString(), READINESS_TIMEOUT_MS: '500', STATEMENT_TIMEOUT_MS: '2000' });
});

afterAll(async () => {
  proxy.setMode('pass');
  await api.stop();
  await proxy.close();
});

async function get(path: string): Promise<{ status: number; body: { status?: string; reason?: string }; ms: number }> {
  const started = Date.now();
  const response = await fetch(`${api.url}${path}`);
  return { status: response.status, body: (await response.json()) as { status?: string; reason?: string }, ms: Date.now() - started };
}

async function eventually<T>(probe: () => Promise<T>, ok: (value: T) => boolean, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = await probe();
  while (!ok(last) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    last = await probe();
  }
  return last;
}

const COUNT = '{ organizations(first: 1) { totalCount } }';

describe('health', () => {
  it('/healthz answers while the process lives; /readyz when the database is migrated and reachable', async () => {
    expect(await get('/healthz')).toMatchObject({ status: 200, body: { status: 'ok' } });
    expect(await get('/readyz')).toMatchObject({ status: 200, body: { status: 'ready' } });
  });

  it('/readyz reports pending migrations', async () => {
    const db = await openTestDataSource();
    try {
      const [latest] = (await db.query('SELECT id, timestamp, name FROM schema_migration ORDER BY timestamp DESC LIMIT 1')) as {
        id: number;
        timestamp: string;
        name: string;
      }[];
      await db.query('DELETE FROM schema_migration WHERE id = $1', [latest!.id]);
      try {
        expect(await get('/readyz')).toMatchObject({ status: 503, body: { status: 'unavailable', reason: 'migrations pending' } });
      } finally {
        await db.query('INSERT INTO schema_migration (id, timestamp, name) VALUES ($1, $2, $3)', [
          latest!.id,
          latest!.timestamp,
          latest!.name,
        ]);
      }
      expect((await get('/readyz')).status).toBe(200);
    } finally {
      await db.destroy();
    }
  });

  it('reports the database unreachable, answers GraphQL with a coded 503, and recovers by itself', async () => {
    proxy.setMode('refuse');
    try {
      const ready = await get('/readyz');
      expect(ready).toMatchObject({ status: 503, body: { reason: 'database unreachable' } });
      expect((await get('/healthz')).status).toBe(200);
      const query = await api.graphql(COUNT);
      expect(query.status).toBe(503);
      expect(query.headers.get('retry-after')).toBe('1');
      expect(query.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(JSON.stringify(query.body)).not.toMatch(/ECONNREFUSED|Connection terminated|127\.0\.0\.1/);
    } finally {
      proxy.setMode('pass');
    }
    const recovered = await eventually(
      () => api.graphql(COUNT),
      (res) => res.status === 200,
      15_000,
    );
    expect(recovered.body.errors).toBeUndefined();
    expect((await get('/readyz')).status).toBe(200);
  });

  it('gives up on a database that does not answer after the readiness timeout', async () => {
    proxy.setMode('blackhole');
    try {
      const ready = await get('/readyz');
      expect(ready).toMatchObject({ status: 503, body: { reason: 'database timeout' } });
      // A query waits at most for the connection timeout, then fails with a code instead of hanging.
      const query = await api.graphql(COUNT);
      expect(query.status).toBe(503);
      expect(query.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      proxy.setMode('pass');
    }
    const recovered = await eventually(
      () => get('/readyz'),
      (res) => res.status === 200,
      15_000,
    );
    expect(recovered.body.status).toBe('ready');
  });
});
