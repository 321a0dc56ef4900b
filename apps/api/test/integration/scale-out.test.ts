import type { DataSource } from 'typeorm';
import { startApiProcess, type ApiProcess } from '../fault/api-process';
import { startRoundRobinProxy, type RoundRobinProxy } from '../fault/round-robin-proxy';
import { sessionCookieOf } from '../support/accounts';
import { bearer, insertApiKey } from '../support/api-keys';
import { isEmbedded, openTestDataSource, resetDatabase, testDatabaseUrl } from '../support/database';

/**
 * Two API processes behind a round-robin proxy, as in docker/compose.yaml: whatever a caller
 * builds up on one process (a session, a spent budget) holds on the other, because it lives in
 * PostgreSQL and Redis, not in a process's memory.
 */
let db: DataSource;
let processes: ApiProcess[] = [];
let proxy: RoundRobinProxy;
// Counters of this run only, in the shared Redis at 127.0.0.1:6379.
const prefix = `lb-test-scale-out-${process.pid}-${Date.now()}:`;

beforeAll(async () => {
  await resetDatabase({ demo: 10 });
  db = await openTestDataSource();
  const env = (instance: string) => ({
    DATABASE_URL: testDatabaseUrl(),
    DATABASE_POOL_SIZE: isEmbedded() ? '1' : '3',
    DEMO_ORGANIZATIONS: '0',
    REDIS_URL: 'redis://127.0.0.1:6379',
    REDIS_KEY_PREFIX: prefix,
    INSTANCE_ID: instance,
  });
  processes = await Promise.all([startApiProcess(env('api-a')), startApiProcess(env('api-b'))]);
  proxy = await startRoundRobinProxy(processes.map((p) => p.url));
}, 180_000);

afterAll(async () => {
  await proxy?.close();
  await Promise.all(processes.map((p) => p.stop()));
  await db?.destroy();
});

interface Answer<T> {
  status: number;
  instance: string | null;
  headers: Headers;
  body: { data?: T | null; errors?: { extensions?: { code?: string } }[]; extensions?: Record<string, unknown> };
}

async function viaProxy<T>(
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Answer<T>> {
  const response = await fetch(`${proxy.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Answer<T>['body'];
  return { status: response.status, instance: response.headers.get('x-instance-id'), headers: response.headers, body };
}

const VIEWER = `query { viewer { user { email } } }`;
const ORGS = `query { organizations(first: 5) { totalCount } }`;

describe('two API processes behind a round-robin proxy', () => {
  it('serves a session created on one process on the other, and ends it on both', async () => {
    const email = `scale-out-${Date.now()}@example.org`;
    const password = 'shared session password';
    const signedUp = await viaProxy(`mutation ($input: SignUpInput!) { signUp(input: $input) { user { id } } }`, {
      input: { email, password, displayName: 'Scale Out' },
    });
    expect(signedUp.status).toBe(200);

    const signedIn = await viaProxy<{ signIn: { csrfToken: string } }>(
      `mutation ($input: SignInInput!) { signIn(input: $input) { csrfToken } }`,
      { input: { email, password } },
    );
    expect(signedIn.body.errors).toBeUndefined();
    const session = { cookie: sessionCookieOf(signedIn.headers), 'x-csrf-token': signedIn.body.data!.signIn.csrfToken };

    const seen = await viaProxy<{ viewer: { user: { email: string } } | null }>(VIEWER, {}, session);
    expect(seen.instance).not.toBe(signedIn.instance);
    expect(['api-a', 'api-b']).toContain(seen.instance);
    expect(seen.body.data?.viewer?.user.email).toBe(email);

    const signedOut = await viaProxy<{ signOut: boolean }>(`mutation { signOut }`, {}, session);
    expect(signedOut.body.data?.signOut).toBe(true);
    const afterSignOut = await viaProxy<{ viewer: unknown }>(VIEWER, {}, session);
    expect(afterSignOut.instance).not.toBe(signedOut.instance);
    expect(afterSignOut.body.data?.viewer).toBeNull();
  });

  it('spends one API key budget across both processes', async () => {
    const { secret } = await insertApiKey(db, { hourlyBudget: 4 });
    const answers: Answer<unknown>[] = [];
    for (let i = 0; i < 6; i += 1) answers.push(await viaProxy(ORGS, {}, bearer(secret)));

    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 429, 429]);
    expect(answers.map((a) => a.headers.get('x-ratelimit-used'))).toEqual(['1', '2', '3', '4', '4', '4']);
    expect(answers[4]!.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    // Each process served two of the four allowed requests, and each refused one.
    const servedBy = (status: number) => answers.filter((a) => a.status === status).map((a) => a.instance);
    expect(servedBy(200).sort()).toEqual(['api-a', 'api-a', 'api-b', 'api-b']);
    expect(servedBy(429).sort()).toEqual(['api-a', 'api-b']);
  });

  it('settles the actual cost on the shared counter', async () => {
    const { secret } = await insertApiKey(db, { hourlyBudget: 10 });
    const query = `query { terms(first: 100, facet: STAGE) { nodes { providers(first: 99) { totalCount } } } }`;
    const answers = [await viaProxy(query, {}, bearer(secret)), await viaProxy(query, {}, bearer(secret))];
    expect(new Set(answers.map((a) => a.instance)).size).toBe(2);
    expect(answers.map((a) => ({ used: a.headers.get('x-ratelimit-used'), cost: a.body.extensions }))).toMatchObject([
      { used: '1', cost: { cost: { requested: 2, actual: 1, charged: 1 } } },
      { used: '2', cost: { cost: { requested: 2, actual: 1, charged: 1 } } },
    ]);
  });
});
