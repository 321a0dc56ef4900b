import { createHash } from 'node:crypto';
import manifest from '../../src/graphql/limits/persisted-operations.json';
import { startTestApi, type TestApi } from '../support/api';
import { resetDatabase } from '../support/database';

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');
const persisted = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

async function post(
  api: TestApi,
  body: unknown,
): Promise<{ status: number; body: { data?: unknown; errors?: { extensions?: { code?: string } }[] } }> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] } };
}

const registered = Object.entries(manifest as Record<string, string>).find(([, doc]) => doc.startsWith('query RateLimit'))!;

describe('persisted queries', () => {
  beforeAll(() => resetDatabase('taxonomy'));

  describe('automatic persisted queries', () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await startTestApi();
    });
    afterAll(() => api.stop());

    it('asks for the document on an unknown hash, then runs the hash alone once registered', async () => {
      const query = `{ terms(first: 2, facet: TECHNOLOGY) { totalCount } }`;
      const miss = await post(api, { extensions: persisted(sha256(query)) });
      expect(miss.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
      const register = await post(api, { query, extensions: persisted(sha256(query)) });
      expect(register.status).toBe(200);
      const hit = await post(api, { extensions: persisted(sha256(query)) });
      expect(hit.status).toBe(200);
      expect(hit.body.data).toEqual(register.body.data);
    });

    it('refuses a document whose hash does not match', async () => {
      const res = await post(api, { query: '{ __typename }', extensions: persisted(sha256('{ other }')) });
      expect(res.status).toBe(400);
    });

    it('runs the registered operations (from the typed client) by hash without registration', async () => {
      const res = await post(api, { extensions: persisted(registered[0]) });
      expect(res.status).toBe(200);
      expect(res.body.data).toMatchObject({ rateLimit: { cost: 1 } });
    });

    it('lets any other operation run when the safelist is off', async () => {
      expect((await post(api, { query: '{ __typename }' })).status).toBe(200);
    });
  });

  describe('safelist mode (SAFELIST=1)', () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await startTestApi({ SAFELIST: '1' });
    });
    afterAll(() => api.stop());

    it('runs registered operations, by hash or by their exact text', async () => {
      expect((await post(api, { extensions: persisted(registered[0]) })).status).toBe(200);
      expect((await post(api, { query: registered[1] })).status).toBe(200);
      const get = await fetch(`${api.url}/graphql?extensions=${encodeURIComponent(JSON.stringify(persisted(registered[0])))}`, {
        headers: { accept: 'application/graphql-response+json', 'apollo-require-preflight': '1' },
      });
      expect(get.status).toBe(200);
    });

    it('refuses any other operation with OPERATION_NOT_REGISTERED, registered through APQ or not', async () => {
      for (const body of [
        { query: '{ __typename }' },
        { query: '{ __typename }', extensions: persisted(sha256('{ __typename }')) },
        { extensions: persisted(sha256('{ __typename }')) },
        { query: `${registered[1]} ` },
      ]) {
        const res = await post(api, body);
        expect(res.status).toBe(403);
        expect(res.body.errors?.[0]?.extensions?.code).toBe('OPERATION_NOT_REGISTERED');
      }
    });
  });
});
