import type { DataSource } from 'typeorm';
import { bearer, insertApiKey } from '../support/api-keys';
import { startTestApi, type TestApi } from '../support/api';
import { openTestDataSource, resetDatabase } from '../support/database';

const ORGS = `query { organizations(first: 5) { totalCount edges { node { slug } } } }`;

describe('cost and rate limits', () => {
  let api: TestApi;
  let db: DataSource;

  beforeAll(async () => {
    await resetDatabase({ demo: 60 });
    db = await openTestDataSource();
    api = await startTestApi({ ANONYMOUS_HOURLY_BUDGET: '5' });
  });
  afterAll(async () => {
    await api.stop();
    await db.destroy();
  });

  it('charges each operation and reports the budget in headers, extensions.cost and the rateLimit field', async () => {
    const { secret } = await insertApiKey(db, { hourlyBudget: 100 });
    const first = await api.graphql<{ rateLimit: { limit: number; used: number; remaining: number; cost: number; nodeCount: number } }>(
      `query { organizations(first: 10) { totalCount } rateLimit { limit used remaining cost nodeCount resetAt } }`,
      {},
      bearer(secret),
    );
    expect(first.status).toBe(200);
    expect(first.body.data?.rateLimit).toMatchObject({ limit: 100, used: 1, remaining: 99, cost: 1, nodeCount: 10 });
    expect(first.headers.get('x-ratelimit-limit')).toBe('100');
    expect(first.headers.get('x-ratelimit-used')).toBe('1');
    expect(first.headers.get('x-ratelimit-remaining')).toBe('99');
    expect(Number(first.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
    expect(first.body.extensions?.cost).toMatchObject({ requested: 1, requestedNodes: 10, charged: 1, remaining: 99, limit: 100 });
    const second = await api.graphql(ORGS, {}, bearer(secret));
    expect(second.headers.get('x-ratelimit-used')).toBe('2');
  });

  it('costs nested connections by the product of their page sizes', async () => {
    const res = await api.graphql(
      `query { terms(first: 50) { edges { node { code providers(first: 100) { totalCount } } } } }`,
      {},
      bearer((await insertApiKey(db)).secret),
    );
    expect(res.status).toBe(200);
    expect(res.body.extensions?.cost).toMatchObject({ requested: 1, requestedNodes: 50 + 50 * 100 });
  });

  it('reserves the requested cost, then charges the actual cost of what the result holds', async () => {
    const { secret } = await insertApiKey(db, { hourlyBudget: 2 });
    // Requested: 1 + 100 requests (2 points); there are only a few stages, so far fewer requests run.
    const query = `query { terms(first: 100, facet: STAGE) { nodes { code providers(first: 99) { nodes { slug } } } } }`;
    const res = await api.graphql<{ terms: { nodes: { providers: { nodes: unknown[] } }[] } }>(query, {}, bearer(secret));
    expect(res.status).toBe(200);
    const stages = res.body.data!.terms.nodes;
    expect(stages.length).toBeGreaterThan(0);
    expect(stages.length).toBeLessThan(99);
    const returned = stages.length + stages.reduce((sum, stage) => sum + stage.providers.nodes.length, 0);
    expect(res.body.extensions?.cost).toMatchObject({
      requested: 2,
      requestedNodes: 100 + 100 * 99,
      actual: 1,
      actualNodes: returned,
      charged: 1,
      remaining: 1,
    });
    expect(res.headers.get('x-ratelimit-used')).toBe('1');
    // One point is left, but the same operation's requested cost (2) must fit before it runs.
    const refused = await api.graphql(query, {}, bearer(secret));
    expect(refused.status).toBe(429);
    expect(refused.body.extensions?.cost).toMatchObject({ requested: 2, actual: null, charged: 0 });
    const small = await api.graphql(ORGS, {}, bearer(secret));
    expect(small.status).toBe(200);
    expect(small.headers.get('x-ratelimit-used')).toBe('2');
  });

  it('refuses an operation over the node limit before it runs', async () => {
    const res = await api.graphql(
      `query { terms(first: 100) { edges { node { providers(first: 100) { edges { node { slug } } } } } } }`,
      {},
      bearer((await insertApiKey(db)).secret),
    );
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'nodes', max: 10_000, actual: 10_100 });
    expect(res.statements).toBe(1); // the key lookup only: nothing ran
  });

  it('answers 429 with Retry-After and RATE_LIMITED once the budget is spent, per key', async () => {
    const { secret } = await insertApiKey(db, { hourlyBudget: 3 });
    for (let i = 0; i < 3; i += 1) expect((await api.graphql(ORGS, {}, bearer(secret))).status).toBe(200);
    const refused = await api.graphql(ORGS, {}, bearer(secret));
    expect(refused.status).toBe(429);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(refused.statements).toBe(1); // the key lookup only
    const other = await api.graphql(ORGS, {}, bearer((await insertApiKey(db, { hourlyBudget: 3 })).secret));
    expect(other.status).toBe(200);
  });

  it('gives anonymous callers a smaller budget per address', async () => {
    let last = await api.graphql(ORGS);
    expect(last.headers.get('x-ratelimit-limit')).toBe('5');
    while (last.status === 200) last = await api.graphql(ORGS);
    expect(last.status).toBe(429);
    expect(last.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    // A key still works from the same address.
    expect((await api.graphql(ORGS, {}, bearer((await insertApiKey(db)).secret))).status).toBe(200);
  });

  it('refuses unknown, revoked and expired keys with 401', async () => {
    const unknown = await api.graphql(ORGS, {}, bearer(`lb_live_${'A'.repeat(43)}`));
    expect(unknown.status).toBe(401);
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const malformed = await api.graphql(ORGS, {}, bearer('lb_nonsense'));
    expect(malformed.status).toBe(401);
    const expired = await insertApiKey(db, { expiresAt: new Date(Date.now() - 1000) });
    expect((await api.graphql(ORGS, {}, bearer(expired.secret))).status).toBe(401);
    const revoked = await insertApiKey(db);
    await db.query('UPDATE api_key SET revoked_at = now() WHERE id = $1', [revoked.id]);
    expect((await api.graphql(ORGS, {}, bearer(revoked.secret))).status).toBe(401);
  });

  it('refuses mutations with a READ key', async () => {
    const { secret } = await insertApiKey(db, { scope: 'READ' });
    const res = await api.graphql(`mutation { revokeApiKey(id: "QXBpS2V5OjE") { id } }`, {}, bearer(secret));
    expect(res.status).toBe(403);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
