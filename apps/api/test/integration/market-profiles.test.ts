import { startTestApi, type TestApi } from '../support/api';
import { resetDatabase } from '../support/database';
import { expectCodedError } from '../support/expect-error';

let api: TestApi;

beforeAll(async () => {
  await resetDatabase({ demo: 100 });
  api = await startTestApi();
});

afterAll(async () => {
  await api.stop();
});

interface Profile {
  country: { code: string };
  potential: number;
  sources: string[];
  contacts: { kind: string; name: string; organization: { slug: string } | null }[];
  regulations: { title: string; authority: string }[];
  tradeFairs: { name: string; startsOn: string }[];
  partnerClusters: { totalCount: number; nodes: { slug: string }[] };
  missions: { totalCount: number; nodes: { slug: string; outcomes: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
  interestedOrganizations: { totalCount: number };
}

const PROFILE = `query($country: String!, $application: String!, $from: String, $first: Int, $after: String) {
  targetMarket(country: $country, application: $application) {
    country { code } potential sources
    contacts { kind name organization { slug } }
    regulations { title authority }
    tradeFairs(from: $from) { name startsOn }
    partnerClusters(first: 10) { totalCount nodes { slug } }
    missions(first: $first, after: $after) { totalCount nodes { slug outcomes } pageInfo { hasNextPage endCursor } }
    interestedOrganizations(first: 1) { totalCount }
  }
}`;

describe('target-market profiles', () => {
  it('gathers contacts, partner clusters, regulations, fairs and past missions for Canada × advanced manufacturing', async () => {
    const res = await api.graphql<{ targetMarket: Profile }>(PROFILE, { country: 'CA', application: 'app.advanced-manufacturing' });
    expect(res.body.errors).toBeUndefined();
    const market = res.body.data!.targetMarket;
    expect(market.potential).toBe(78);
    expect(market.sources.length).toBeGreaterThan(0);
    expect(market.contacts).toContainEqual({ kind: 'CLUSTER', name: 'Optonique', organization: { slug: 'optonique' } });
    // Aéro Montréal is a contact for aerospace only.
    expect(market.contacts.map((c) => c.name)).not.toContain('Aéro Montréal');
    expect(market.partnerClusters.nodes).toEqual([{ slug: 'optonique' }]);
    expect(market.regulations.map((r) => r.authority)).toEqual(['Health Canada']);
    expect(market.regulations.map((r) => r.title)).not.toContain('Medical Devices Regulations (SOR/98-282)');
    expect(market.tradeFairs).toEqual([{ name: 'Photonics North', startsOn: '2027-06-01' }]);
    expect(market.missions.nodes.map((m) => m.slug)).toContain('eu-canada-cluster-matchmaking-toronto-2019');
    expect(market.missions.nodes.every((m) => m.outcomes.length > 0)).toBe(true);
  });

  it('adds the area-specific rows of another profile of the same country', async () => {
    const res = await api.graphql<{ targetMarket: Profile }>(PROFILE, { country: 'US', application: 'app.health-life-science' });
    const market = res.body.data!.targetMarket;
    expect(market.regulations.map((r) => r.title)).toContain('Premarket notification 510(k)');
    expect(market.regulations.map((r) => r.title)).not.toContain('International Traffic in Arms Regulations (ITAR)');
    expect(market.partnerClusters.nodes.map((n) => n.slug)).toEqual(['arizona-optics-valley', 'new-york-photonics']);
    const upcoming = await api.graphql<{ targetMarket: Profile }>(PROFILE, {
      country: 'US',
      application: 'app.health-life-science',
      from: '2026-06-01',
    });
    expect(upcoming.body.data!.targetMarket.tradeFairs.map((f) => f.startsOn)).toEqual(['2027-01-23', '2027-01-23']);
    expect(market.tradeFairs.length).toBe(3);
  });

  it('pages through missions with a cursor', async () => {
    const first = await api.graphql<{ targetMarket: Profile }>(PROFILE, {
      country: 'US',
      application: 'app.advanced-manufacturing',
      first: 1,
    });
    const missions = first.body.data!.targetMarket.missions;
    expect(missions.totalCount).toBeGreaterThan(1);
    const next = await api.graphql<{ targetMarket: Profile }>(PROFILE, {
      country: 'US',
      application: 'app.advanced-manufacturing',
      first: 1,
      after: missions.pageInfo.endCursor,
    });
    expect(next.body.data!.targetMarket.missions.nodes[0]!.slug).not.toBe(missions.nodes[0]!.slug);
  });

  it('keeps the statement count flat whatever the number of profiles listed', async () => {
    const LIST = `query($first: Int) { targetMarkets(first: $first) { nodes { contacts { name } regulations { title } tradeFairs { name }
      partnerClusters(first: 3) { nodes { slug } } missions(first: 3) { nodes { slug } } } } }`;
    const small = await api.graphql(LIST, { first: 2 });
    const large = await api.graphql(LIST, { first: 11 });
    expect(small.body.errors).toBeUndefined();
    expect(large.statements).toBe(small.statements);
  });

  it('answers unknown or bad keys with coded errors', async () => {
    expectCodedError(await api.graphql(PROFILE, { country: 'FR', application: 'app.advanced-manufacturing' }), 'NOT_FOUND');
    expectCodedError(await api.graphql(PROFILE, { country: 'ZZ', application: 'app.advanced-manufacturing' }), 'BAD_USER_INPUT', 'country');
    expectCodedError(await api.graphql(PROFILE, { country: 'US', application: 'tech.lasers' }), 'BAD_USER_INPUT', 'application');
    expectCodedError(
      await api.graphql(PROFILE, { country: 'US', application: 'app.advanced-manufacturing', from: '2027-13-01' }),
      'BAD_USER_INPUT',
      'from',
    );
  });
});
