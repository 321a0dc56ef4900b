import { getSchema } from '../../src/graphql/schema';
import { startTestApi, type TestApi } from '../support/api';
import { openTestDataSource, resetDatabase } from '../support/database';
import { HOSTILE_CASES, injectionCases, type HostileCase } from '../hostile/corpus';

async function send(api: TestApi, c: HostileCase): Promise<{ status: number; body: string; statements: string | null }> {
  const method = c.method ?? 'POST';
  const body = method === 'GET' ? undefined : c.raw !== undefined ? c.raw : JSON.stringify(c.json);
  const response = await fetch(`${api.url}/graphql${c.search ?? ''}`, { method, headers: c.headers, body });
  return { status: response.status, body: await response.text(), statements: response.headers.get('x-sql-statements') };
}

const NORMAL = `{ organizations(first: 3) { totalCount nodes { slug name } } }`;

describe('hostile operations', () => {
  let api: TestApi;
  let organizations: number;

  beforeAll(async () => {
    await resetDatabase({ demo: 40 });
    api = await startTestApi({ ANONYMOUS_HOURLY_BUDGET: '1000000' });
    const normal = await api.graphql<{ organizations: { totalCount: number } }>(NORMAL);
    organizations = normal.body.data!.organizations.totalCount;
  });
  afterAll(() => api.stop());

  const injections = injectionCases(getSchema());

  it('has a corpus of at least 40 hostile operations, plus injections in every string argument', () => {
    expect(HOSTILE_CASES.length).toBeGreaterThanOrEqual(40);
    expect(injections.length).toBeGreaterThanOrEqual(8 * 5);
  });

  it.each(HOSTILE_CASES.map((c) => [c.name, c] as const))('%s: refused or answered safely', async (_name, c) => {
    const res = await send(api, c);
    expect(res.status).toBeLessThan(500);
    expect(c.status).toContain(res.status);
    const parsed = JSON.parse(res.body) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
    for (const error of parsed.errors ?? []) expect(typeof error.extensions?.code).toBe('string');
    if (c.code && parsed.errors) expect(parsed.errors.map((e) => e.extensions?.code)).toContain(c.code);
    if (c.code && !parsed.errors) expect(res.status).toBe(200);
    if (c.noDatabase) expect(res.statements ?? '0').toBe('0');
    expect(res.body).not.toMatch(/stacktrace|at .*\.ts:\d/i);
  });

  it('answers every injection string in every string argument without a 500 or a leak', async () => {
    for (const c of injections) {
      const res = await send(api, c);
      expect([c.name, res.status]).toEqual([c.name, expect.any(Number)]);
      expect(res.status).toBeLessThan(500);
      const parsed = JSON.parse(res.body) as { errors?: { extensions?: { code?: string } }[] };
      const codes = (parsed.errors ?? []).map((e) => e.extensions?.code);
      expect([c.name, codes.filter((code) => code === 'INTERNAL_SERVER_ERROR')]).toEqual([c.name, []]);
    }
  });

  it('hides field suggestions in production', async () => {
    const production = await startTestApi({ NODE_ENV: 'production', ANONYMOUS_HOURLY_BUDGET: '100' });
    try {
      const res = await production.graphql('{ organizatio { slug } }');
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body)).not.toMatch(/Did you mean/);
      expect((await api.graphql('{ organizatio { slug } }')).body.errors?.[0]?.message).toMatch(/Did you mean/);
    } finally {
      await production.stop();
    }
  });

  it('still answers normal queries afterwards, with the data intact', async () => {
    const res = await api.graphql<{ organizations: { totalCount: number; nodes: unknown[] } }>(NORMAL);
    expect(res.status).toBe(200);
    expect(res.body.data?.organizations.totalCount).toBe(organizations);
    expect(res.body.data?.organizations.nodes).toHaveLength(3);
    const db = await openTestDataSource();
    try {
      const [row] = (await db.query('SELECT count(*)::int AS n FROM organization')) as { n: number }[];
      expect(row?.n).toBe(organizations);
    } finally {
      await db.destroy();
    }
  });
});
