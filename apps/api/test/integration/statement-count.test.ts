import { resetDatabase } from '../support/database';
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
