import type { DataSource } from 'typeorm';
import { globalId, grant, signUpUser, type SignedInUser } from '../support/accounts';
import { startTestApi, type GraphqlResponse, type TestApi } from '../support/api';
import { openTestDataSource, resetDatabase } from '../support/database';
import { expectCodedError } from '../support/expect-error';

let api: TestApi;
let db: DataSource;
const ids = new Map<string, number>();
const O = (slug: string) => globalId('Organization', ids.get(slug)!);

beforeAll(async () => {
  await resetDatabase({ demo: 50 });
  api = await startTestApi();
  db = await openTestDataSource();
  for (const row of (await db.query(`SELECT id, slug FROM organization WHERE verified`)) as { id: number; slug: string }[])
    ids.set(row.slug, row.id);
});

afterAll(async () => {
  await db.destroy();
  await api.stop();
});

interface Action {
  id: string;
  slug: string;
  startsOn: string;
  status: string;
  progress: number;
  completedOn: string | null;
  version: number;
  ownerCluster: { slug: string };
  partners: { slug: string }[];
  agreements: { slug: string }[];
  kpis: { kpi: { code: string }; contribution: number; delivered: number }[];
  progressReports: { reportedOn: string; progress: number }[];
}
type ActionPage = { roadmapActions: { totalCount: number; nodes: Action[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };

const FIELDS = `id slug startsOn status progress completedOn version ownerCluster { slug } partners { slug } agreements { slug }
  kpis { kpi { code } contribution delivered } progressReports { reportedOn progress }`;
const ACTIONS = `query($first: Int, $after: String, $cluster: String, $status: RoadmapStatus, $targetCountry: String, $from: String, $to: String) {
  roadmapActions(first: $first, after: $after, cluster: $cluster, status: $status, targetCountry: $targetCountry, from: $from, to: $to) {
    totalCount nodes { ${FIELDS} } pageInfo { hasNextPage endCursor }
  }
}`;
const ACTION = `query($slug: String!) { roadmapAction(slug: $slug) { ${FIELDS} } }`;

describe('the roadmap timeline', () => {
  it('lists the demo actions chronologically with partners, agreements, KPIs and reports', async () => {
    const res = await api.graphql<ActionPage>(ACTIONS, { first: 100 });
    expect(res.body.errors).toBeUndefined();
    const { nodes, totalCount } = res.body.data!.roadmapActions;
    expect(totalCount).toBe(6);
    expect(nodes.map((n) => n.startsOn)).toEqual([...nodes.map((n) => n.startsOn)].sort());
    const mission = nodes.find((n) => n.slug === 'north-america-mission-2027')!;
    expect(mission.partners.map((p) => p.slug)).toEqual(expect.arrayContaining(['optonique', 'new-york-photonics']));
    expect(mission.agreements.map((a) => a.slug)).toContain('pimap-mou-optonique-2019');
    const academy = nodes.find((n) => n.slug === 'p4i-joint-cluster-academy-2026')!;
    expect(academy).toMatchObject({
      status: 'IN_PROGRESS',
      progress: 60,
      kpis: [{ kpi: { code: 'joint-projects' }, contribution: 4, delivered: 2.4 }],
    });
    expect(academy.progressReports.map((r) => r.reportedOn)).toEqual(['2026-10-31', '2026-04-30']);
    const cancelled = nodes.find((n) => n.slug === 'pimap-soft-landing-quebec')!;
    expect(cancelled.kpis[0]!.delivered).toBe(0);
  });

  it('filters by cluster (owner or partner), status, market and dates', async () => {
    const slugs = async (variables: Record<string, unknown>) =>
      (await api.graphql<ActionPage>(ACTIONS, variables)).body.data!.roadmapActions.nodes.map((n) => n.slug);
    expect(await slugs({ cluster: 'optonique' })).toEqual(['pimap-soft-landing-quebec', 'north-america-mission-2027']);
    expect(await slugs({ status: 'DONE' })).toEqual(['pimap-follow-up-mission-photonics-west-2020', 'pimap-plus-japan-exploration']);
    expect(await slugs({ targetCountry: 'JP' })).toEqual(['pimap-plus-japan-exploration']);
    expect(await slugs({ from: '2027-01-01' })).toEqual(['euroclusters-proposal-2027', 'north-america-mission-2027']);
    expect(await slugs({ to: '2020-12-31', from: '2020-03-01' })).toEqual(['pimap-soft-landing-quebec']);
  });

  it('pages through the timeline once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const res: GraphqlResponse<ActionPage> = await api.graphql<ActionPage>(ACTIONS, { first: 4, after });
      seen.push(...res.body.data!.roadmapActions.nodes.map((n) => n.slug));
      if (!res.body.data!.roadmapActions.pageInfo.hasNextPage) break;
      after = res.body.data!.roadmapActions.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(6);
  });

  it('counts a done action in the computed KPI of its owner and partner clusters', async () => {
    const KPIS = `query($slug: String!) { organization(slug: $slug) { kpis(periods: ["2020", "2023"]) { kpi { code } periods { period value } } } }`;
    for (const [slug, expected] of [
      ['alpha-rlh', [1, 1]],
      ['arizona-optics-valley', [1, 0]],
      ['optonique', [0, 0]],
    ] as const) {
      const res = await api.graphql<{ organization: { kpis: { kpi: { code: string }; periods: { value: number }[] }[] } }>(KPIS, { slug });
      const kpi = res.body.data!.organization.kpis.find((k) => k.kpi.code === 'roadmap-actions-completed')!;
      expect(kpi.periods.map((p) => p.value)).toEqual(expected);
    }
  });

  it('rejects bad filters with coded errors', async () => {
    expectCodedError(await api.graphql(ACTIONS, { first: 101 }), 'BAD_USER_INPUT', 'first');
    expectCodedError(await api.graphql(ACTIONS, { cluster: 'no-such-cluster' }), 'BAD_USER_INPUT', 'cluster');
    expectCodedError(await api.graphql(ACTIONS, { targetCountry: 'XX' }), 'BAD_USER_INPUT', 'targetCountry');
    expectCodedError(await api.graphql(ACTIONS, { from: 'soon' }), 'BAD_USER_INPUT', 'from');
    expectCodedError(await api.graphql(ACTION, { slug: 'no-such-action' }), 'NOT_FOUND');
  });
});

describe('writing the roadmap', () => {
  let manager: SignedInUser;
  let otherManager: SignedInUser;
  let partnerEditor: SignedInUser;
  let member: SignedInUser;
  const CREATE = `mutation($input: CreateRoadmapActionInput!) { createRoadmapAction(input: $input) { id version } }`;
  const UPDATE = `mutation($input: UpdateRoadmapActionInput!) { updateRoadmapAction(input: $input) { id version } }`;
  const REPORT = `mutation($input: ReportRoadmapProgressInput!) { reportRoadmapProgress(input: $input) { id version } }`;
  const DELETE = `mutation($id: ID!) { deleteRoadmapAction(id: $id) }`;
  const input = () => ({
    ownerClusterId: O('photonics-finland'),
    slug: 'photonics-finland-korea-mission-2027',
    title: 'Mission to Korea',
    startsOn: '2027-09-01',
    endsOn: '2027-09-30',
    budgetEur: 40000,
    targetCountries: ['KR'],
    partnerIds: [O('toolas'), O('visionary-analytics')],
    kpis: [{ kpi: 'b2b-meetings', contribution: 30 }],
    agreementIds: [],
  });

  beforeAll(async () => {
    manager = await signUpUser(api, 'manager@roadmap.test');
    otherManager = await signUpUser(api, 'other@roadmap.test');
    partnerEditor = await signUpUser(api, 'partner@roadmap.test');
    member = await signUpUser(api, 'member@roadmap.test');
    await grant(db, manager.userId, 'CLUSTER_MANAGER', ids.get('photonics-finland')!);
    await grant(db, otherManager.userId, 'CLUSTER_MANAGER', ids.get('photonics-bw')!);
    await grant(db, partnerEditor.userId, 'ORGANIZATION_EDITOR', ids.get('visionary-analytics')!);
  });

  it('lets only managers of the owner cluster create an action', async () => {
    expectCodedError(await api.graphql(CREATE, { input: input() }), 'UNAUTHENTICATED');
    expectCodedError(await api.graphql(CREATE, { input: input() }, member.headers), 'FORBIDDEN');
    expectCodedError(await api.graphql(CREATE, { input: input() }, otherManager.headers), 'FORBIDDEN');
    const res = await api.graphql<{ createRoadmapAction: { id: string; version: number } }>(CREATE, { input: input() }, manager.headers);
    expect(res.body.errors).toBeUndefined();
    const action = (await api.graphql<{ roadmapAction: Action }>(ACTION, { slug: 'photonics-finland-korea-mission-2027' })).body.data!
      .roadmapAction;
    expect(action).toMatchObject({
      status: 'PLANNED',
      ownerCluster: { slug: 'photonics-finland' },
      kpis: [{ kpi: { code: 'b2b-meetings' }, contribution: 30, delivered: 0 }],
    });
    expect(action.partners.map((p) => p.slug).sort()).toEqual(['toolas', 'visionary-analytics']);
  });

  it('tells each viewer what the mutations would let them do, by the same rule', async () => {
    const CAN = `query($slug: String!) { roadmapAction(slug: $slug) { viewerCanEdit viewerCanReportProgress } }`;
    const can = async (user: SignedInUser | null) =>
      (
        await api.graphql<{ roadmapAction: { viewerCanEdit: boolean; viewerCanReportProgress: boolean } }>(
          CAN,
          { slug: 'photonics-finland-korea-mission-2027' },
          user?.headers,
        )
      ).body.data!.roadmapAction;
    expect(await can(null)).toEqual({ viewerCanEdit: false, viewerCanReportProgress: false });
    expect(await can(member)).toEqual({ viewerCanEdit: false, viewerCanReportProgress: false });
    expect(await can(otherManager)).toEqual({ viewerCanEdit: false, viewerCanReportProgress: false });
    expect(await can(partnerEditor)).toEqual({ viewerCanEdit: false, viewerCanReportProgress: true });
    expect(await can(manager)).toEqual({ viewerCanEdit: true, viewerCanReportProgress: true });
    const listed = await api.graphql<{ roadmapActions: { nodes: { slug: string; viewerCanEdit: boolean }[] } }>(
      `{ roadmapActions(first: 100) { nodes { slug viewerCanEdit } } }`,
      {},
      manager.headers,
    );
    const editable = listed.body.data!.roadmapActions.nodes.filter((n) => n.viewerCanEdit).map((n) => n.slug);
    const [owned] = (await db.query(`SELECT count(*)::int AS n FROM roadmap_action WHERE owner_cluster_id = $1`, [
      ids.get('photonics-finland'),
    ])) as { n: number }[];
    expect(editable).toContain('photonics-finland-korea-mission-2027');
    expect(editable).toHaveLength(owned!.n);
  });

  it('validates the input and writes nothing on an error', async () => {
    const bad = async (patch: Record<string, unknown>, field: string) =>
      expectCodedError(
        await api.graphql(CREATE, { input: { ...input(), slug: 'bad-one', ...patch } }, manager.headers),
        'BAD_USER_INPUT',
        field,
      );
    await bad({ slug: 'Not A Slug' }, 'input.slug');
    await bad({ slug: 'photonics-finland-korea-mission-2027' }, 'input.slug');
    await bad({ endsOn: '2027-08-01' }, 'input.endsOn');
    await bad({ startsOn: '2027-02-30x' }, 'input.startsOn');
    await bad({ kpis: [{ kpi: 'no-such-kpi', contribution: 1 }] }, 'input.kpis[0].kpi');
    await bad({ kpis: [{ kpi: 'b2b-meetings', contribution: -1 }] }, 'input.kpis.0.contribution');
    await bad({ partnerIds: [O('photonics-finland')] }, 'input.partnerIds[0]');
    await bad({ targetCountries: ['ZZ'] }, 'input.targetCountries');
    await bad({ budgetEur: -5 }, 'input.budgetEur');
    const [row] = (await db.query(`SELECT count(*)::int AS n FROM roadmap_action WHERE slug = 'bad-one'`)) as { n: number }[];
    expect(row!.n).toBe(0);
  });

  it('updates with the version read, and refuses a stale one', async () => {
    const action = (await api.graphql<{ roadmapAction: Action }>(ACTION, { slug: 'photonics-finland-korea-mission-2027' })).body.data!
      .roadmapAction;
    const change = {
      id: action.id,
      version: action.version,
      title: 'Mission to Seoul',
      kpis: [{ kpi: 'members-internationalised', contribution: 3 }],
    };
    expectCodedError(await api.graphql(UPDATE, { input: change }, partnerEditor.headers), 'FORBIDDEN');
    const ok = await api.graphql<{ updateRoadmapAction: { version: number } }>(UPDATE, { input: change }, manager.headers);
    expect(ok.body.data!.updateRoadmapAction.version).toBe(action.version + 1);
    expectCodedError(await api.graphql(UPDATE, { input: change }, manager.headers), 'CONFLICT');
  });

  it('keeps the budget when it is omitted and clears it when it is null', async () => {
    const BUDGET = `query($slug: String!) { roadmapAction(slug: $slug) { id version budgetEur } }`;
    type Budget = { roadmapAction: { id: string; version: number; budgetEur: number | null } };
    const read = async () => (await api.graphql<Budget>(BUDGET, { slug: 'photonics-finland-korea-mission-2027' })).body.data!.roadmapAction;
    const kept = await read();
    expect(kept.budgetEur).toBe(40000);
    const cleared = await api.graphql(UPDATE, { input: { id: kept.id, version: kept.version, budgetEur: null } }, manager.headers);
    expect(cleared.body.errors).toBeUndefined();
    expect(await read()).toMatchObject({ version: kept.version + 1, budgetEur: null });
  });

  it('takes progress from partners, feeds the linked KPIs, and marks the action done at 100', async () => {
    const action = (await api.graphql<{ roadmapAction: Action }>(ACTION, { slug: 'photonics-finland-korea-mission-2027' })).body.data!
      .roadmapAction;
    const report = (progress: number, reportedOn: string) => ({ actionId: action.id, progress, reportedOn, note: 'Update' });
    expectCodedError(await api.graphql(REPORT, { input: report(50, '2027-09-10') }, member.headers), 'FORBIDDEN');
    expectCodedError(await api.graphql(REPORT, { input: report(101, '2027-09-10') }, manager.headers), 'BAD_USER_INPUT', 'input.progress');
    expectCodedError(await api.graphql(REPORT, { input: report(50, '2027-08-10') }, manager.headers), 'BAD_USER_INPUT', 'input.reportedOn');
    expect((await api.graphql(REPORT, { input: report(50, '2027-09-10') }, partnerEditor.headers)).body.errors).toBeUndefined();
    let now = (await api.graphql<{ roadmapAction: Action }>(ACTION, { slug: action.slug })).body.data!.roadmapAction;
    expect(now).toMatchObject({ status: 'IN_PROGRESS', progress: 50, kpis: [{ contribution: 3, delivered: 1.5 }] });
    expect((await api.graphql(REPORT, { input: report(100, '2027-09-30') }, manager.headers)).body.errors).toBeUndefined();
    now = (await api.graphql<{ roadmapAction: Action }>(ACTION, { slug: action.slug })).body.data!.roadmapAction;
    expect(now).toMatchObject({ status: 'DONE', completedOn: '2027-09-30', kpis: [{ delivered: 3 }] });
    expect(now.progressReports.map((r) => r.progress)).toEqual([100, 50]);
    const kpis = await api.graphql<{ organization: { kpis: { kpi: { code: string }; periods: { value: number }[] }[] } }>(
      `{ organization(slug: "toolas") { kpis(periods: ["2027-Q3"]) { kpi { code } periods { value } } } }`,
    );
    expect(kpis.body.data!.organization.kpis.find((k) => k.kpi.code === 'roadmap-actions-completed')!.periods[0]!.value).toBe(1);
  });

  it('lets only managers of the owner cluster delete an action', async () => {
    const action = (await api.graphql<{ roadmapAction: Action }>(ACTION, { slug: 'photonics-finland-korea-mission-2027' })).body.data!
      .roadmapAction;
    expectCodedError(await api.graphql(DELETE, { id: action.id }, partnerEditor.headers), 'FORBIDDEN');
    expect((await api.graphql(DELETE, { id: action.id }, manager.headers)).body.data).toEqual({ deleteRoadmapAction: true });
    expectCodedError(await api.graphql(ACTION, { slug: action.slug }), 'NOT_FOUND');
    const [audit] = (await db.query(`SELECT count(*)::int AS n FROM audit_entry WHERE entity_type = 'RoadmapAction'`)) as { n: number }[];
    expect(audit!.n).toBe(6);
  });
});
