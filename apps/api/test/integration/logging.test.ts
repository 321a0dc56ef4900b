import { startApp, type RunningApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { serializeError } from '../../src/observability/log-serializers';
import { isEmbedded, resetDatabase, testDatabaseUrl } from '../support/database';

/** Every line the API logs, at trace level, kept in memory. */
const lines: string[] = [];
const capture = { write: (line: string) => void lines.push(line) };
let app: RunningApp;

beforeAll(async () => {
  await resetDatabase({ demo: 10 });
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: testDatabaseUrl(),
    DATABASE_POOL_SIZE: isEmbedded() ? '1' : '3',
    LOG_LEVEL: 'trace',
  });
  app = await startApp(config, createLogger(config.logLevel, capture));
});

afterAll(() => app.stop());

async function post(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

const parsed = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);

describe('logs', () => {
  it('are JSON lines, and every line written for a request carries its request id', async () => {
    const requestId = 'logging-test-0001';
    const response = await post({ query: 'query LogProbe { organizations(first: 1) { totalCount } }' }, { 'x-request-id': requestId });
    expect(response.headers.get('x-request-id')).toBe(requestId);
    await post({ query: '{ organizations(first: 1000) { totalCount } }' });
    await fetch(`${app.url}/readyz`);
    const entries = parsed();
    const ofRequest = entries.filter((entry) => entry.requestId === requestId);
    expect(ofRequest.map((entry) => entry.msg)).toEqual(expect.arrayContaining(['graphql operation', 'request']));
    expect(ofRequest.find((entry) => entry.msg === 'graphql operation')).toMatchObject({ operation: 'LogProbe', type: 'query' });
    const requestLines = entries.filter((entry) => entry.msg === 'request' || entry.msg === 'graphql operation');
    expect(requestLines.length).toBeGreaterThanOrEqual(5);
    for (const entry of requestLines) expect(entry.requestId).toEqual(expect.any(String));
  });

  it('never contain passwords, tokens, cookies or API keys', async () => {
    const secrets = {
      password: 'Sup3r-Secret-Passw0rd-7731',
      bearer: 'bearer-secret-4f9a2c7e1b',
      apiKey: 'lbk_apikey_secret_8d3e5a1f',
      cookie: 'cookie-secret-0b7c9e2d',
    };
    const seen: string[] = [];
    const mutations = (await (await post({ query: '{ __schema { mutationType { fields { name } } } }' })).json()) as {
      data?: { __schema: { mutationType: { fields: { name: string }[] } | null } };
    };
    const names = new Set(mutations.data?.__schema.mutationType?.fields.map((f) => f.name) ?? []);
    if (names.has('signUp') && names.has('signIn')) {
      const email = `log-secrets-${Date.now()}@example.org`;
      const signUp = await post({
        query: 'mutation ($input: SignUpInput!) { signUp(input: $input) { csrfToken } }',
        variables: { input: { email, password: secrets.password, displayName: 'Log Test' } },
      });
      const signUpBody = (await signUp.json()) as { data?: { signUp: { csrfToken: string | null } } };
      expect(signUpBody.data?.signUp).toBeDefined();
      for (const cookie of signUp.headers.getSetCookie()) seen.push(cookie.split(';')[0]!.split('=')[1]!);
      if (signUpBody.data?.signUp.csrfToken) seen.push(signUpBody.data.signUp.csrfToken);
      const signIn = await post({
        query: 'mutation ($input: SignInInput!) { signIn(input: $input) { csrfToken } }',
        variables: { input: { email, password: secrets.password } },
      });
      for (const cookie of signIn.headers.getSetCookie()) seen.push(cookie.split(';')[0]!.split('=')[1]!);
      // A failed sign-in is where a careless log line would print the attempted password.
      await post({
        query: 'mutation ($input: SignInInput!) { signIn(input: $input) { csrfToken } }',
        variables: { input: { email, password: `${secrets.password}-wrong` } },
      });
    }
    await post(
      {
        query: 'query ($password: String) { organizations(first: 1, filter: { search: $password }) { totalCount } }',
        variables: { password: secrets.password },
      },
      { authorization: `Bearer ${secrets.bearer}`, 'x-api-key': secrets.apiKey, cookie: `lb_session=${secrets.cookie}` },
    );
    await post({ query: `{ organization(slug: "${secrets.password}") { name } }` }, { authorization: `Bearer ${secrets.bearer}` });
    const log = lines.join('');
    expect(log.length).toBeGreaterThan(0);
    for (const secret of [...Object.values(secrets), ...seen.filter((value) => value.length >= 8)]) {
      expect(log).not.toContain(secret);
    }
  });

  it('logs errors without the values bound to their SQL statement', () => {
    const error = Object.assign(new Error('duplicate key value violates unique constraint'), {
      query: 'INSERT INTO app_user (email, password_hash) VALUES ($1, $2)',
      parameters: ['someone@example.org', '$argon2id$secret-hash'],
      driverError: Object.assign(new Error('inner'), { parameters: ['$argon2id$secret-hash'] }),
    });
    const serialized = JSON.stringify(serializeError(error));
    expect(serialized).toContain('duplicate key value');
    expect(serialized).not.toContain('secret-hash');
  });
});
