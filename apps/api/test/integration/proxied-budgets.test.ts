import { startTestApi, type TestApi } from '../support/api';
import { resetDatabase } from '../support/database';

const QUERY = JSON.stringify({ query: '{ organizations(first: 1) { totalCount } }' });

async function used(api: TestApi, forwardedFor?: string): Promise<string | null> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (forwardedFor) headers['x-forwarded-for'] = forwardedFor;
  const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers, body: QUERY });
  expect(response.status).toBe(200);
  return response.headers.get('x-ratelimit-used');
}

beforeAll(() => resetDatabase('taxonomy'));

describe('anonymous budgets behind one trusted proxy (TRUSTED_PROXY_HOPS=1)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ TRUSTED_PROXY_HOPS: '1' });
  });
  afterAll(() => api.stop());

  it('keeps one budget per visitor the proxy names, and ignores what a visitor wrote before it', async () => {
    expect(await used(api, '203.0.113.7')).toBe('1');
    expect(await used(api, '203.0.113.7')).toBe('2');
    expect(await used(api, '198.51.100.9')).toBe('1');
    // A visitor's own X-Forwarded-For arrives left of the address the proxy appended.
    expect(await used(api, '192.0.2.1, 203.0.113.7')).toBe('3');
  });
});

describe('anonymous budgets without a trusted proxy (the default)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.stop());

  it('keeps the budget per connection address: a forged X-Forwarded-For does not buy a fresh one', async () => {
    expect(await used(api)).toBe('1');
    expect(await used(api, '203.0.113.7')).toBe('2');
    expect(await used(api, '198.51.100.9')).toBe('3');
  });
});
