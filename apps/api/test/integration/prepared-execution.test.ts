import type { DataSource } from 'typeorm';
import manifest from '../../src/graphql/limits/persisted-operations.json';
import { toGlobalId } from '../../src/graphql/node-id';
import { bearer, insertApiKey } from '../support/api-keys';
import { startTestApi, type TestApi } from '../support/api';
import { openTestDataSource, resetDatabase } from '../support/database';
import { fetchMetrics, sampleValue } from '../fault/metrics-text';

/**
 * The prepared path (http/prepared-execution.ts) must answer exactly as Apollo Server's pipeline
 * does: every case is sent to an API with it and to one without it (PREPARED_EXECUTION=0), and the
 * status, the headers a client reads and the body text are compared; the metric says which path ran.
 */
let prepared: TestApi;
let apollo: TestApi;
let db: DataSource;

beforeAll(async () => {
  await resetDatabase({ demo: 30 });
  db = await openTestDataSource();
  prepared = await startTestApi();
  apollo = await startTestApi({ PREPARED_EXECUTION: '0' });
});

afterAll(async () => {
  await prepared.stop();
  await apollo.stop();
  await db.destroy();
});

interface Case {
  body: Record<string, unknown>;
  headers?: Record<string, string>;
}

interface Answer {
  status: number;
  headers: Record<string, string | null>;
  text: string;
  preparedOperations: number;
}

const COMPARED_HEADERS = ['content-type', 'cache-control', 'x-ratelimit-limit', 'x-ratelimit-used', 'retry-after', 'x-sql-statements'];

async function send(api: TestApi, { body, headers = {} }: Case): Promise<Answer> {
  const before = sampleValue(await fetchMetrics(api.url), 'lightbridge_graphql_prepared_operations_total');
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const after = sampleValue(await fetchMetrics(api.url), 'lightbridge_graphql_prepared_operations_total');
  return {
    status: response.status,
    headers: Object.fromEntries(COMPARED_HEADERS.map((name) => [name, response.headers.get(name)])),
    // The budget's clock and what is left of it move between the two calls; everything else must match.
    text: (await response.text())
      .replace(/"resetAt":"[^"]*"/g, '"resetAt":"…"')
      .replace(/"retryAfter":\d+/g, '"retryAfter":0')
      .replace(/refills in \d+ s/g, 'refills in … s'),
    preparedOperations: after - before,
  };
}

async function compare(testCase: Case, expectPrepared: boolean): Promise<Answer> {
  const viaApollo = await send(apollo, testCase);
  const viaPrepared = await send(prepared, testCase);
  expect(viaApollo.preparedOperations).toBe(0);
  expect(viaPrepared.preparedOperations).toBe(expectPrepared ? 1 : 0);
  expect({ ...viaPrepared, preparedOperations: 0 }).toEqual({ ...viaApollo, preparedOperations: 0 });
  return viaPrepared;
}

const NODE_LOOKUP = 'query NodeLookup($id: ID!) { node(id: $id) { id ... on Organization { slug name country } } }';

// From the database, not through one of the two APIs, whose budgets must stay in step.
async function someOrganizationId(): Promise<string> {
  const [row] = (await db.query('SELECT id FROM organization ORDER BY id LIMIT 1')) as { id: number }[];
  return toGlobalId('Organization', row!.id);
}

describe('prepared execution answers as Apollo Server does', () => {
  it('for a query with variables, with either JSON media type or none accepted', async () => {
    const id = await someOrganizationId();
    const body = { query: NODE_LOOKUP, variables: { id } };
    const graphqlResponse = await compare({ body, headers: { accept: 'application/graphql-response+json, application/json;q=0.9' } }, true);
    expect(graphqlResponse.status).toBe(200);
    expect(graphqlResponse.headers['content-type']).toBe('application/graphql-response+json; charset=utf-8');
    expect(graphqlResponse.text).toContain('"slug"');
    const legacy = await compare({ body, headers: { accept: 'application/json' } }, true);
    expect(legacy.headers['content-type']).toBe('application/json; charset=utf-8');
    await compare({ body }, true);
  });

  it('for a document of several operations, by operation name, and for an anonymous one', async () => {
    const query = `query Countries { organizations(first: 3) { nodes { country } } } query Total { organizations(first: 1) { totalCount } }`;
    await compare({ body: { query, operationName: 'Total' } }, true);
    await compare({ body: { query: '{ organizations(first: 2) { nodes { slug name } } }' } }, true);
  });

  it('for unions and interfaces, whose members are told apart by their __typename', async () => {
    const query = `query Mixed($text: String!) {
      search(query: $text, first: 10) { nodes { __typename ... on Organization { slug } ... on Term { code } ... on Community { name } } }
    }`;
    const answer = await compare({ body: { query, variables: { text: 'photonics' } } }, true);
    expect(answer.text).toContain('"__typename":"');
  });

  it('for a registered operation sent by its hash alone', async () => {
    const [hash, document] = Object.entries(manifest as Record<string, string>).find(([, doc]) => doc.startsWith('query RateLimit'))!;
    const byHash = await compare({ body: { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } } }, true);
    expect(byHash.text).toContain('"rateLimit"');
    // As the portal's Apollo Client sends it: operation name, variables, and its library's name beside the hash.
    const clientLibrary = { name: '@apollo/client', version: '4.3.8' };
    const portal = await compare(
      {
        body: {
          operationName: 'RateLimit',
          variables: {},
          extensions: { clientLibrary, persistedQuery: { version: 1, sha256Hash: hash } },
        },
      },
      true,
    );
    expect(portal.text).toContain('"rateLimit"');
    await compare({ body: { query: document, extensions: { clientLibrary } } }, true);
    // With its text and another hash, Apollo's check of the hash answers.
    const mismatch = await compare(
      { body: { query: document, extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } } },
      false,
    );
    expect(mismatch.text).not.toContain('"rateLimit"');
  });

  it('for resolver errors beside data', async () => {
    const answer = await compare({ body: { query: '{ organizations(first: 1000) { totalCount } }' } }, true);
    expect(answer.text).toContain('BAD_USER_INPUT');
    const missing = await compare({ body: { query: '{ organization(slug: "no-such-organization") { name } }' } }, true);
    expect(missing.status).toBe(200);
  });

  it('for an operation refused by the limits, and for a spent budget', async () => {
    const tooMany = await compare(
      { body: { query: `query { terms(first: 100) { edges { node { providers(first: 100) { edges { node { slug } } } } } } }` } },
      true,
    );
    expect(tooMany.status).toBe(400);
    expect(tooMany.text).toContain('QUERY_TOO_COMPLEX');
    // Each API keeps its own budgets (in memory), so one key per API spends the same way on both.
    const keys = [await insertApiKey(db, { hourlyBudget: 1 }), await insertApiKey(db, { hourlyBudget: 1 })];
    const query = '{ organizations(first: 1) { totalCount } }';
    const spend = async (api: TestApi, secret: string) => send(api, { body: { query }, headers: bearer(secret) });
    await spend(apollo, keys[0]!.secret);
    await spend(prepared, keys[1]!.secret);
    const refusedByApollo = await spend(apollo, keys[0]!.secret);
    const refusedPrepared = await spend(prepared, keys[1]!.secret);
    expect(refusedPrepared.status).toBe(429);
    expect(refusedPrepared.preparedOperations).toBe(1);
    expect({ ...refusedPrepared, preparedOperations: 0 }).toEqual({ ...refusedByApollo, preparedOperations: 0 });
  });

  it('leaves to Apollo what it does not answer itself: bad variables, invalid documents, mutations, unknown extensions', async () => {
    const graphqlResponse = { accept: 'application/graphql-response+json' };
    const badVariable = await compare({ body: { query: NODE_LOOKUP, variables: { id: true } }, headers: graphqlResponse }, false);
    expect(badVariable.status).toBe(400);
    await compare({ body: { query: NODE_LOOKUP } }, false);
    await compare({ body: { query: '{ organizations(first: 1) { noSuchField } }' } }, false);
    await compare({ body: { query: '{ organizations(first: 1) {' } }, false);
    await compare({ body: { query: 'mutation { signOut }' } }, false);
    await compare({ body: { query: '{ __typename }', operationName: 'Missing' } }, false);
    await compare({ body: { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } } }, false);
    await compare({ body: { query: '{ __typename }' }, headers: { accept: 'text/html' } }, false);
  });
});
