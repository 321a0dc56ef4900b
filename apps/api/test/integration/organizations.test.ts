import { decodeCursor } from '../../src/graphql/pagination';
import { RELEVANCE_WINDOW } from '../../src/modules/search/search-text';
import { openTestDataSource, resetDatabase } from '../support/database';
import { startTestApi, type TestApi } from '../support/api';

let api: TestApi;

beforeAll(async () => {
  await resetDatabase({ demo: 300 });
  api = await startTestApi();
});

afterAll(async () => {
  await api.stop();
});

interface OrgPage {
  organizations: {
    totalCount: number;
    edges: { cursor: string; node: { slug: string; name: string; country: string; kind: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null; hasPreviousPage: boolean };
  };
}

const LIST = `query List($first: Int, $after: String, $last: Int, $before: String, $filter: OrganizationFilter, $sort: OrganizationSort) {
  organizations(first: $first, after: $after, last: $last, before: $before, filter: $filter, sort: $sort) {
    totalCount
    edges { cursor node { slug name country kind } }
    pageInfo { hasNextPage hasPreviousPage endCursor startCursor }
  }
}`;

describe('organizations', () => {
  it('pages through every organization by name with stable cursors and a total count', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 20; i++) {
      const res = await api.graphql<OrgPage>(LIST, { first: 100, after });
      expect(res.body.errors).toBeUndefined();
      const page: OrgPage['organizations'] = res.body.data!.organizations;
      total = page.totalCount;
      seen.push(...page.edges.map((e) => e.node.slug));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThan(300);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('pages backwards with last/before to the same items', async () => {
    const forward = await api.graphql<OrgPage>(LIST, { first: 10 });
    const tenth = forward.body.data!.organizations.edges[9]!.cursor;
    const backward = await api.graphql<OrgPage>(LIST, { last: 3, before: tenth });
    expect(backward.body.data!.organizations.edges.map((e) => e.node.slug)).toEqual(
      forward.body.data!.organizations.edges.slice(6, 9).map((e) => e.node.slug),
    );
    expect(backward.body.data!.organizations.pageInfo.hasPreviousPage).toBe(true);
  });

  it('finds an organization by slug, with typos and accents', async () => {
    for (const search of ['fraunhofer', 'fraunhofr', 'Fraunhöfer', 'FRAUNHOFER fep']) {
      const res = await api.graphql<OrgPage>(LIST, { first: 5, filter: { search } });
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data!.organizations.edges[0]?.node.name).toMatch(/Fraunhofer/);
    }
  });

  /** Every page of a list, forward, `first` at a time. */
  async function allPages(variables: Record<string, unknown>): Promise<{ total: number; edges: OrgPage['organizations']['edges'] }> {
    const edges: OrgPage['organizations']['edges'] = [];
    let after: string | null = null;
    for (;;) {
      const res = await api.graphql<OrgPage>(LIST, { ...variables, first: 30, after });
      expect(res.body.errors).toBeUndefined();
      const page: OrgPage['organizations'] = res.body.data!.organizations;
      edges.push(...page.edges);
      if (!page.pageInfo.hasNextPage) return { total: page.totalCount, edges };
      after = page.pageInfo.endCursor;
    }
  }

  it('ranks the newest matches of a broad search, counts them all, and ranks every match of a narrow one', async () => {
    // Every generated description says what the organization is "working on".
    const broad = await allPages({ filter: { search: 'working' } });
    expect(broad.total).toBeGreaterThan(RELEVANCE_WINDOW);
    expect(broad.edges).toHaveLength(RELEVANCE_WINDOW);
    const db = await openTestDataSource();
    try {
      const newest = (await db.query(
        `SELECT slug FROM organization WHERE deleted_at IS NULL AND (search_vector @@ to_tsquery('simple', 'working:*') OR 'working' <% name_folded)
         ORDER BY id DESC LIMIT ${RELEVANCE_WINDOW}`,
      )) as { slug: string }[];
      expect(new Set(broad.edges.map((e) => e.node.slug))).toEqual(new Set(newest.map((row) => row.slug)));
    } finally {
      await db.destroy();
    }
    // Best first: the ranks carried by the cursors never rise, and ties go newest first.
    const keys = broad.edges.map((e) => decodeCursor(e.cursor, 'cursor') as [number, number]);
    keys.slice(1).forEach(([rank, id], index) => {
      const [previousRank, previousId] = keys[index]!;
      expect(rank < previousRank || (rank === previousRank && id < previousId)).toBe(true);
    });

    const narrow = await allPages({ filter: { search: 'fraunhofer' } });
    expect(narrow.total).toBeLessThan(RELEVANCE_WINDOW);
    expect(narrow.edges).toHaveLength(narrow.total);
  });

  it('filters by technology including the descendants of the term', async () => {
    const terms = await api.graphql<{ terms: { nodes: { code: string }[] } }>(
      `{ terms(facet: TECHNOLOGY, rootsOnly: true, first: 100) { nodes { code } } }`,
    );
    const root = terms.body.data!.terms.nodes[0]!.code;
    const res = await api.graphql<OrgPage>(LIST, { first: 20, filter: { technologies: [root] } });
    expect(res.body.errors).toBeUndefined();
    // No capability points at a root term itself: every match comes through a descendant.
    expect(res.body.data!.organizations.totalCount).toBeGreaterThan(0);
  });

  it('filters by country and kind', async () => {
    const res = await api.graphql<OrgPage>(LIST, { first: 50, filter: { countries: ['FR'], kinds: ['CLUSTER'] } });
    expect(res.body.errors).toBeUndefined();
    const nodes = res.body.data!.organizations.edges.map((e) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((n) => n.country === 'FR' && n.kind === 'CLUSTER')).toBe(true);
  });

  it.each([
    [{ first: 0 }, 'first'],
    [{ first: 101 }, 'first'],
    [{ first: 10, after: 'not-a-cursor!' }, 'after'],
    [{ first: 10, after: 'bm90LWpzb24' }, 'after'],
    [{ first: 10, filter: { technologies: ['tech.does-not-exist'] } }, 'filter.technologies'],
    [{ first: 10, filter: { countries: ['XX'] } }, 'filter.countries'],
    [{ first: 10, filter: { minTrl: 12 } }, 'filter.minTrl'],
    [{ first: 10, filter: { search: 'x'.repeat(10_000) } }, 'filter.search'],
    [{ first: 10, sort: 'RELEVANCE' }, 'sort'],
  ])('refuses bad input %# with BAD_USER_INPUT naming %s', async (variables, argument) => {
    const res = await api.graphql(LIST, variables);
    expect(res.status).toBe(200);
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: argument });
  });

  it('answers an empty search with the unfiltered list and an unmatched one with an empty page', async () => {
    const empty = await api.graphql<OrgPage>(LIST, { first: 1, filter: { search: '   ' } });
    expect(empty.body.data!.organizations.totalCount).toBeGreaterThan(300);
    const none = await api.graphql<OrgPage>(LIST, { first: 5, filter: { search: 'zzqxwv' } });
    expect(none.body.data!.organizations).toMatchObject({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });
});

describe('positions in value chains', () => {
  it('lists the stored chains whose application an organization serves, with the stages it fills', async () => {
    const res = await api.graphql<{
      organizations: { nodes: { slug: string; valueChainPositions: { valueChain: { slug: string }; stages: { position: number }[] }[] }[] };
    }>(`{ organizations(first: 100) { nodes { slug valueChainPositions { valueChain { slug } stages { position } } } } }`);
    expect(res.body.errors).toBeUndefined();
    const positioned = res.body.data!.organizations.nodes.filter((o) => o.valueChainPositions.length > 0);
    expect(positioned.length).toBeGreaterThan(0);
    for (const o of positioned) for (const p of o.valueChainPositions) expect(p.stages.length).toBeGreaterThan(0);
  });
});

describe('node lookups', () => {
  it('fetches an organization by slug and by global ID', async () => {
    const bySlug = await api.graphql<{ organization: { id: string; name: string } }>(
      `{ organization(slug: "photonics-bretagne") { id name } }`,
    );
    expect(bySlug.body.errors).toBeUndefined();
    const id = bySlug.body.data!.organization.id;
    const byId = await api.graphql<{ node: { __typename: string; slug: string } }>(
      `query($id: ID!) { node(id: $id) { __typename ... on Organization { slug } } }`,
      { id },
    );
    expect(byId.body.data!.node).toEqual({ __typename: 'Organization', slug: 'photonics-bretagne' });
  });

  it('gives NOT_FOUND for an unknown slug and BAD_USER_INPUT for a malformed or mistyped ID', async () => {
    const unknown = await api.graphql(`{ organization(slug: "nobody-here") { id } }`);
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const malformed = await api.graphql(`{ node(id: "%%%") { id } }`);
    expect(malformed.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'id' });
    const missing = await api.graphql(`{ node(id: "${Buffer.from('Organization:999999').toString('base64url')}") { id } }`);
    expect(missing.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const wrongType = await api.graphql(`{ node(id: "${Buffer.from('Spaceship:1').toString('base64url')}") { id } }`);
    expect(wrongType.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
