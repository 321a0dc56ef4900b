import type { DataSource } from 'typeorm';
import { globalId, grant, signUpUser, type SignedInUser } from '../support/accounts';
import { startTestApi, type TestApi } from '../support/api';
import { openTestDataSource, resetDatabase } from '../support/database';

const O = (id: number) => globalId('Organization', id);

describe('cluster and community writes', () => {
  let api: TestApi;
  let db: DataSource;
  let manager: SignedInUser;
  let otherManager: SignedInUser;
  let editor: SignedInUser;
  let member: SignedInUser;
  let cluster: number;
  let otherCluster: number;
  let org: number;

  const rows = async <T>(sql: string, params: unknown[] = []): Promise<T[]> => (await db.query(sql, params)) as T[];

  beforeAll(async () => {
    await resetDatabase({ demo: 20 });
    api = await startTestApi();
    db = await openTestDataSource();
    [cluster, otherCluster] = (await rows<{ id: number }>(`SELECT id FROM organization WHERE kind = 'CLUSTER' ORDER BY id LIMIT 2`)).map(
      (r) => r.id,
    ) as [number, number];
    [org] = (
      await rows<{ id: number }>(
        `SELECT id FROM organization o WHERE kind = 'SME' AND NOT EXISTS (SELECT 1 FROM membership m WHERE m.organization_id = o.id AND m.cluster_id = $1) ORDER BY id LIMIT 1`,
        [cluster],
      )
    ).map((r) => r.id) as [number];
    manager = await signUpUser(api, 'manager@network.test');
    otherManager = await signUpUser(api, 'other-manager@network.test');
    editor = await signUpUser(api, 'editor@network.test');
    member = await signUpUser(api, 'member@network.test');
    await grant(db, manager.userId, 'CLUSTER_MANAGER', cluster);
    await grant(db, otherManager.userId, 'CLUSTER_MANAGER', otherCluster);
    await grant(db, editor.userId, 'ORGANIZATION_EDITOR', org);
  });
  afterAll(async () => {
    await db.destroy();
    await api.stop();
  });

  it('invites an organization; only its editor accepts; the cluster history shows both', async () => {
    const args = { c: O(cluster), o: O(org) };
    expect(
      (await api.graphql(`mutation($c: ID!, $o: ID!) { inviteMember(clusterId: $c, organizationId: $o) }`, args, manager.headers)).body
        .data,
    ).toEqual({ inviteMember: true });
    const twice = await api.graphql(
      `mutation($c: ID!, $o: ID!) { inviteMember(clusterId: $c, organizationId: $o) }`,
      args,
      manager.headers,
    );
    expect(twice.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'organizationId' });
    const byManager = await api.graphql(
      `mutation($c: ID!, $o: ID!) { acceptMembership(clusterId: $c, organizationId: $o) }`,
      args,
      manager.headers,
    );
    expect(byManager.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(
      (await api.graphql(`mutation($c: ID!, $o: ID!) { acceptMembership(clusterId: $c, organizationId: $o) }`, args, editor.headers)).body
        .data,
    ).toEqual({ acceptMembership: true });
    expect(await rows(`SELECT status FROM membership WHERE organization_id = $1 AND cluster_id = $2`, [org, cluster])).toEqual([
      { status: 'ACTIVE' },
    ]);
    const history = await api.graphql<{
      node: { history: { edges: { node: { entityType: string; action: string; after: { status: string } } }[] } };
    }>(
      `query($id: ID!) { node(id: $id) { ... on Organization { history(first: 5) { edges { node { entityType action after } } } } } }`,
      { id: O(cluster) },
      member.headers,
    );
    expect(history.body.data!.node.history.edges.slice(0, 2).map((e) => [e.node.entityType, e.node.action, e.node.after.status])).toEqual([
      ['Membership', 'UPDATE', 'ACTIVE'],
      ['Membership', 'CREATE', 'INVITED'],
    ]);
    const removed = await api.graphql(
      `mutation($c: ID!, $o: ID!) { removeMember(clusterId: $c, organizationId: $o) }`,
      args,
      manager.headers,
    );
    expect(removed.body.data).toEqual({ removeMember: true });
  });

  it('records an agreement with another cluster as signatory; a non-signatory manager is refused; stale versions conflict', async () => {
    const create = await api.graphql<{ createAgreement: { id: string; version: number } }>(
      `mutation($i: CreateAgreementInput!) { createAgreement(input: $i) { id version } }`,
      {
        i: {
          clusterId: O(cluster),
          kind: 'MOU',
          title: 'Photonics bridge',
          slug: 'photonics-bridge',
          signedOn: '2025-04-01',
          signatories: [{ organizationId: O(otherCluster), signedBy: 'Director' }],
        },
      },
      manager.headers,
    );
    expect(create.body.errors).toBeUndefined();
    const id = create.body.data!.createAgreement.id;
    const dup = await api.graphql(
      `mutation($i: CreateAgreementInput!) { createAgreement(input: $i) { id } }`,
      {
        i: {
          clusterId: O(cluster),
          kind: 'MOU',
          title: 'Again',
          slug: 'photonics-bridge',
          signedOn: '2025-04-01',
          signatories: [{ organizationId: O(otherCluster) }],
        },
      },
      manager.headers,
    );
    expect(dup.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.slug' });
    const dates = await api.graphql(
      `mutation($i: UpdateAgreementInput!) { updateAgreement(input: $i) { version } }`,
      { i: { id, version: 1, validUntil: '2020-01-01' } },
      manager.headers,
    );
    expect(dates.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.validUntil' });
    const ok = await api.graphql(
      `mutation($i: UpdateAgreementInput!) { updateAgreement(input: $i) { version } }`,
      { i: { id, version: 1, scope: 'Joint missions' } },
      otherManager.headers,
    );
    expect(ok.body.data).toEqual({ updateAgreement: { version: 2 } });
    const stale = await api.graphql(
      `mutation($i: UpdateAgreementInput!) { updateAgreement(input: $i) { version } }`,
      { i: { id, version: 1, scope: 'Lost' } },
      manager.headers,
    );
    expect(stale.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('creates an event, records participants and outcomes', async () => {
    const res = await api.graphql<{ createEvent: { id: string } }>(
      `mutation($i: CreateEventInput!) { createEvent(input: $i) { id version } }`,
      {
        i: {
          organizerId: O(cluster),
          kind: 'TRADE_MISSION',
          title: 'Mission to Japan',
          slug: 'mission-japan',
          startsOn: '2025-10-01',
          endsOn: '2025-09-01',
          targetCountries: ['JP'],
        },
      },
      manager.headers,
    );
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.endsOn' });
    const ok = await api.graphql<{ createEvent: { id: string } }>(
      `mutation($i: CreateEventInput!) { createEvent(input: $i) { id version } }`,
      {
        i: {
          organizerId: O(cluster),
          kind: 'TRADE_MISSION',
          title: 'Mission to Japan',
          slug: 'mission-japan',
          startsOn: '2025-10-01',
          endsOn: '2025-10-05',
          targetCountries: ['JP'],
        },
      },
      manager.headers,
    );
    const eventId = ok.body.data!.createEvent.id;
    const part = await api.graphql(
      `mutation($i: EventParticipantInput!) { setEventParticipant(input: $i) { version } }`,
      { i: { eventId, organizationId: O(org), outcome: 'Three distributor leads' } },
      manager.headers,
    );
    expect(part.body.data).toEqual({ setEventParticipant: { version: 2 } });
    const outcomes = await api.graphql(
      `mutation($i: UpdateEventInput!) { updateEvent(input: $i) { version } }`,
      { i: { id: eventId, version: 2, outcomes: '24 B2B meetings' } },
      manager.headers,
    );
    expect(outcomes.body.data).toEqual({ updateEvent: { version: 3 } });
    const other = await api.graphql(
      `mutation($i: UpdateEventInput!) { updateEvent(input: $i) { version } }`,
      { i: { id: eventId, version: 3, outcomes: 'x' } },
      otherManager.headers,
    );
    expect(other.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('sets KPI targets and measurements; computed KPIs cannot be typed in', async () => {
    const [typed] = await rows<{ code: string }>(`SELECT code FROM kpi_definition WHERE NOT computed ORDER BY code LIMIT 1`);
    const [computed] = await rows<{ code: string }>(`SELECT code FROM kpi_definition WHERE computed ORDER BY code LIMIT 1`);
    const set = `mutation($i: SetKpiValueInput!) { setKpiValue(input: $i) { id } }`;
    const input = { clusterId: O(cluster), kpi: typed!.code, kind: 'TARGET', period: '2026', value: 12 };
    expect((await api.graphql(set, { i: input }, manager.headers)).body.errors).toBeUndefined();
    expect((await api.graphql(set, { i: { ...input, value: 15 } }, manager.headers)).body.errors).toBeUndefined();
    expect(
      await rows(
        `SELECT value FROM kpi_value v JOIN kpi_definition d ON d.id = v.kpi_id WHERE cluster_id = $1 AND d.code = $2 AND period = '2026'`,
        [cluster, typed!.code],
      ),
    ).toEqual([{ value: 15 }]);
    const comp = await api.graphql(set, { i: { ...input, kpi: computed!.code } }, manager.headers);
    expect(comp.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.kpi' });
    const period = await api.graphql(set, { i: { ...input, period: '2026-Q5' } }, manager.headers);
    expect(period.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.period' });
    const other = await api.graphql(set, { i: input }, otherManager.headers);
    expect(other.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('creates a community, joins and leaves it; links are requested and answered by the other side', async () => {
    const created = await api.graphql<{ createCommunity: { id: string } }>(
      `mutation { createCommunity(input: { name: "Quantum photonics", slug: "quantum-photonics-net", terms: ["tech.lasers"] }) { id version } }`,
      {},
      member.headers,
    );
    expect(created.body.errors).toBeUndefined();
    const mine = created.body.data!.createCommunity.id;
    const badTerm = await api.graphql(
      `mutation { createCommunity(input: { name: "X", slug: "x-net", terms: ["tech.lasers", "tech.nope"] }) { id } }`,
      {},
      member.headers,
    );
    expect(badTerm.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.terms[1]' });
    const join = await api.graphql(
      `mutation($c: ID!, $o: ID!) { joinCommunity(communityId: $c, organizationId: $o) { id } }`,
      { c: mine, o: O(org) },
      editor.headers,
    );
    expect(join.body.errors).toBeUndefined();
    const other = await api.graphql<{ createCommunity: { id: string } }>(
      `mutation { createCommunity(input: { name: "Lidar", slug: "lidar-net" }) { id } }`,
      {},
      editor.headers,
    );
    const theirs = other.body.data!.createCommunity.id;
    const request = await api.graphql<{ requestCommunityLink: { id: string; version: number } }>(
      `mutation($a: ID!, $b: ID!) { requestCommunityLink(fromId: $a, toId: $b, message: "Join forces?") { id version } }`,
      { a: mine, b: theirs },
      member.headers,
    );
    expect(request.body.errors).toBeUndefined();
    const linkId = request.body.data!.requestCommunityLink.id;
    const selfAnswer = await api.graphql(
      `mutation($id: ID!) { respondToLink(id: $id, version: 1, accept: true) { version } }`,
      { id: linkId },
      member.headers,
    );
    expect(selfAnswer.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const accepted = await api.graphql(
      `mutation($id: ID!) { respondToLink(id: $id, version: 1, accept: true) { version } }`,
      { id: linkId },
      editor.headers,
    );
    expect(accepted.body.data).toEqual({ respondToLink: { version: 2 } });
    const leave = await api.graphql(
      `mutation($c: ID!, $o: ID!) { leaveCommunity(communityId: $c, organizationId: $o) { id } }`,
      { c: mine, o: O(org) },
      editor.headers,
    );
    expect(leave.body.errors).toBeUndefined();
    const history = await api.graphql<{
      node: { history: { totalCount: number; edges: { node: { entityType: string; action: string } }[] } };
    }>(
      `query($id: ID!) { node(id: $id) { ... on Community { history(first: 10) { totalCount edges { node { entityType action } } } } } }`,
      { id: mine },
      member.headers,
    );
    expect(history.body.data!.node.history.edges.map((e) => `${e.node.entityType}:${e.node.action}`)).toEqual([
      'CommunityMember:DELETE',
      'Link:CREATE',
      'CommunityMember:CREATE',
      'Community:CREATE',
    ]);

    const clusterLink = await api.graphql<{ requestClusterLink: { id: string } }>(
      `mutation($a: ID!, $b: ID!) { requestClusterLink(fromId: $a, toId: $b) { id } }`,
      { a: O(cluster), b: O(otherCluster) },
      manager.headers,
    );
    const clusterLinkId = clusterLink.body.data!.requestClusterLink.id;
    const wrongSide = await api.graphql(
      `mutation($id: ID!) { respondToLink(id: $id, version: 1, accept: false) { version } }`,
      { id: clusterLinkId },
      manager.headers,
    );
    expect(wrongSide.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const declined = await api.graphql(
      `mutation($id: ID!) { respondToLink(id: $id, version: 1, accept: false) { version } }`,
      { id: clusterLinkId },
      otherManager.headers,
    );
    expect(declined.body.data).toEqual({ respondToLink: { version: 2 } });
    expect(
      await rows(`SELECT status FROM link WHERE kind = 'CLUSTER' AND from_cluster_id = $1 AND to_cluster_id = $2`, [cluster, otherCluster]),
    ).toEqual([{ status: 'DECLINED' }]);
  });
});
