import type { DataSource } from 'typeorm';
import { globalId, grant, signUpUser, type SignedInUser } from '../support/accounts';
import { startTestApi, type GraphqlResponse, type TestApi } from '../support/api';
import { openTestDataSource, resetDatabase } from '../support/database';
import { expectCodedError } from '../support/expect-error';
import { NetworkFixture } from '../support/network-fixture';

let api: TestApi;
let db: DataSource;
let fixture: NetworkFixture;

const O = (id: number) => globalId('Organization', id);
const F = (id: number) => globalId('FundingCall', id);

async function call(c: { slug: string; deadline: string; topics: string[]; eligible?: string[]; minCountries?: number }): Promise<number> {
  const [row] = (await db.query(
    `INSERT INTO funding_call (slug, programme, identifier, title, deadline, url, eligible_countries, min_countries)
     VALUES ($1, 'Test programme', upper($1), $1, $2, 'https://example.org/call', $3, $4) RETURNING id`,
    [c.slug, c.deadline, c.eligible ?? [], c.minCountries ?? 1],
  )) as { id: number }[];
  for (const topic of c.topics) {
    await db.query('INSERT INTO funding_call_topic (call_id, term_id) VALUES ($1, $2)', [row!.id, fixture.term(topic)]);
  }
  return row!.id;
}

beforeAll(async () => {
  await resetDatabase({ demo: 200 });
  api = await startTestApi();
  db = await openTestDataSource();
  fixture = await NetworkFixture.open(db);
});

afterAll(async () => {
  await db.destroy();
  await api.stop();
});

interface CallNode {
  slug: string;
  programme: string;
  deadline: string;
  eligibleCountries: { code: string }[];
  topics: { code: string }[];
}
type CallPage = { fundingCalls: { totalCount: number; nodes: CallNode[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };

const CALLS = `query($first: Int, $after: String, $programme: String, $topics: [String!], $eligibleCountry: String, $deadlineFrom: String, $deadlineTo: String) {
  fundingCalls(first: $first, after: $after, programme: $programme, topics: $topics, eligibleCountry: $eligibleCountry, deadlineFrom: $deadlineFrom, deadlineTo: $deadlineTo) {
    totalCount
    nodes { slug programme deadline eligibleCountries { code } topics { code } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe('funding calls', () => {
  it('lists the demo calls, soonest deadline first, with topics and eligibility', async () => {
    const res = await api.graphql<CallPage>(CALLS, { first: 100 });
    expect(res.body.errors).toBeUndefined();
    const { nodes, totalCount } = res.body.data!.fundingCalls;
    expect(totalCount).toBe(10);
    const deadlines = nodes.map((n) => n.deadline);
    expect(deadlines).toEqual([...deadlines].sort());
    const pic = nodes.find((n) => n.slug === 'he-cl4-pic-datacom-2027')!;
    expect(pic.topics.map((t) => t.code)).toContain('tech.photonic-integrated-circuits');
    expect(pic.eligibleCountries.map((c) => c.code)).toEqual(expect.arrayContaining(['DE', 'NO', 'CA']));
  });

  it('filters by programme, topic (with descendants), eligible country and deadline', async () => {
    const smp = await api.graphql<CallPage>(CALLS, { programme: 'Single Market Programme (COSME)' });
    expect(smp.body.data!.fundingCalls.nodes.map((n) => n.slug)).toEqual([
      'smp-cluster-internationalisation-2026',
      'smp-euroclusters-2027',
      'smp-cluster-internationalisation-2027',
    ]);
    // The calls tagged with tech.lasers, a descendant of the root asked for.
    const lasers = await api.graphql<CallPage>(CALLS, { topics: ['tech.light-sources-lasers'] });
    expect(lasers.body.data!.fundingCalls.nodes.map((n) => n.slug)).toEqual(['eurostars-2027-cut-off-1', 'eic-accelerator-2027-cut-off-1']);
    const korea = await api.graphql<CallPage>(CALLS, { eligibleCountry: 'KR' });
    expect(korea.body.data!.fundingCalls.nodes.map((n) => n.slug)).toEqual(['eurostars-2027-cut-off-1']);
    const open = await api.graphql<CallPage>(CALLS, { deadlineFrom: '2027-01-01', deadlineTo: '2027-03-31' });
    expect(open.body.data!.fundingCalls.nodes.map((n) => n.deadline)).toEqual(['2027-02-16', '2027-03-04', '2027-03-11', '2027-03-18']);
  });

  it('pages with a cursor through every call once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 20; i++) {
      const res: GraphqlResponse<CallPage> = await api.graphql<CallPage>(CALLS, { first: 3, after });
      seen.push(...res.body.data!.fundingCalls.nodes.map((n) => n.slug));
      if (!res.body.data!.fundingCalls.pageInfo.hasNextPage) break;
      after = res.body.data!.fundingCalls.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(10);
    expect(new Set(seen).size).toBe(10);
  });

  it('rejects bad filters with coded errors naming the argument', async () => {
    expectCodedError(await api.graphql(CALLS, { first: 0 }), 'BAD_USER_INPUT', 'first');
    expectCodedError(await api.graphql(CALLS, { after: 'WzEsMl0x' }), 'BAD_USER_INPUT', 'after');
    expectCodedError(await api.graphql(CALLS, { topics: ['tech.no-such-thing'] }), 'BAD_USER_INPUT', 'topics');
    expectCodedError(await api.graphql(CALLS, { eligibleCountry: 'ZZ' }), 'BAD_USER_INPUT', 'eligibleCountry');
    expectCodedError(await api.graphql(CALLS, { deadlineFrom: '2027-02-30' }), 'BAD_USER_INPUT', 'deadlineFrom');
    expectCodedError(await api.graphql(`{ fundingCall(slug: "no-such-call") { id } }`), 'NOT_FOUND');
  });
});

interface Fit {
  call: { slug: string };
  score: number;
  reasons: { kind: string; points: number; explanation: string }[];
}
type FitPage = { fundingCallsFor: { totalCount: number; nodes: Fit[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
const FITS = `query($id: ID!, $openOn: String, $first: Int, $after: String) {
  fundingCallsFor(organizationId: $id, openOn: $openOn, first: $first, after: $after) {
    totalCount nodes { call { slug } score reasons { kind points explanation } } pageInfo { hasNextPage endCursor }
  }
}`;

describe('calls that fit an organization', () => {
  let sme: number;

  beforeAll(async () => {
    // Hand-made: calls open only in 2099, so that no demo call competes.
    sme = await fixture.organization({ slug: 'fit-test-laser-sme', country: 'DE' });
    await fixture.capability(sme, 'tech.fibre-lasers', 'stage.systems-equipment', 7, ['app.advanced-manufacturing']);
    await fixture.need(sme, { kind: 'FUNDING' });
    await fixture.need(sme, { kind: 'PARTNER', technology: 'tech.machine-vision' });
    await call({
      slug: 'fit-best',
      deadline: '2099-05-01',
      topics: ['tech.lasers', 'app.advanced-manufacturing', 'stage.systems-equipment'],
      eligible: ['DE', 'FR'],
    });
    await call({ slug: 'fit-needed-technology', deadline: '2099-02-01', topics: ['tech.machine-vision', 'app.health-life-science'] });
    await call({ slug: 'fit-not-eligible', deadline: '2099-02-01', topics: ['tech.fibre-lasers'], eligible: ['FR'] });
    await call({ slug: 'fit-unrelated', deadline: '2099-02-01', topics: ['app.health-life-science'] });
    await call({ slug: 'fit-closed', deadline: '2098-06-01', topics: ['tech.fibre-lasers'] });
    await call({ slug: 'fit-application-late', deadline: '2099-09-01', topics: ['app.advanced-manufacturing'] });
    await call({ slug: 'fit-application-early', deadline: '2099-03-01', topics: ['app.advanced-manufacturing'] });
  });

  it('ranks the open, eligible calls by score, ties by deadline, with the reasons', async () => {
    const res = await api.graphql<FitPage>(FITS, { id: O(sme), openOn: '2098-12-31' });
    expect(res.body.errors).toBeUndefined();
    const fits = res.body.data!.fundingCallsFor.nodes;
    expect(fits.map((f) => [f.call.slug, f.score])).toEqual([
      ['fit-best', 70],
      ['fit-application-early', 30],
      ['fit-application-late', 30],
      ['fit-needed-technology', 25],
    ]);
    expect(fits[0]!.reasons.map((r) => [r.kind, r.points])).toEqual([
      ['TECHNOLOGY_TOPIC', 30],
      ['APPLICATION_TOPIC', 20],
      ['STAGE_TOPIC', 10],
      ['FUNDING_NEED', 10],
    ]);
    expect(fits[0]!.reasons[0]!.explanation).toMatch(/Lasers/);
    expect(fits[3]!.reasons[0]).toMatchObject({ kind: 'NEEDED_TECHNOLOGY', points: 15 });
    expect(res.body.data!.fundingCallsFor.totalCount).toBe(4);
  });

  it('pages through the ranking with cursors', async () => {
    const first = await api.graphql<FitPage>(FITS, { id: O(sme), openOn: '2098-12-31', first: 3 });
    const page = first.body.data!.fundingCallsFor;
    expect(page.pageInfo.hasNextPage).toBe(true);
    const second = await api.graphql<FitPage>(FITS, { id: O(sme), openOn: '2098-12-31', first: 3, after: page.pageInfo.endCursor });
    expect(second.body.data!.fundingCallsFor.nodes.map((f) => f.call.slug)).toEqual(['fit-needed-technology']);
  });

  it('fits demo calls to a demo organization today', async () => {
    const [fep] = (await db.query(`SELECT id FROM organization WHERE slug = 'fraunhofer-fep'`)) as { id: number }[];
    const res = await api.graphql<FitPage>(FITS, { id: O(fep!.id), openOn: '2027-01-01' });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.fundingCallsFor.nodes[0]!.call.slug).toBe('i3-strand1-printed-electronics-2027');
  });

  it('rejects a bad organization or date', async () => {
    expectCodedError(await api.graphql(FITS, { id: O(999999) }), 'NOT_FOUND');
    expectCodedError(await api.graphql(FITS, { id: globalId('Term', 1) }), 'BAD_USER_INPUT', 'organizationId');
    expectCodedError(await api.graphql(FITS, { id: O(sme), openOn: 'tomorrow' }), 'BAD_USER_INPUT', 'openOn');
  });
});

describe('interest and consortia', () => {
  let cluster: number;
  let otherCluster: number;
  let a: number;
  let b: number;
  let c: number;
  let consortiumCall: number;
  let closedCall: number;
  let manager: SignedInUser;
  let otherManager: SignedInUser;
  let editorA: SignedInUser;
  let stranger: SignedInUser;

  const EXPRESS = `mutation($input: FundingInterestInput!) { expressFundingInterest(input: $input) { id } }`;
  const WITHDRAW = `mutation($call: ID!, $org: ID!) { withdrawFundingInterest(callId: $call, organizationId: $org) }`;
  const MEMBERS = `query($slug: String!, $cluster: ID!) { fundingCall(slug: $slug) {
    interestedMembers(clusterId: $cluster) { totalCount nodes { note organization { slug } } }
    consortia(clusterId: $cluster) { members { slug } coveredTopics { code } missingTopics { code } countries { code } meetsCountryRule score }
  } }`;

  beforeAll(async () => {
    cluster = await fixture.organization({ slug: 'consortium-test-cluster', kind: 'CLUSTER', country: 'DE' });
    otherCluster = await fixture.organization({ slug: 'consortium-other-cluster', kind: 'CLUSTER', country: 'FR' });
    a = await fixture.organization({ slug: 'consortium-a', country: 'DE' });
    b = await fixture.organization({ slug: 'consortium-b', country: 'DE' });
    c = await fixture.organization({ slug: 'consortium-c', country: 'FR' });
    await fixture.capability(a, 'tech.fibre-lasers', 'stage.components', 6, ['app.aerospace']);
    await fixture.capability(b, 'tech.machine-vision', 'stage.systems-equipment', 6, ['app.agri-food']);
    await fixture.capability(c, 'tech.diode-lasers', 'stage.components', 6, ['app.space']);
    for (const member of [a, b, c]) await fixture.member(member, cluster);
    consortiumCall = await call({
      slug: 'consortium-call',
      deadline: '2099-01-31',
      topics: ['tech.lasers', 'tech.machine-vision', 'tech.oleds'],
      minCountries: 2,
    });
    closedCall = await call({ slug: 'consortium-closed', deadline: '2001-01-31', topics: ['tech.lasers'] });
    manager = await signUpUser(api, 'manager@funding.test');
    otherManager = await signUpUser(api, 'other@funding.test');
    editorA = await signUpUser(api, 'editor-a@funding.test');
    stranger = await signUpUser(api, 'stranger@funding.test');
    await grant(db, manager.userId, 'CLUSTER_MANAGER', cluster);
    await grant(db, otherManager.userId, 'CLUSTER_MANAGER', otherCluster);
    await grant(db, editorA.userId, 'ORGANIZATION_EDITOR', a);
    await grant(db, manager.userId, 'ORGANIZATION_EDITOR', b);
    await grant(db, manager.userId, 'ORGANIZATION_EDITOR', c);
  });

  it('lets an editor express interest, and only an editor', async () => {
    const input = { callId: F(consortiumCall), organizationId: O(a), note: 'Fibre lasers for the demonstrator.' };
    expectCodedError(await api.graphql(EXPRESS, { input }), 'UNAUTHENTICATED');
    expectCodedError(await api.graphql(EXPRESS, { input }, stranger.headers), 'FORBIDDEN');
    const ok = await api.graphql<{ expressFundingInterest: { id: string } }>(EXPRESS, { input }, editorA.headers);
    expect(ok.body.errors).toBeUndefined();
    expect(ok.body.data!.expressFundingInterest.id).toBe(F(consortiumCall));
    const own = await api.graphql<{ organization: { fundingInterests: { note: string; call: { slug: string } }[] } }>(
      `{ organization(slug: "consortium-a") { fundingInterests { note call { slug } } } }`,
      {},
      editorA.headers,
    );
    expect(own.body.data!.organization.fundingInterests).toEqual([
      { note: 'Fibre lasers for the demonstrator.', call: { slug: 'consortium-call' } },
    ]);
    expectCodedError(
      await api.graphql(`{ organization(slug: "consortium-a") { fundingInterests { note } } }`, {}, stranger.headers),
      'FORBIDDEN',
    );
    const [audit] = (await db.query(`SELECT count(*)::int AS n FROM audit_entry WHERE entity_type = 'FundingInterest'`)) as { n: number }[];
    expect(audit!.n).toBe(1);
  });

  it('validates the interest', async () => {
    expectCodedError(
      await api.graphql(EXPRESS, { input: { callId: F(closedCall), organizationId: O(a), note: '' } }, editorA.headers),
      'BAD_USER_INPUT',
      'input.callId',
    );
    expectCodedError(
      await api.graphql(EXPRESS, { input: { callId: F(consortiumCall), organizationId: O(a), note: 'x'.repeat(2001) } }, editorA.headers),
      'BAD_USER_INPUT',
      'input.note',
    );
    expectCodedError(
      await api.graphql(EXPRESS, { input: { callId: O(a), organizationId: O(a), note: '' } }, editorA.headers),
      'BAD_USER_INPUT',
      'input.callId',
    );
  });

  it('shows a cluster manager the interested members grouped into a consortium, and no one else', async () => {
    for (const org of [b, c]) {
      const res = await api.graphql(EXPRESS, { input: { callId: F(consortiumCall), organizationId: O(org), note: '' } }, manager.headers);
      expect(res.body.errors).toBeUndefined();
    }
    const res = await api.graphql<{
      fundingCall: {
        interestedMembers: { totalCount: number; nodes: { organization: { slug: string } }[] };
        consortia: {
          members: { slug: string }[];
          coveredTopics: { code: string }[];
          missingTopics: { code: string }[];
          countries: { code: string }[];
          meetsCountryRule: boolean;
        }[];
      };
    }>(MEMBERS, { slug: 'consortium-call', cluster: O(cluster) }, manager.headers);
    expect(res.body.errors).toBeUndefined();
    const { interestedMembers, consortia } = res.body.data!.fundingCall;
    expect(interestedMembers.totalCount).toBe(3);
    expect(interestedMembers.nodes.map((n) => n.organization.slug)).toEqual(['consortium-a', 'consortium-b', 'consortium-c']);
    // a meets lasers; b adds machine vision (a new topic); c adds France, which the two-country rule needs.
    expect(consortia).toEqual([
      {
        members: [{ slug: 'consortium-a' }, { slug: 'consortium-b' }, { slug: 'consortium-c' }],
        coveredTopics: [{ code: 'tech.lasers' }, { code: 'tech.machine-vision' }].sort(
          (x, y) => fixture.term(x.code) - fixture.term(y.code),
        ),
        missingTopics: [{ code: 'tech.oleds' }],
        countries: [{ code: 'DE' }, { code: 'FR' }],
        meetsCountryRule: true,
        score: expect.any(Number) as number,
      },
    ]);
    expectCodedError(await api.graphql(MEMBERS, { slug: 'consortium-call', cluster: O(cluster) }, otherManager.headers), 'FORBIDDEN');
    expectCodedError(await api.graphql(MEMBERS, { slug: 'consortium-call', cluster: O(cluster) }, editorA.headers), 'FORBIDDEN');
    expectCodedError(await api.graphql(MEMBERS, { slug: 'consortium-call', cluster: O(cluster) }), 'UNAUTHENTICATED');
    const other = await api.graphql<{ fundingCall: { interestedMembers: { totalCount: number } } }>(
      `query($c: ID!) { fundingCall(slug: "consortium-call") { interestedMembers(clusterId: $c) { totalCount } } }`,
      { c: O(otherCluster) },
      otherManager.headers,
    );
    expect(other.body.data!.fundingCall.interestedMembers.totalCount).toBe(0);
  });

  it('lets an editor withdraw, once', async () => {
    const args = { call: F(consortiumCall), org: O(a) };
    expectCodedError(await api.graphql(WITHDRAW, args, stranger.headers), 'FORBIDDEN');
    expect((await api.graphql(WITHDRAW, args, editorA.headers)).body.data).toEqual({ withdrawFundingInterest: true });
    expectCodedError(await api.graphql(WITHDRAW, args, editorA.headers), 'NOT_FOUND');
    const [row] = (await db.query(`SELECT count(*)::int AS n FROM funding_interest WHERE call_id = $1`, [consortiumCall])) as {
      n: number;
    }[];
    expect(row!.n).toBe(2);
  });

  it('seeds interested demo members for the cluster managers', async () => {
    const [row] = (await db.query(
      `SELECT count(*)::int AS n FROM funding_interest i JOIN funding_call f ON f.id = i.call_id WHERE f.slug = 'he-cl4-photonics-made-in-europe-2027'`,
    )) as { n: number }[];
    expect(row!.n).toBeGreaterThan(1);
  });
});
