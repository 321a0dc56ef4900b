import type { DataSource } from 'typeorm';
import { openTestDataSource, resetDatabase } from '../support/database';
import { startTestApi, type GraphqlResponse, type TestApi } from '../support/api';
import { expectCodedError } from '../support/expect-error';

let api: TestApi;
let db: DataSource;

beforeAll(async () => {
  await resetDatabase({ demo: 300 });
  api = await startTestApi();
  db = await openTestDataSource();
});

afterAll(async () => {
  await db.destroy();
  await api.stop();
});

interface Market {
  id: string;
  country: { code: string; name: string };
  potential: number;
  application: { code: string };
  interestedOrganizations: { totalCount: number; nodes: { slug: string }[] };
}

type MarketPage = { targetMarkets: { nodes: Market[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };

const MARKETS = `query($first: Int, $after: String, $country: String, $application: String) {
  targetMarkets(first: $first, after: $after, country: $country, application: $application) {
    totalCount
    nodes { id country { code name(lang: DE) } potential application { code }
            interestedOrganizations(first: 5) { totalCount nodes { slug } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe('target markets', () => {
  it('lists markets by potential, each with its application and interested organizations', async () => {
    const res = await api.graphql<{ targetMarkets: { totalCount: number; nodes: Market[] } }>(MARKETS, { first: 100 });
    expect(res.body.errors).toBeUndefined();
    const { nodes, totalCount } = res.body.data!.targetMarkets;
    expect(totalCount).toBe(11);
    expect(nodes[0]).toMatchObject({ country: { code: 'US', name: 'Vereinigte Staaten von Amerika' }, potential: 90 });
    const potentials = nodes.map((n) => n.potential);
    expect(potentials).toEqual([...potentials].sort((a, b) => b - a));
    expect(nodes.some((n) => n.interestedOrganizations.totalCount > 0)).toBe(true);
  });

  it('counts as interested the organizations exporting to the country for that application or for any', async () => {
    const res = await api.graphql<{ targetMarkets: { nodes: Market[] } }>(MARKETS, {
      country: 'US',
      application: 'app.advanced-manufacturing',
    });
    const market = res.body.data!.targetMarkets.nodes[0]!;
    const [expected] = (await db.query(
      `SELECT count(DISTINCT ei.organization_id)::int AS count FROM export_interest ei
       JOIN term t ON t.code = 'app.advanced-manufacturing'
       WHERE ei.country = 'US' AND (ei.application_id IS NULL OR ei.application_id = t.id)`,
    )) as { count: number }[];
    expect(expected!.count).toBeGreaterThan(0);
    expect(market.interestedOrganizations.totalCount).toBe(expected!.count);
  });

  it('keeps the statement count flat whatever the number of markets', async () => {
    const small = await api.graphql(MARKETS, { first: 2 });
    const large = await api.graphql(MARKETS, { first: 100 });
    expect(small.body.errors).toBeUndefined();
    expect(large.statements).toBe(small.statements);
  });

  it('filters by country and by application, descendants included', async () => {
    const ca = await api.graphql<{ targetMarkets: { nodes: Market[] } }>(MARKETS, { country: 'CA' });
    expect(ca.body.data!.targetMarkets.nodes.map((n) => n.country.code)).toEqual(['CA', 'CA', 'CA']);
    const health = await api.graphql<{ targetMarkets: { nodes: Market[] } }>(MARKETS, { application: 'app.health-life-science' });
    expect(health.body.errors).toBeUndefined();
    expect(health.body.data!.targetMarkets.nodes.length).toBeGreaterThanOrEqual(3);
  });

  it('pages with a cursor through markets of equal potential', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const res: GraphqlResponse<MarketPage> = await api.graphql<MarketPage>(MARKETS, { first: 2, after });
      seen.push(...res.body.data!.targetMarkets.nodes.map((n) => n.id));
      if (!res.body.data!.targetMarkets.pageInfo.hasNextPage) break;
      after = res.body.data!.targetMarkets.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(11);
    expect(new Set(seen).size).toBe(11);
  });

  it("lists an organization's export interests", async () => {
    const res = await api.graphql<{
      organization: { exportInterests: { country: { code: string }; application: { code: string } | null }[] };
    }>(`{ organization(slug: "optonique") { exportInterests { country { code } application { code } } } }`);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.organization.exportInterests).toEqual([{ country: { code: 'FR' }, application: { code: 'app.aerospace' } }]);
  });

  it('rejects bad input with coded errors', async () => {
    expectCodedError(await api.graphql(MARKETS, { first: 0 }), 'BAD_USER_INPUT', 'first');
    expectCodedError(await api.graphql(MARKETS, { first: 101 }), 'BAD_USER_INPUT', 'first');
    expectCodedError(await api.graphql(MARKETS, { after: 'WzEsMl0x' }), 'BAD_USER_INPUT', 'after');
    expectCodedError(await api.graphql(MARKETS, { country: 'ZZ' }), 'BAD_USER_INPUT', 'country');
    expectCodedError(await api.graphql(MARKETS, { application: 'app.no-such-area' }), 'BAD_USER_INPUT', 'application');
    expectCodedError(await api.graphql(MARKETS, { application: 'tech.lasers' }), 'BAD_USER_INPUT', 'application');
  });
});
