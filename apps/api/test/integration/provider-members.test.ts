import type { DataSource } from 'typeorm';
import { startTestApi, type TestApi } from '../support/api';
import { openTestDataSource, resetDatabase } from '../support/database';

/**
 * An application area's providers filtered by one technology are read from provider_member, kept
 * by triggers (the ProviderMembers migration). They must be the organizations that filtering the
 * whole list by that technology and area finds (the general statement), page by page, with the
 * same cursors and totals, after the demo load and after every kind of write that moves them.
 */
let api: TestApi;
let db: DataSource;

beforeAll(async () => {
  await resetDatabase({ demo: 200 });
  api = await startTestApi();
  db = await openTestDataSource();
});

afterAll(async () => {
  await api.stop();
  await db.destroy();
});

interface Page {
  nodes: { slug: string }[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  totalCount: number;
}

const PAGE = 'nodes { slug } pageInfo { endCursor hasNextPage } totalCount';

async function providersOf(technology: string, after: Record<string, string | null> = {}): Promise<Map<string, Page>> {
  const response = await api.graphql<{ terms: { nodes: { code: string; providers: Page }[] } }>(
    `query ($technology: String!) { terms(facet: APPLICATION, first: 100) { nodes { code providers(first: 3, filter: { technologies: [$technology] }) { ${PAGE} } } } }`,
    { technology },
  );
  expect(response.body.errors).toBeUndefined();
  const pages = new Map(response.body.data!.terms.nodes.map((term) => [term.code, term.providers]));
  // Second pages, each after its own area's cursor (one request per area: "after" is per field).
  for (const [code, cursor] of Object.entries(after)) {
    if (!cursor) continue;
    const next = await api.graphql<{ term: { providers: Page } }>(
      `query ($technology: String!, $code: String!, $after: String!) {
        term(code: $code) { providers(first: 3, after: $after, filter: { technologies: [$technology] }) { ${PAGE} } }
      }`,
      { technology, code, after: cursor },
    );
    expect(next.body.errors).toBeUndefined();
    pages.set(`${code} after`, next.body.data!.term.providers);
  }
  return pages;
}

async function filtered(technology: string, application: string, after: string | null = null): Promise<Page> {
  const response = await api.graphql<{ organizations: Page }>(
    `query ($technology: String!, $application: String!, $after: String) {
      organizations(first: 3, after: $after, filter: { technologies: [$technology], applications: [$application] }) { ${PAGE} }
    }`,
    { technology, application, after },
  );
  expect(response.body.errors).toBeUndefined();
  return response.body.data!.organizations;
}

/** Compares every area's first page, and the second page of those that have one, with the general statement. */
async function expectProvidersAsFiltered(technology: string): Promise<number> {
  const first = await providersOf(technology);
  const cursors = Object.fromEntries(
    [...first].filter(([, page]) => page.pageInfo.hasNextPage).map(([code, page]) => [code, page.pageInfo.endCursor]),
  );
  const pages = new Map([...first, ...(await providersOf(technology, cursors))]);
  let found = 0;
  for (const [key, page] of pages) {
    const [code, after] = key.split(' ');
    const expected = await filtered(technology, code!, after ? cursors[code!]! : null);
    expect({ key, ...page }).toEqual({ key, ...expected });
    found += page.nodes.length;
  }
  return found;
}

/** The API reads the scheme from a snapshot that a term change notification renews, soon after the commit. */
async function waitForParent(code: string, parent: string): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const response = await api.graphql<{ term: { parent: { code: string } | null } }>(
      'query ($code: String!) { term(code: $code) { parent { code } } }',
      {
        code,
      },
    );
    if (response.body.data?.term.parent?.code === parent) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the API never saw ${code} under ${parent}`);
}

const LASER = 'tech.light-sources-lasers';

/** The laser technologies: the root and every term under it, with their depth. */
const LASER_SUBTREE = `WITH RECURSIVE laser(id, code, depth) AS (
    SELECT id, code, 0 FROM term WHERE code = '${LASER}'
    UNION SELECT t.id, t.code, l.depth + 1 FROM term t JOIN laser l ON t.parent_id = l.id)`;

/** The laser root, one of its children with children of its own, and a leaf below, each held by some capability. */
async function technologies(): Promise<string[]> {
  const rows = (await db.query(
    `${LASER_SUBTREE}
     SELECT l.code, l.depth, NOT EXISTS (SELECT 1 FROM term k WHERE k.parent_id = l.id) AS leaf FROM laser l
     WHERE l.depth = 0 OR EXISTS (SELECT 1 FROM capability c WHERE c.technology_id = l.id) ORDER BY l.depth, l.code`,
  )) as { code: string; depth: number; leaf: boolean }[];
  const child = rows.find((r) => r.depth === 1 && !r.leaf);
  const leaf = rows.find((r) => r.depth >= 2 && r.leaf);
  expect(child && leaf).toBeTruthy();
  return [LASER, child!.code, leaf!.code];
}

describe("an application area's providers for one technology", () => {
  it('are the organizations the general statement finds, after the demo load', async () => {
    let found = 0;
    for (const technology of await technologies()) found += await expectProvidersAsFiltered(technology);
    expect(found).toBeGreaterThan(20);
  });

  it('follow renames, deletions, new and changed capabilities, and moved terms', async () => {
    const [holder] = (await db.query(
      `${LASER_SUBTREE}
       SELECT o.id FROM organization o JOIN capability c ON c.organization_id = o.id
       WHERE c.technology_id IN (SELECT id FROM laser) AND o.deleted_at IS NULL ORDER BY o.name LIMIT 1 OFFSET 2`,
    )) as { id: number }[];
    // Renamed to sort first: it must move to the front of every page it is on.
    await db.query(`UPDATE organization SET name = 'AAA ' || name WHERE id = $1`, [holder!.id]);
    await expectProvidersAsFiltered(LASER);
    await db.query('UPDATE organization SET deleted_at = now() WHERE id = (SELECT min(o.id) FROM organization o WHERE o.id > $1)', [
      holder!.id,
    ]);
    await expectProvidersAsFiltered(LASER);
    // A capability moved to another technology, and a new one, with applications.
    await db.query(
      `${LASER_SUBTREE}
       UPDATE capability SET technology_id = (SELECT id FROM term WHERE code = $1)
       WHERE id = (SELECT min(c.id) FROM capability c WHERE c.technology_id NOT IN (SELECT id FROM laser))`,
      [LASER],
    );
    await db.query(
      `WITH c AS (INSERT INTO capability (organization_id, technology_id, stage_id, trl)
         SELECT o.id, (SELECT id FROM term WHERE code = $1), (SELECT min(id) FROM term WHERE facet = 'STAGE'), 5
         FROM organization o WHERE o.deleted_at IS NULL ORDER BY o.id DESC LIMIT 1 RETURNING id)
       INSERT INTO capability_application (capability_id, application_id)
       SELECT c.id, t.id FROM c CROSS JOIN term t WHERE t.facet = 'APPLICATION' AND t.parent_id IS NOT NULL ORDER BY t.id LIMIT 2`,
      [LASER],
    );
    await expectProvidersAsFiltered(LASER);
    // A technology subtree moved under another root: its holders now provide that root, no longer lasers.
    const [moved] = (await db.query(
      `SELECT t.id, t.code FROM term t JOIN term p ON p.id = t.parent_id
       WHERE p.code = $1 AND EXISTS (SELECT 1 FROM capability c WHERE c.technology_id = t.id) ORDER BY t.id LIMIT 1`,
      [LASER],
    )) as { id: number; code: string }[];
    await db.query(`UPDATE term SET parent_id = (SELECT id FROM term WHERE code = 'tech.optical-components') WHERE id = $1`, [moved!.id]);
    await waitForParent(moved!.code, 'tech.optical-components');
    expect(await expectProvidersAsFiltered(LASER)).toBeGreaterThan(0);
    expect(await expectProvidersAsFiltered('tech.optical-components')).toBeGreaterThan(0);
  });

  it('take the general statement for any other filter or order', async () => {
    const response = await api.graphql<{ terms: { nodes: { providers: Page }[] } }>(
      `{ terms(facet: APPLICATION, first: 5) { nodes { providers(first: 2, filter: { technologies: ["tech.no-such-term"] }) { ${PAGE} } } } }`,
    );
    expect(response.body.errors?.[0]?.message).toContain('Unknown term code "tech.no-such-term"');
  });
});
