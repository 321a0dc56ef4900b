import { rateLimitRejections } from '../../src/observability/metrics';
import { startTestApi, type TestApi } from '../support/api';
import { resetDatabase } from '../support/database';
import { fetchMetrics, sampleValue } from '../fault/metrics-text';

let api: TestApi;

beforeAll(async () => {
  await resetDatabase({ demo: 20 });
  api = await startTestApi();
});

afterAll(() => api.stop());

const PROBE = 'query MetricsProbe { organizations(first: 2) { totalCount edges { node { slug } } } }';

describe('/metrics', () => {
  it('serves the Prometheus text format with process metrics', async () => {
    const response = await fetch(`${api.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(sampleValue(text, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(sampleValue(text, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
  });

  it('counts requests and times operations by name', async () => {
    const before = await fetchMetrics(api.url);
    for (let i = 0; i < 3; i++) expect((await api.graphql(PROBE)).body.errors).toBeUndefined();
    const after = await fetchMetrics(api.url);
    const delta = (name: string, labels: Record<string, string>) => sampleValue(after, name, labels) - sampleValue(before, name, labels);
    expect(delta('lightbridge_graphql_operation_duration_seconds_count', { operation: 'MetricsProbe', type: 'query' })).toBe(3);
    expect(delta('lightbridge_http_requests_total', { method: 'POST', route: '/graphql', status: '200' })).toBe(3);
    expect(delta('lightbridge_http_request_duration_seconds_count', { method: 'POST', route: '/graphql' })).toBe(3);
    expect(
      sampleValue(after, 'lightbridge_graphql_operation_duration_seconds_sum', { operation: 'MetricsProbe', type: 'query' }),
    ).toBeGreaterThan(0);
  });

  it('counts errors by code, and names anonymous and unparsable operations without inventing labels', async () => {
    const before = await fetchMetrics(api.url);
    const bad = await api.graphql('query { organizations(first: 1000) { totalCount } }');
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unparsable = await api.graphql('query {');
    expect(unparsable.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    const longName = `Q${'x'.repeat(100)}`;
    await api.graphql(`query ${longName} { __typename }`);
    await fetch(`${api.url}/no/such/path/${Date.now()}`);
    const after = await fetchMetrics(api.url);
    const delta = (name: string, labels: Record<string, string>) => sampleValue(after, name, labels) - sampleValue(before, name, labels);
    expect(delta('lightbridge_graphql_errors_total', { code: 'BAD_USER_INPUT' })).toBe(1);
    expect(delta('lightbridge_graphql_errors_total', { code: 'GRAPHQL_PARSE_FAILED' })).toBe(1);
    expect(delta('lightbridge_graphql_operation_duration_seconds_count', { operation: 'anonymous', type: 'query' })).toBe(1);
    expect(delta('lightbridge_graphql_operation_duration_seconds_count', { operation: 'other', type: 'query' })).toBe(1);
    expect(delta('lightbridge_graphql_operation_duration_seconds_count', { operation: 'anonymous', type: 'invalid' })).toBe(1);
    expect(delta('lightbridge_http_requests_total', { method: 'GET', route: 'other', status: '404' })).toBe(1);
    expect(after).not.toContain(longName);
    expect(after).not.toContain('/no/such/path');
  });

  it('reports the database pool', async () => {
    const text = await fetchMetrics(api.url);
    const total = sampleValue(text, 'lightbridge_db_pool_connections', { pool: 'primary', state: 'total' });
    const idle = sampleValue(text, 'lightbridge_db_pool_connections', { pool: 'primary', state: 'idle' });
    expect(total).toBeGreaterThanOrEqual(1);
    expect(idle).toBeLessThanOrEqual(total);
    expect(text).toContain('lightbridge_db_pool_connections{pool="primary",state="waiting"}');
  });

  it('exposes the rate-limit rejection counter for the rate limiter to increment', async () => {
    const before = sampleValue(await fetchMetrics(api.url), 'lightbridge_rate_limit_rejections_total', { limiter: 'metrics-test' });
    rateLimitRejections.inc({ limiter: 'metrics-test' });
    const after = sampleValue(await fetchMetrics(api.url), 'lightbridge_rate_limit_rejections_total', { limiter: 'metrics-test' });
    expect(after - before).toBe(1);
  });

  it('requires the bearer token when METRICS_TOKEN is set', async () => {
    const token = 'metrics-token-0123456789';
    const guarded = await startTestApi({ METRICS_TOKEN: token });
    try {
      expect((await fetch(`${guarded.url}/metrics`)).status).toBe(401);
      expect((await fetch(`${guarded.url}/metrics`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
      expect((await fetch(`${guarded.url}/metrics`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    } finally {
      await guarded.stop();
    }
  });
});
