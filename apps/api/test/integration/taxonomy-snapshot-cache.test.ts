import type { DataSource } from 'typeorm';
import { isEmbedded, openTestDataSource, resetDatabase } from '../support/database';
import { startTestApi, type TestApi } from '../support/api';

/**
 * The classification scheme is kept between requests and re-read only when the term table changed.
 * Checking the table's fingerprint (TERM_CHANGE_LISTENER=0, and always on the embedded database):
 * a change shows on the very next request, with the same statement count as a cache hit.
 * Listening for term changes (the default on a server): a cache hit runs no statement for the
 * scheme, and a change made elsewhere shows as soon as its notification arrives.
 */
let api: TestApi;
let db: DataSource;

beforeAll(async () => {
  await resetDatabase({ demo: 20 });
  api = await startTestApi();
  db = await openTestDataSource();
});

afterAll(async () => {
  await db.destroy();
  await api.stop();
});

const CAPABILITIES = `query Capabilities($slug: String!) {
  organization(slug: $slug) { capabilities(first: 5) { nodes { technology { code label } } } }
}`;

const PROVIDERS = `query Providers($technology: String!) {
  organizations(first: 5, filter: { technologies: [$technology] }) { nodes { slug } }
}`;

type CapabilitiesData = { organization: { capabilities: { nodes: { technology: { code: string; label: string } }[] } } };

async function firstTechnology(slug: string, through: TestApi = api) {
  const res = await through.graphql<CapabilitiesData>(CAPABILITIES, { slug });
  expect(res.body.errors).toBeUndefined();
  return { technology: res.body.data!.organization.capabilities.nodes[0]!.technology, statements: res.statements };
}

async function slugWithCapabilities(): Promise<string> {
  const [row] = (await db.query(
    `SELECT o.slug FROM organization o WHERE EXISTS (SELECT 1 FROM capability c WHERE c.organization_id = o.id) ORDER BY o.id LIMIT 1`,
  )) as { slug: string }[];
  return row!.slug;
}

it('shows a renamed term on the next request, at the same statement count', async () => {
  const slug = await slugWithCapabilities();
  const before = await firstTechnology(slug);
  const cached = await firstTechnology(slug);
  expect(cached).toEqual(before);
  await db.query(`UPDATE term SET labels = jsonb_set(labels, '{en}', '"Renamed for the cache test"') WHERE code = $1`, [
    before.technology.code,
  ]);
  const after = await firstTechnology(slug);
  expect(after.technology).toEqual({ code: before.technology.code, label: 'Renamed for the cache test' });
  expect(after.statements).toBe(before.statements);
});

it('sees a new descendant term in a filter, and an unknown code is still bad input', async () => {
  const [parent] = (await db.query(`SELECT id, code FROM term WHERE facet = 'TECHNOLOGY' AND parent_id IS NULL ORDER BY code LIMIT 1`)) as {
    id: number;
    code: string;
  }[];
  const empty = await api.graphql<{ organizations: { nodes: { slug: string }[] } }>(PROVIDERS, { technology: 'tech.cache-probe' });
  expect(empty.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  await db.query(
    `INSERT INTO term (code, facet, parent_id, labels) VALUES ('tech.cache-probe', 'TECHNOLOGY', $1, '{"en": "Cache probe"}')`,
    [parent!.id],
  );
  const [org] = (await db.query(`SELECT id, slug FROM organization WHERE kind = 'SME' ORDER BY id LIMIT 1`)) as {
    id: number;
    slug: string;
  }[];
  await db.query(
    `INSERT INTO capability (organization_id, technology_id, stage_id, trl)
     SELECT $1, t.id, (SELECT id FROM term WHERE facet = 'STAGE' ORDER BY code LIMIT 1), 5 FROM term t WHERE t.code = 'tech.cache-probe'`,
    [org!.id],
  );
  const found = await api.graphql<{ organizations: { nodes: { slug: string }[] } }>(PROVIDERS, { technology: 'tech.cache-probe' });
  expect(found.body.errors).toBeUndefined();
  expect(found.body.data!.organizations.nodes.map((n) => n.slug)).toEqual([org!.slug]);
});

const onServer = isEmbedded() ? describe.skip : describe;

onServer('listening for term changes', () => {
  let listening: TestApi;

  beforeAll(async () => {
    listening = await startTestApi({ TERM_CHANGE_LISTENER: '1' });
  });

  afterAll(async () => {
    await listening.stop();
  });

  const technologyOf = (slug: string) => firstTechnology(slug, listening);

  it('runs no statement for the scheme while nothing changed, and shows a change made elsewhere within moments', async () => {
    const slug = await slugWithCapabilities();
    const first = await technologyOf(slug);
    const hit = await technologyOf(slug);
    expect(hit.technology).toEqual(first.technology);
    expect(hit.statements).toBe(first.statements - 1);
    const label = `Renamed while listening ${Date.now()}`;
    await db.query(`UPDATE term SET labels = jsonb_set(labels, '{en}', to_jsonb($2::text)) WHERE code = $1`, [
      first.technology.code,
      label,
    ]);
    const started = Date.now();
    let seen = await technologyOf(slug);
    while (seen.technology.label !== label && Date.now() - started < 2_000) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      seen = await technologyOf(slug);
    }
    expect(seen.technology.label).toBe(label);
    expect(Date.now() - started).toBeLessThan(2_000);
    // Settled again: cache hits.
    expect((await technologyOf(slug)).statements).toBe(hit.statements);
  });

  it('answers a term lookup without any statement once the scheme is kept', async () => {
    const query = `{ term(code: "app.automotive-mobility") { label } }`;
    const first = await listening.graphql<{ term: { label: string } | null }>(query);
    expect(first.body.data?.term?.label).toBeTruthy();
    const hit = await listening.graphql<{ term: { label: string } | null }>(query);
    expect(hit.body.data).toEqual(first.body.data);
    expect(hit.statements).toBe(0);
  });
});
