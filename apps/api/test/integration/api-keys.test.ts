import type { DataSource } from 'typeorm';
import { hashApiKeySecret } from '../../src/modules/accounts/api-key.secret';
import { grant, signUpUser, type SignedInUser } from '../support/accounts';
import { bearer } from '../support/api-keys';
import { startTestApi, type TestApi } from '../support/api';
import { openTestDataSource, resetDatabase } from '../support/database';
import { expectCodedError, globalId } from '../support/expect-error';

const CREATE = `mutation ($input: CreateApiKeyInput!) {
  createApiKey(input: $input) { secret apiKey { id name prefix scope allowedOrigins hourlyBudget expiresAt lastUsedAt revokedAt } }
}`;
const LIST = `query ($org: ID!) { apiKeys(organizationId: $org, first: 10) { totalCount nodes { id prefix revokedAt lastUsedAt } } }`;
const REVOKE = `mutation ($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }`;

interface Created {
  createApiKey: { secret: string; apiKey: { id: string; prefix: string; scope: string; allowedOrigins: string[]; hourlyBudget: number } };
}

describe('API keys', () => {
  let api: TestApi;
  let db: DataSource;
  let editor: SignedInUser;
  let stranger: SignedInUser;
  let organizationId: number;

  beforeAll(async () => {
    await resetDatabase({ demo: 20 });
    db = await openTestDataSource();
    api = await startTestApi();
    editor = await signUpUser(api, 'editor@example.org');
    stranger = await signUpUser(api, 'stranger@example.org');
    const [row] = (await db.query(`SELECT id FROM organization ORDER BY id LIMIT 1`)) as { id: number }[];
    organizationId = row!.id;
    await grant(db, editor.userId, 'ORGANIZATION_EDITOR', organizationId);
  });
  afterAll(async () => {
    await api.stop();
    await db.destroy();
  });

  const input = (extra: Record<string, unknown> = {}) => ({
    organizationId: globalId('Organization', organizationId),
    name: 'Portal',
    ...extra,
  });

  it('creates a key shown once, stored as a SHA-256 hash with its prefix', async () => {
    const res = await api.graphql<Created>(CREATE, { input: input({ allowedOrigins: ['https://cluster.example'] }) }, editor.headers);
    expect(res.body.errors).toBeUndefined();
    const { secret, apiKey } = res.body.data!.createApiKey;
    expect(secret).toMatch(/^lb_live_[A-Za-z0-9_-]{43}$/);
    expect(apiKey).toMatchObject({ scope: 'READ', allowedOrigins: ['https://cluster.example'], hourlyBudget: 5000 });
    expect(secret.startsWith(apiKey.prefix)).toBe(true);
    const rows = (await db.query('SELECT key_hash, prefix FROM api_key')) as { key_hash: string; prefix: string }[];
    expect(rows.map((r) => r.key_hash)).toContain(hashApiKeySecret(secret));
    expect(JSON.stringify(rows)).not.toContain(secret);
    const list = await api.graphql<{ apiKeys: { totalCount: number; nodes: { id: string }[] } }>(
      LIST,
      { org: globalId('Organization', organizationId) },
      editor.headers,
    );
    expect(list.body.data?.apiKeys.nodes.map((k) => k.id)).toContain(apiKey.id);
    expect(JSON.stringify(list.body)).not.toContain(secret);
  });

  it('authenticates with the key, records its use, and stops at once when revoked', async () => {
    const created = await api.graphql<Created>(CREATE, { input: input() }, editor.headers);
    const { secret, apiKey } = created.body.data!.createApiKey;
    const used = await api.graphql(`{ rateLimit { limit } }`, {}, bearer(secret));
    expect(used.status).toBe(200);
    const [row] = (await db.query('SELECT last_used_at FROM api_key WHERE key_hash = $1', [hashApiKeySecret(secret)])) as {
      last_used_at: Date | null;
    }[];
    expect(row?.last_used_at).not.toBeNull();
    const revoked = await api.graphql<{ revokeApiKey: { revokedAt: string } }>(REVOKE, { id: apiKey.id }, editor.headers);
    expect(revoked.body.errors).toBeUndefined();
    expect(revoked.body.data?.revokeApiKey.revokedAt).toBeTruthy();
    const refused = await api.graphql(`{ rateLimit { limit } }`, {}, bearer(secret));
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers CORS per key: allowed origins get data, others a coded FORBIDDEN that the page may read, without data or cookies', async () => {
    const created = await api.graphql<Created>(CREATE, { input: input({ allowedOrigins: ['https://cluster.example'] }) }, editor.headers);
    const { secret } = created.body.data!.createApiKey;
    const allowed = await api.graphql('{ __typename }', {}, { ...bearer(secret), origin: 'https://cluster.example' });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://cluster.example');
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    const other = await api.graphql('{ __typename }', {}, { ...bearer(secret), origin: 'https://evil.example' });
    expect(other.status).toBe(403);
    expect(other.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(other.body.data).toBeUndefined();
    expect(other.headers.get('access-control-allow-origin')).toBe('https://evil.example');
    expect(other.headers.get('access-control-allow-credentials')).toBeNull();
    const preflight = await fetch(`${api.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://cluster.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://cluster.example');
  });

  it('refuses the signed-out, non-editors, keys managing keys, and bad input', async () => {
    expectCodedError(await api.graphql(CREATE, { input: input() }), 'UNAUTHENTICATED');
    expectCodedError(await api.graphql(CREATE, { input: input() }, stranger.headers), 'FORBIDDEN');
    expectCodedError(await api.graphql(LIST, { org: globalId('Organization', organizationId) }, stranger.headers), 'FORBIDDEN');
    const key = await api.graphql<Created>(CREATE, { input: input({ scope: 'READ_WRITE' }) }, editor.headers);
    expectCodedError(await api.graphql(CREATE, { input: input() }, bearer(key.body.data!.createApiKey.secret)), 'FORBIDDEN');
    expectCodedError(
      await api.graphql(CREATE, { input: input({ allowedOrigins: ['not an origin'] }) }, editor.headers),
      'BAD_USER_INPUT',
      'input.allowedOrigins',
    );
    expectCodedError(
      await api.graphql(CREATE, { input: input({ hourlyBudget: 0 }) }, editor.headers),
      'BAD_USER_INPUT',
      'input.hourlyBudget',
    );
    expectCodedError(
      await api.graphql(CREATE, { input: input({ expiresAt: '2000-01-01T00:00:00Z' }) }, editor.headers),
      'BAD_USER_INPUT',
      'input.expiresAt',
    );
    expectCodedError(await api.graphql(CREATE, { input: input({ name: ' ' }) }, editor.headers), 'BAD_USER_INPUT', 'input.name');
    expectCodedError(await api.graphql(REVOKE, { id: globalId('ApiKey', 999999) }, editor.headers), 'NOT_FOUND');
    expectCodedError(await api.graphql(REVOKE, { id: key.body.data!.createApiKey.apiKey.id }, stranger.headers), 'FORBIDDEN');
  });
});
