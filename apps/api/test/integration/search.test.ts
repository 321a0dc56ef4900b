import { RELEVANCE_WINDOW } from '../../src/modules/search/search-text';
import { resetDatabase } from '../support/database';
import { startTestApi, type TestApi } from '../support/api';
import { expectCodedError } from '../support/expect-error';

let api: TestApi;

beforeAll(async () => {
  await resetDatabase({ demo: 300 });
  api = await startTestApi();
});

afterAll(async () => {
  await api.stop();
});

interface Hit {
  __typename: 'Organization' | 'Term' | 'Community';
  slug?: string;
  code?: string;
  name?: string;
}
interface SearchPage {
  search: { totalCount: number; edges: { cursor: string; node: Hit }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

const SEARCH = `query($query: String!, $first: Int, $after: String) {
  search(query: $query, first: $first, after: $after) {
    totalCount
    edges { cursor node { __typename ... on Organization { slug name } ... on Community { slug name } ... on Term { code } ... on KnowledgeArticle { slug } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe('search', () => {
  it('finds organizations, tolerant of typos and accents, best match first', async () => {
    for (const query of ['fraunhofer', 'fraunhofr', 'Fraunhöfer']) {
      const res = await api.graphql<SearchPage>(SEARCH, { query, first: 5 });
      expect(res.body.errors).toBeUndefined();
      const top = res.body.data!.search.edges[0]!.node;
      expect(top.__typename).toBe('Organization');
      expect(top.name).toMatch(/Fraunhofer/);
    }
  });

  it('returns communities and terms in the same ranked list', async () => {
    const res = await api.graphql<SearchPage>(SEARCH, { query: 'photonic integrated circuits', first: 20 });
    expect(res.body.errors).toBeUndefined();
    const types = new Set(res.body.data!.search.edges.map((e) => e.node.__typename));
    expect(types).toContain('Community');
    const top = res.body.data!.search.edges.slice(0, 3).map((e) => e.node);
    expect(top).toContainEqual(expect.objectContaining({ __typename: 'Community', slug: 'photonic-integrated-circuits' }));
    expect(top).toContainEqual(expect.objectContaining({ __typename: 'Term' }));
    const lasers = await api.graphql<SearchPage>(SEARCH, { query: 'laser', first: 50 });
    expect(lasers.body.data!.search.edges.some((e) => e.node.__typename === 'Term')).toBe(true);
  });

  /** Every page of a search, forward, `first` at a time (at most 50 pages). */
  async function allPages(query: string, first: number): Promise<{ total: number; hits: Hit[] }> {
    const hits: Hit[] = [];
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 50; i++) {
      const res: { body: { data?: SearchPage | null } } = await api.graphql<SearchPage>(SEARCH, { query, first, after });
      const page: SearchPage['search'] = res.body.data!.search;
      total = page.totalCount;
      hits.push(...page.edges.map((e) => e.node));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    return { total, hits };
  }

  it('pages through every result once, with a total matching the pages (fewer organizations than the ranked window)', async () => {
    const { total, hits } = await allPages('photonics', 25);
    const seen = hits.map((hit) => `${hit.__typename}:${hit.slug ?? hit.code}`);
    expect(total).toBeGreaterThan(25);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('ranks the newest organizations of a broad search and counts every match', async () => {
    // Every generated description says what the organization is "working on".
    const { total, hits } = await allPages('working', 50);
    const organizations = hits.filter((hit) => hit.__typename === 'Organization').map((hit) => hit.slug!);
    expect(total).toBeGreaterThan(RELEVANCE_WINDOW);
    expect(organizations).toHaveLength(RELEVANCE_WINDOW);
    expect(new Set(organizations).size).toBe(RELEVANCE_WINDOW);
  });

  it('keeps the statement count bounded whatever the page size', async () => {
    // The page, one loader per kind present (organizations, communities, the taxonomy, knowledge articles) and the total.
    const small = await api.graphql<SearchPage>(SEARCH, { query: 'photonics', first: 5 });
    const large = await api.graphql<SearchPage>(SEARCH, { query: 'photonics', first: 100 });
    expect(new Set(large.body.data!.search.edges.map((e) => e.node.__typename)).size).toBe(4);
    expect(small.statements).toBeLessThanOrEqual(6);
    expect(large.statements).toBe(6);
  });

  it('gives an empty result for an empty query', async () => {
    for (const query of ['', '   ']) {
      const res = await api.graphql<SearchPage>(SEARCH, { query });
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data!.search).toEqual({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
    }
  });

  it('rejects bad input with coded errors', async () => {
    expectCodedError(await api.graphql(SEARCH, { query: 'x'.repeat(201) }), 'BAD_USER_INPUT', 'query');
    expectCodedError(await api.graphql(SEARCH, { query: 'x'.repeat(10_000) }), 'BAD_USER_INPUT', 'query');
    expectCodedError(await api.graphql(SEARCH, { query: 'laser', first: 0 }), 'BAD_USER_INPUT', 'first');
    expectCodedError(await api.graphql(SEARCH, { query: 'laser', first: 101 }), 'BAD_USER_INPUT', 'first');
    expectCodedError(await api.graphql(SEARCH, { query: 'laser', after: 'WyJ4IiwxXQ' }), 'BAD_USER_INPUT', 'after');
    expectCodedError(await api.graphql(SEARCH, { query: 'laser', after: '***' }), 'BAD_USER_INPUT', 'after');
  });
});
