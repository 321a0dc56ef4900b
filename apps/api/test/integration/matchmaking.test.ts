import { openTestDataSource, resetDatabase } from '../support/database';
import { startTestApi, type TestApi } from '../support/api';
import { NetworkFixture } from '../support/network-fixture';

let api: TestApi;
const ids: Record<string, number> = {};
const AUTO = 'app.automotive-mobility';

/** A small network whose right ranking is worked out by hand from the weights in docs/matchmaking.md. */
beforeAll(async () => {
  await resetDatabase('taxonomy');
  const dataSource = await openTestDataSource();
  try {
    const f = await NetworkFixture.open(dataSource);
    const org = async (slug: string, country: string, kind = 'SME') => (ids[slug] = await f.organization({ slug, country, kind }));
    const clusterA = await org('cluster-a', 'FR', 'CLUSTER');
    const clusterB = await org('cluster-b', 'DE', 'CLUSTER');
    const seeker = await org('seeker', 'FR');
    await f.member(seeker, clusterA);
    await f.capability(seeker, 'tech.leds', 'stage.modules-subsystems', 6, [AUTO]);
    ids.laserNeed = await f.need(seeker, { kind: 'PARTNER', technology: 'tech.lasers' });
    ids.marketNeed = await f.need(seeker, { kind: 'MARKET_ACCESS', country: 'CA' });
    await f.exportInterest(seeker, 'US');
    // 40 needed technology + 8 shared application + 15 adjacent stage + 10 TRL + 5 other cluster + 5 market = 83
    const supplier = await org('laser-supplier', 'DE');
    await f.member(supplier, clusterB);
    await f.capability(supplier, 'tech.fibre-lasers', 'stage.components', 8, [AUTO]);
    await f.exportInterest(supplier, 'US');
    // 40: needed technology only (same cluster, TRL below, no shared application)
    const sameCluster = await org('same-cluster-laser', 'FR');
    await f.member(sameCluster, clusterA);
    await f.capability(sameCluster, 'tech.fibre-lasers', 'stage.end-use', 5, []);
    // 18: shared application + TRL
    const integrator = await org('auto-integrator', 'IT');
    await f.capability(integrator, 'tech.leds', 'stage.integration-services', 7, [AUTO]);
    // 8 each: a tie, broken by id
    for (const slug of ['tie-first', 'tie-second']) await f.capability(await org(slug, 'ES'), 'tech.leds', 'stage.end-use', 3, [AUTO]);
    // no match: nothing in common; a cluster with the right technology is never a candidate
    await f.capability(await org('unrelated', 'ES'), 'tech.leds', 'stage.end-use', 9, ['app.health-life-science']);
    await f.capability(clusterB, 'tech.fibre-lasers', 'stage.components', 9, [AUTO]);
    await org('canada-partner', 'CA');
    ids.otherNeed = await f.need(integrator, { kind: 'FUNDING' });
  } finally {
    await dataSource.destroy();
  }
  api = await startTestApi();
});

afterAll(async () => {
  await api.stop();
});

const globalId = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');

interface MatchPage {
  matches: {
    totalCount: number;
    nodes: {
      score: number;
      organization: { slug: string };
      reasons: { kind: string; points: number; explanation: string; countries: string[]; terms: { code: string }[] }[];
    }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const MATCHES = `query($organization: String!, $need: ID, $first: Int, $after: String) {
  matches(organization: $organization, need: $need, first: $first, after: $after) {
    totalCount nodes { score organization { slug } reasons { kind points explanation countries terms { code } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const ranking = (page: MatchPage) => page.matches.nodes.map((n) => [n.organization.slug, n.score]);

describe('matches', () => {
  it('ranks complementary organizations by score, ties by id, with typed reasons', async () => {
    const res = await api.graphql<MatchPage>(MATCHES, { organization: 'seeker', first: 10 });
    expect(res.body.errors).toBeUndefined();
    expect(ranking(res.body.data!)).toEqual([
      ['laser-supplier', 83],
      ['same-cluster-laser', 40],
      ['auto-integrator', 18],
      ['tie-first', 8],
      ['tie-second', 8],
    ]);
    const best = res.body.data!.matches.nodes[0]!;
    expect(best.reasons.map((r) => [r.kind, r.points])).toEqual([
      ['NEEDED_TECHNOLOGY', 40],
      ['SHARED_APPLICATION', 8],
      ['ADJACENT_STAGE', 15],
      ['TRL_FIT', 10],
      ['DIFFERENT_CLUSTER', 5],
      ['COMMON_TARGET_MARKET', 5],
    ]);
    expect(best.reasons[0]!.terms.map((t) => t.code)).toEqual(['tech.lasers', 'tech.fibre-lasers']);
    expect(best.reasons[0]!.explanation).toMatch(/Fibre lasers/i);
    expect(best.reasons[4]!.explanation).toMatch(/cluster b/);
    expect(best.reasons[5]!.countries).toEqual(['US']);
    expect(res.body.data!.matches.totalCount).toBe(5);
  });

  it('pages with cursors in the same order', async () => {
    const first = await api.graphql<MatchPage>(MATCHES, { organization: 'seeker', first: 2 });
    expect(first.body.data!.matches.pageInfo.hasNextPage).toBe(true);
    const next = await api.graphql<MatchPage>(MATCHES, {
      organization: 'seeker',
      first: 2,
      after: first.body.data!.matches.pageInfo.endCursor,
    });
    expect(ranking(next.body.data!)).toEqual([
      ['auto-integrator', 18],
      ['tie-first', 8],
    ]);
  });

  it('for a need, returns only organizations that answer it', async () => {
    const laser = await api.graphql<MatchPage>(MATCHES, { organization: 'seeker', need: globalId('Need', ids.laserNeed!), first: 10 });
    expect(laser.body.errors).toBeUndefined();
    expect(ranking(laser.body.data!)).toEqual([
      ['laser-supplier', 83],
      ['same-cluster-laser', 40],
    ]);
    const market = await api.graphql<MatchPage>(MATCHES, { organization: 'seeker', need: globalId('Need', ids.marketNeed!), first: 10 });
    expect(ranking(market.body.data!)).toEqual([['canada-partner', 25]]);
    expect(market.body.data!.matches.nodes[0]!.reasons[0]).toMatchObject({ kind: 'MARKET_PRESENCE', countries: ['CA'] });
  });

  it('gives each organization its matches in a fixed number of statements', async () => {
    const query = `query($n: Int) { organizations(first: $n, filter: { kinds: [SME] }) { nodes { slug matches(first: 3) { nodes { score organization { slug } reasons { kind terms { code } } } } } } }`;
    const two = await api.graphql<{
      organizations: { nodes: { slug: string; matches: { nodes: { organization: { slug: string } }[] } }[] };
    }>(query, { n: 2 });
    const all = await api.graphql<{
      organizations: { nodes: { slug: string; matches: { nodes: { organization: { slug: string } }[] } }[] };
    }>(query, { n: 20 });
    expect(all.body.errors).toBeUndefined();
    expect(all.body.data!.organizations.nodes.length).toBeGreaterThan(5);
    // Candidate profiles already loaded as sources are not fetched again, so more rows can even mean fewer statements.
    expect(all.statements).toBeLessThanOrEqual(two.statements);
    expect(two.statements).toBeLessThanOrEqual(6);
    const seeker = all.body.data!.organizations.nodes.find((n) => n.slug === 'seeker')!;
    expect(seeker.matches.nodes.map((m) => m.organization.slug)).toEqual(['laser-supplier', 'same-cluster-laser', 'auto-integrator']);
  });

  it('answers NOT_FOUND for an unknown organization', async () => {
    const res = await api.graphql(MATCHES, { organization: 'nobody', first: 5 });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it.each([
    [{ first: 0 }, 'first'],
    [{ first: 101 }, 'first'],
    [{ first: 5, after: '!!' }, 'after'],
    [{ first: 5, need: 'not-an-id' }, 'need'],
    [{ first: 5, need: globalId('Organization', 1) }, 'need'],
  ])('rejects %j naming %s', async (variables, argument) => {
    const res = await api.graphql(MATCHES, { organization: 'seeker', ...variables });
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: argument });
  });

  it("rejects another organization's need", async () => {
    const res = await api.graphql(MATCHES, { organization: 'seeker', need: globalId('Need', ids.otherNeed!), first: 5 });
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'need' });
  });
});
