import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import {
  BadInputError,
  LightBridgeClient,
  NotFoundError,
  OrganizationBySlugDocument,
  RateLimitedError,
  SearchOrganizationsDocument,
  TermsTreeDocument,
  UnauthenticatedError,
  ValueChainCoverageDocument,
} from '../../../../packages/client/src';
import { bearer, insertApiKey } from '../support/api-keys';
import { startTestApi, type TestApi } from '../support/api';
import { openTestDataSource, resetDatabase } from '../support/database';

const clientDir = path.resolve(__dirname, '../../../../packages/client');

describe('@lightbridge/client against the running API', () => {
  let api: TestApi;
  let db: DataSource;
  let client: LightBridgeClient;

  beforeAll(async () => {
    await resetDatabase({ demo: 120 });
    db = await openTestDataSource();
    api = await startTestApi();
    client = new LightBridgeClient({ url: `${api.url}/graphql`, apiKey: (await insertApiKey(db, { hourlyBudget: 1000 })).secret });
  });
  afterAll(async () => {
    await api.stop();
    await db.destroy();
  });

  it('runs typed operations by their registered hash and reports the budget', async () => {
    const data = await client.request(SearchOrganizationsDocument, { first: 5, filter: { kinds: ['CLUSTER'] } });
    expect(data.organizations.nodes.length).toBeGreaterThan(0);
    expect(data.organizations.nodes.every((o) => o.kind === 'CLUSTER')).toBe(true);
    expect(client.rateLimit).toMatchObject({ limit: 1000, used: 1, remaining: 999 });
    const slug = data.organizations.nodes[0]!.slug;
    const organization = await client.request(OrganizationBySlugDocument, { slug, capabilities: 5 });
    expect(organization.organization.slug).toBe(slug);
    const terms = await client.request(TermsTreeDocument, { facet: 'TECHNOLOGY', rootsOnly: true, first: 10 });
    expect(terms.terms.nodes.length).toBeGreaterThan(0);
    const coverage = await client.request(ValueChainCoverageDocument, { application: 'app.health-life-science' });
    expect(coverage.valueChainCoverage.stages.length).toBeGreaterThan(0);
  });

  it('iterates a whole connection, following endCursor', async () => {
    const slugs: string[] = [];
    for await (const organization of client.paginate(SearchOrganizationsDocument, { first: 50 }, (d) => d.organizations)) {
      slugs.push(organization.slug);
    }
    const [row] = (await db.query('SELECT count(*)::int AS n FROM organization')) as { n: number }[];
    expect(slugs).toHaveLength(row!.n);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it('throws coded errors as typed exceptions', async () => {
    await expect(client.request(OrganizationBySlugDocument, { slug: 'no-such-organization' })).rejects.toBeInstanceOf(NotFoundError);
    const bad = await client.request(SearchOrganizationsDocument, { first: 500 }).catch((error: unknown) => error);
    expect(bad).toBeInstanceOf(BadInputError);
    expect((bad as BadInputError).argumentName).toBe('first');
    const stranger = new LightBridgeClient({ url: `${api.url}/graphql`, apiKey: `lb_live_${'Z'.repeat(43)}` });
    await expect(stranger.request(SearchOrganizationsDocument, {})).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it('backs off on 429 for Retry-After seconds, then gives up with RateLimitedError', async () => {
    const { secret } = await insertApiKey(db, { hourlyBudget: 1 });
    const waits: number[] = [];
    const limited = new LightBridgeClient({
      url: `${api.url}/graphql`,
      apiKey: secret,
      maxRetries: 2,
      maxRetryWaitSeconds: 7200,
      sleep: (ms) => {
        waits.push(ms);
        return Promise.resolve();
      },
    });
    await limited.request(SearchOrganizationsDocument, { first: 1 });
    const error = await limited.request(SearchOrganizationsDocument, { first: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(waits).toHaveLength(2);
    // Each wait is the Retry-After of its response, which counts down to the budget's reset: the
    // first wait is the last Retry-After plus the seconds that passed between the two responses.
    const lastRetryAfterMs = (error as RateLimitedError).retryAfterSeconds * 1000;
    expect(lastRetryAfterMs).toBeGreaterThan(0);
    for (const wait of waits) {
      expect(wait).toBeGreaterThanOrEqual(lastRetryAfterMs);
      expect(wait).toBeLessThanOrEqual(lastRetryAfterMs + 5_000);
      expect(wait % 1000).toBe(0);
    }
    // Without patience for a long wait, it throws at once.
    const impatient = new LightBridgeClient({ url: `${api.url}/graphql`, apiKey: secret, maxRetryWaitSeconds: 0 });
    await expect(impatient.request(SearchOrganizationsDocument, {})).rejects.toBeInstanceOf(RateLimitedError);
    expect((await api.graphql('{ __typename }', {}, bearer(secret))).status).toBe(429);
  });

  it('is generated from the committed schema.graphql: stale generated code fails here', () => {
    const result = spawnSync(path.join(clientDir, 'node_modules/.bin/graphql-codegen'), ['--config', 'codegen.ts', '--check'], {
      cwd: clientDir,
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    const generated = JSON.parse(fs.readFileSync(path.join(clientDir, 'src/generated/persisted-documents.json'), 'utf8')) as Record<
      string,
      string
    >;
    const manifest = JSON.parse(
      fs.readFileSync(path.resolve(__dirname, '../../src/graphql/limits/persisted-operations.json'), 'utf8'),
    ) as Record<string, string>;
    expect(manifest).toEqual(Object.fromEntries(Object.entries(generated).map(([hash, doc]) => [hash.replace(/^sha256:/, ''), doc])));
  });
});
