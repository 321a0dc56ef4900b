import { resetDatabase } from '../support/database';
import { startTestApi, type TestApi } from '../support/api';
import { expectCodedError, globalId } from '../support/expect-error';

let api: TestApi;

beforeAll(async () => {
  await resetDatabase({ demo: 200 });
  api = await startTestApi();
});

afterAll(async () => {
  await api.stop();
});

interface Community {
  id: string;
  slug: string;
  name: string;
}
interface LinkNode {
  kind: string;
  status: string;
  from: { __typename: string; slug: string } | null;
  to: { __typename: string; slug: string } | null;
}

const COMMUNITIES = `query($first: Int, $after: String, $search: String, $terms: [String!]) {
  communities(first: $first, after: $after, search: $search, terms: $terms) {
    totalCount
    nodes { id slug name }
    pageInfo { hasNextPage endCursor }
  }
}`;

const END = `__typename ... on Community { slug } ... on Organization { slug }`;

describe('communities', () => {
  it('lists every community by name, page after page', async () => {
    const first = await api.graphql<{
      communities: { totalCount: number; nodes: Community[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    }>(COMMUNITIES, { first: 4 });
    expect(first.body.errors).toBeUndefined();
    const page = first.body.data!.communities;
    expect(page.totalCount).toBe(6);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const second = await api.graphql<{ communities: { nodes: Community[]; pageInfo: { hasNextPage: boolean } } }>(COMMUNITIES, {
      first: 4,
      after: page.pageInfo.endCursor,
    });
    const names = [...page.nodes, ...second.body.data!.communities.nodes].map((c) => c.name);
    expect(names).toHaveLength(6);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : 1)));
    expect(second.body.data!.communities.pageInfo.hasNextPage).toBe(false);
  });

  it('finds communities by text, with typos, and by term including descendants', async () => {
    const text = await api.graphql<{ communities: { nodes: Community[] } }>(COMMUNITIES, { search: 'integrated circuts' });
    expect(text.body.data!.communities.nodes.map((c) => c.slug)).toContain('photonic-integrated-circuits');
    const accent = await api.graphql<{ communities: { nodes: Community[] } }>(COMMUNITIES, { search: 'Sënsing' });
    expect(accent.body.data!.communities.nodes.map((c) => c.slug)).toContain('sensing-industry-4-0');
    // The community is tagged with specific terms; the root of one of them matches through its descendants.
    const tagged = await api.graphql<{ community: { terms: { code: string; ancestors: { code: string }[] }[] } }>(
      `{ community(slug: "photonics-for-health") { terms { code ancestors { code } } } }`,
    );
    const child = tagged.body.data!.community.terms.find((t) => t.ancestors.length > 0)!;
    const root = child.ancestors.at(-1)!.code;
    expect(tagged.body.data!.community.terms.map((t) => t.code)).not.toContain(root);
    const byTerm = await api.graphql<{ communities: { nodes: Community[] } }>(COMMUNITIES, { terms: [root] });
    expect(byTerm.body.errors).toBeUndefined();
    expect(byTerm.body.data!.communities.nodes.map((c) => c.slug)).toContain('photonics-for-health');
  });

  it('shows a community with its members, terms, links and the members’ communities in few statements', async () => {
    const res = await api.graphql<{
      community: {
        slug: string;
        terms: { code: string }[];
        members: { totalCount: number; nodes: { slug: string; communities: { nodes: { slug: string }[] } }[] };
        links: { totalCount: number; nodes: LinkNode[] };
      };
    }>(`{
      community(slug: "photonics-advanced-manufacturing") {
        slug
        terms { code }
        members(first: 10) { totalCount nodes { slug communities(first: 10) { nodes { slug } } } }
        links(first: 10) { totalCount nodes { kind status from { ${END} } to { ${END} } } }
      }
    }`);
    expect(res.body.errors).toBeUndefined();
    const community = res.body.data!.community;
    expect(community.members.totalCount).toBe(6);
    expect(community.members.nodes.map((m) => m.slug)).toEqual(expect.arrayContaining(['optonique', 'arizona-optics-valley']));
    for (const member of community.members.nodes) {
      expect(member.communities.nodes.map((c) => c.slug)).toContain('photonics-advanced-manufacturing');
    }
    expect(community.terms.length).toBeGreaterThan(3);
    // Either side: two accepted links and one declined where it was asked.
    expect(community.links.totalCount).toBe(3);
    for (const link of community.links.nodes) {
      expect(link.kind).toBe('COMMUNITY');
      expect([link.from?.slug, link.to?.slug]).toContain('photonics-advanced-manufacturing');
      expect(link.from?.__typename).toBe('Community');
    }
    const accepted = await api.graphql<{ community: { links: { totalCount: number } } }>(
      `{ community(slug: "photonics-advanced-manufacturing") { links(first: 10, status: ACCEPTED) { totalCount } } }`,
    );
    expect(accepted.body.data!.community.links.totalCount).toBe(2);
  });

  it('fetches a community through node(id:)', async () => {
    const list = await api.graphql<{ communities: { nodes: Community[] } }>(COMMUNITIES, { first: 1 });
    const { id, slug } = list.body.data!.communities.nodes[0]!;
    const res = await api.graphql<{ node: { slug: string } }>(`query($id: ID!) { node(id: $id) { ... on Community { slug } } }`, { id });
    expect(res.body.data!.node.slug).toBe(slug);
  });

  it('rejects bad input with coded errors', async () => {
    expectCodedError(await api.graphql(COMMUNITIES, { first: 0 }), 'BAD_USER_INPUT', 'first');
    expectCodedError(await api.graphql(COMMUNITIES, { first: 101 }), 'BAD_USER_INPUT', 'first');
    expectCodedError(await api.graphql(COMMUNITIES, { after: 'not a cursor!' }), 'BAD_USER_INPUT', 'after');
    expectCodedError(await api.graphql(COMMUNITIES, { terms: ['tech.no-such-term'] }), 'BAD_USER_INPUT', 'terms');
    expectCodedError(await api.graphql(COMMUNITIES, { search: 'x'.repeat(10_000) }), 'BAD_USER_INPUT', 'search');
    expectCodedError(await api.graphql(`{ community(slug: "no-such-community") { id } }`), 'NOT_FOUND');
  });
});

describe('links', () => {
  const LINKS = `query($kind: LinkKind, $status: LinkStatus, $first: Int) {
    links(kind: $kind, status: $status, first: $first) { totalCount nodes { kind status from { ${END} } to { ${END} } } }
  }`;

  it('lists links of both kinds, with community and cluster ends', async () => {
    const all = await api.graphql<{ links: { totalCount: number; nodes: LinkNode[] } }>(LINKS, { first: 100 });
    expect(all.body.errors).toBeUndefined();
    expect(all.body.data!.links.totalCount).toBe(11);
    const clusters = await api.graphql<{ links: { totalCount: number; nodes: LinkNode[] } }>(LINKS, {
      kind: 'CLUSTER',
      status: 'ACCEPTED',
    });
    expect(clusters.body.data!.links.totalCount).toBe(5);
    for (const link of clusters.body.data!.links.nodes) {
      expect(link.from?.__typename).toBe('Organization');
      expect(link.to?.__typename).toBe('Organization');
    }
  });

  it("lists a cluster's links to other clusters, where it is either side", async () => {
    const res = await api.graphql<{ organization: { clusterLinks: { totalCount: number; nodes: LinkNode[] } } }>(
      `{ organization(slug: "optonique") { clusterLinks(first: 10) { totalCount nodes { status from { ${END} } to { ${END} } } } } }`,
    );
    expect(res.body.errors).toBeUndefined();
    const links = res.body.data!.organization.clusterLinks;
    expect(links.totalCount).toBe(2);
    expect(links.nodes.map((l) => l.from?.slug).sort()).toEqual(['alpha-rlh', 'produtech']);
  });

  it('rejects a page size out of range', async () => {
    expectCodedError(await api.graphql(LINKS, { first: 101 }), 'BAD_USER_INPUT', 'first');
  });
});

describe('linkPath', () => {
  const PATH = `query($from: ID!, $to: ID!) {
    linkPath(from: $from, to: $to) { length nodes { ${END} } links { status } }
  }`;

  async function idOf(kind: 'community' | 'organization', slug: string): Promise<string> {
    const res = await api.graphql<Record<string, { id: string }>>(`{ ${kind}(slug: "${slug}") { id } }`);
    return res.body.data![kind]!.id;
  }

  it('finds a shortest path over accepted links in either direction', async () => {
    // sensing <- advanced-manufacturing <- microwave: two accepted links, the first one walked backwards.
    const res = await api.graphql<{ linkPath: { length: number; nodes: { slug: string }[]; links: { status: string }[] } }>(PATH, {
      from: await idOf('community', 'sensing-industry-4-0'),
      to: await idOf('community', 'microwave-photonics-aerospace'),
    });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.linkPath.nodes.map((n) => n.slug)).toEqual([
      'sensing-industry-4-0',
      'photonics-advanced-manufacturing',
      'microwave-photonics-aerospace',
    ]);
    expect(res.body.data!.linkPath.length).toBe(2);
    expect(res.body.data!.linkPath.links.every((l) => l.status === 'ACCEPTED')).toBe(true);
  });

  it('finds a path between clusters and ignores links not accepted', async () => {
    const res = await api.graphql<{ linkPath: { nodes: { slug: string }[] } }>(PATH, {
      from: await idOf('organization', 'optonique'),
      to: await idOf('organization', 'arizona-optics-valley'),
    });
    expect(res.body.data!.linkPath.nodes.map((n) => n.slug)).toEqual(['optonique', 'alpha-rlh', 'arizona-optics-valley']);
    // produtech -> optonique is only REQUESTED: no path.
    const none = await api.graphql<{ linkPath: null }>(PATH, {
      from: await idOf('organization', 'produtech'),
      to: await idOf('organization', 'optonique'),
    });
    expect(none.body.errors).toBeUndefined();
    expect(none.body.data!.linkPath).toBeNull();
  });

  it('gives a path of one node from a community to itself, and null between unconnected communities', async () => {
    const id = await idOf('community', 'photonics-for-health');
    const self = await api.graphql<{ linkPath: { length: number; nodes: unknown[] } }>(PATH, { from: id, to: id });
    expect(self.body.data!.linkPath).toMatchObject({ length: 0 });
    expect(self.body.data!.linkPath.nodes).toHaveLength(1);
  });

  it('rejects IDs of the wrong type, a mix of community and cluster, and unknown IDs', async () => {
    const community = await idOf('community', 'photonics-for-health');
    const cluster = await idOf('organization', 'optonique');
    const sme = await api.graphql<{ organizations: { nodes: { id: string }[] } }>(
      `{ organizations(first: 1, filter: { kinds: [SME] }) { nodes { id } } }`,
    );
    expectCodedError(await api.graphql(PATH, { from: community, to: cluster }), 'BAD_USER_INPUT', 'to');
    expectCodedError(await api.graphql(PATH, { from: globalId('Term', 1), to: community }), 'BAD_USER_INPUT', 'from');
    expectCodedError(await api.graphql(PATH, { from: sme.body.data!.organizations.nodes[0]!.id, to: cluster }), 'BAD_USER_INPUT', 'from');
    expectCodedError(await api.graphql(PATH, { from: 'garbage!', to: cluster }), 'BAD_USER_INPUT', 'from');
    expectCodedError(await api.graphql(PATH, { from: community, to: globalId('Community', 999_999) }), 'NOT_FOUND');
  });
});
