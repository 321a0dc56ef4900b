import { startTestApi, type TestApi } from '../support/api';
import { resetDatabase } from '../support/database';
import { expectCodedError } from '../support/expect-error';

// The list's filters behind the portal's "more" links: each must give the same set as the
// `knowledge` field of the page it is linked from, and combine with the other filters.

let api: TestApi;

beforeAll(async () => {
  await resetDatabase({ demo: 30 });
  api = await startTestApi();
});

afterAll(async () => {
  await api.stop();
});

interface Page {
  totalCount: number;
  nodes: { slug: string }[];
}

async function list(args: string): Promise<Page> {
  const res = await api.graphql<{ knowledgeArticles: Page }>(`{ knowledgeArticles(first: 100, ${args}) { totalCount nodes { slug } } }`);
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.knowledgeArticles;
}

const slugs = (page: Page) => page.nodes.map((n) => n.slug);

describe('knowledgeArticles filters', () => {
  it('organization: the articles it wrote and the reports of missions it organized or took part in, as on its page', async () => {
    // new-york-photonics wrote nothing: the mission report is listed because it hosted the mission.
    expect(slugs(await list('author: "new-york-photonics"'))).toEqual([]);
    expect(slugs(await list('organization: "new-york-photonics"'))).toEqual(['mission-report-new-york-state-2019']);
    for (const slug of ['new-york-photonics', 'alpha-rlh', 'produtech', 'photonics-bw']) {
      const res = await api.graphql<{ organization: { knowledge: Page } }>(
        `query($slug: String!) { organization(slug: $slug) { knowledge(first: 100) { totalCount nodes { slug } } } }`,
        { slug },
      );
      const related = res.body.data!.organization.knowledge;
      expect(related.totalCount).toBeGreaterThan(0);
      expect(await list(`organization: "${slug}"`)).toEqual(related);
    }
  });

  it('community: articles tagged with one of its terms or written by one of its members, as on its page', async () => {
    // photonic-integrated-circuits: no article has its terms; photonics-bw, a member, wrote or co-wrote these two.
    expect(slugs(await list('community: "photonic-integrated-circuits"')).sort()).toEqual([
      'guide-export-readiness-first-steps',
      'leitfaden-clusterxchange-gruppenbesuch',
    ]);
    const res = await api.graphql<{ communities: { nodes: { slug: string; knowledge: Page }[] } }>(
      `{ communities(first: 50) { nodes { slug knowledge(first: 100) { totalCount nodes { slug } } } } }`,
    );
    expect(res.body.errors).toBeUndefined();
    const communities = res.body.data!.communities.nodes;
    expect(communities.length).toBeGreaterThan(3);
    for (const community of communities) {
      expect({ slug: community.slug, page: await list(`community: "${community.slug}"`) }).toEqual({
        slug: community.slug,
        page: community.knowledge,
      });
    }
  });

  it('combines with the other filters (AND)', async () => {
    const all = await list('community: "photonics-advanced-manufacturing"');
    const reports = await list('community: "photonics-advanced-manufacturing", kind: MISSION_REPORT');
    expect(reports.totalCount).toBeGreaterThan(0);
    expect(reports.totalCount).toBeLessThan(all.totalCount);
    expect(slugs(reports).every((slug) => slugs(all).includes(slug) && slug.startsWith('mission-report-'))).toBe(true);
    expect(slugs(await list('organization: "new-york-photonics", language: DE'))).toEqual([]);
  });

  it('terms: tagged with every one of them, descendants included', async () => {
    const manufacturing = slugs(await list('term: "app.advanced-manufacturing"'));
    const lasers = slugs(await list('term: "tech.lasers"'));
    const both = slugs(await list('terms: ["app.advanced-manufacturing", "tech.lasers"]'));
    expect(both.length).toBeGreaterThan(0);
    expect(both).toEqual(manufacturing.filter((slug) => lasers.includes(slug)));
    expect(both.length).toBeLessThan(manufacturing.length);
    expect(slugs(await list('term: "tech.lasers", terms: ["app.advanced-manufacturing"]'))).toEqual(both);
    expect(slugs(await list('terms: ["app.aerospace", "tech.microwave-photonics"]')).sort()).toEqual([
      'ateliers-intersectoriels-photonique-industrie',
      'market-study-north-america-photonics-industry-4-0',
    ]);
  });

  it('refuses unknown slugs and codes, and too many terms, naming the argument', async () => {
    expectCodedError(await api.graphql(`{ knowledgeArticles(community: "nope") { totalCount } }`), 'BAD_USER_INPUT', 'community');
    expectCodedError(await api.graphql(`{ knowledgeArticles(organization: "nope") { totalCount } }`), 'BAD_USER_INPUT', 'organization');
    expectCodedError(
      await api.graphql(`{ knowledgeArticles(terms: ["tech.lasers", "tech.nope"]) { totalCount } }`),
      'BAD_USER_INPUT',
      'terms[1]',
    );
    expectCodedError(
      await api.graphql(
        `{ knowledgeArticles(terms: ["tech.lasers", "tech.lasers", "tech.lasers", "tech.lasers", "tech.lasers", "tech.lasers"]) { totalCount } }`,
      ),
      'BAD_USER_INPUT',
      'terms',
    );
  });
});
