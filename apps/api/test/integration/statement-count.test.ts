import { openTestDataSource, resetDatabase } from '../support/database';
import { startTestApi, type TestApi } from '../support/api';

let api: TestApi;

beforeAll(async () => {
  await resetDatabase({ demo: 400 });
  api = await startTestApi();
});

afterAll(async () => {
  await api.stop();
});

const DEEP = `query Deep($first: Int!) {
  organizations(first: $first) {
    totalCount
    nodes {
      name
      clusters(first: 5) { totalCount nodes { slug members(first: 3) { nodes { slug } } } }
      capabilities(first: 10) {
        totalCount
        nodes {
          trl
          technology { code label(lang: DE) ancestors { code } parent { code } }
          stage { code }
          applications { code children { code } }
          organization { slug }
        }
      }
      needs(first: 5) { totalCount nodes { kind technology { code } stage { code } } }
      valueChainPositions { valueChain { slug } stages { position label } }
    }
  }
}`;

describe('SQL statements per request', () => {
  it('do not grow with the number of rows returned', async () => {
    const small = await api.graphql<{ organizations: { nodes: unknown[] } }>(DEEP, { first: 10 });
    const large = await api.graphql<{ organizations: { nodes: unknown[] } }>(DEEP, { first: 100 });
    expect(small.body.errors).toBeUndefined();
    expect(large.body.errors).toBeUndefined();
    expect(small.body.data!.organizations.nodes).toHaveLength(10);
    expect(large.body.data!.organizations.nodes).toHaveLength(100);
    expect(Number.isFinite(small.statements)).toBe(true);
    expect(large.statements).toBe(small.statements);
    expect(large.statements).toBeLessThanOrEqual(15);
  });
});

const COMMUNITIES_DEEP = `query Deep($first: Int!) {
  communities(first: $first) {
    nodes {
      slug
      terms { code }
      links(first: 3) { totalCount nodes { from { __typename } to { __typename } } }
      members(first: 5) {
        totalCount
        nodes {
          slug
          communities(first: 2) { nodes { slug } }
          agreements(first: 3) { totalCount nodes { slug signatories(first: 3) { totalCount nodes { slug } } } }
          events(first: 3) {
            totalCount
            nodes { slug organizer { slug } participants(first: 3) { totalCount nodes { role organization { slug } } } }
          }
        }
      }
    }
  }
}`;

describe('SQL statements of communities → members → agreements and events', () => {
  beforeAll(async () => {
    // Sixty more communities, each with the organizations that take part in events as members.
    const db = await openTestDataSource();
    try {
      await db.query(
        `INSERT INTO community (slug, name) SELECT 'bulk-community-' || g, 'Bulk community ' || lpad(g::text, 3, '0') FROM generate_series(1, 60) g`,
      );
      await db.query(
        `INSERT INTO community_member (community_id, organization_id)
         SELECT c.id, p.organization_id FROM community c CROSS JOIN (SELECT DISTINCT organization_id FROM event_participant) p
         WHERE c.slug LIKE 'bulk-community-%'`,
      );
    } finally {
      await db.destroy();
    }
  });

  it('do not grow with the number of communities', async () => {
    const small = await api.graphql<{ communities: { nodes: { members: { nodes: unknown[] } }[] } }>(COMMUNITIES_DEEP, { first: 5 });
    const large = await api.graphql<{ communities: { nodes: { members: { nodes: unknown[] } }[] } }>(COMMUNITIES_DEEP, { first: 50 });
    expect(small.body.errors).toBeUndefined();
    expect(large.body.errors).toBeUndefined();
    expect(small.body.data!.communities.nodes).toHaveLength(5);
    expect(large.body.data!.communities.nodes).toHaveLength(50);
    expect(large.body.data!.communities.nodes.every((c) => c.members.nodes.length === 5)).toBe(true);
    expect(Number.isFinite(small.statements)).toBe(true);
    expect(large.statements).toBe(small.statements);
    expect(large.statements).toBeLessThanOrEqual(25);
  });
});
