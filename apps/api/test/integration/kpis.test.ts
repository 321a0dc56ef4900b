import { openTestDataSource, resetDatabase } from '../support/database';
import { startTestApi, type TestApi } from '../support/api';
import { NetworkFixture } from '../support/network-fixture';

let api: TestApi;
const CURRENT_YEAR = String(new Date().getUTCFullYear());

/** Two clusters with hand-counted activity in 2023 and 2024, and a third with none. */
beforeAll(async () => {
  await resetDatabase('taxonomy');
  const ds = await openTestDataSource();
  try {
    const f = await NetworkFixture.open(ds);
    const q = (sql: string, params: unknown[] = []) => ds.query(sql, params) as Promise<{ id: number }[]>;
    await q(`INSERT INTO kpi_definition (code, name, unit, computed) VALUES
      ('smes-engaged', 'SMEs engaged', 'organisations', true), ('capabilities-published', 'Capabilities published', 'capabilities', true),
      ('needs-published', 'Needs published', 'needs', true), ('links-made', 'Links made', 'links', true), ('matches', 'Matches', 'needs', true),
      ('agreements-signed', 'Agreements signed', 'agreements', true), ('missions-held', 'Missions held', 'events', true),
      ('b2b-meetings', 'B2B meetings', 'meetings', false)`);
    const north = await f.organization({ slug: 'north-cluster', kind: 'CLUSTER', country: 'FR' });
    const south = await f.organization({ slug: 'south-cluster', kind: 'CLUSTER', country: 'IT' });
    await f.organization({ slug: 'empty-cluster', kind: 'CLUSTER', country: 'ES' });
    const sme1 = await f.organization({ slug: 'sme-one', country: 'FR' });
    const sme2 = await f.organization({ slug: 'sme-two', country: 'FR' });
    const big = await f.organization({ slug: 'big-company', kind: 'LARGE_COMPANY', country: 'FR' });
    const invited = await f.organization({ slug: 'invited-sme', country: 'FR' });
    const outsider = await f.organization({ slug: 'outsider', country: 'DE' });
    for (const id of [sme1, sme2, big]) await f.member(id, north);
    await f.member(invited, north, 'INVITED');
    await f.capability(sme1, 'tech.fibre-lasers', 'stage.components', 7, [], '2023-03-01');
    await f.capability(big, 'tech.fibre-lasers', 'stage.systems-equipment', 7, [], '2023-05-01');
    await f.capability(invited, 'tech.fibre-lasers', 'stage.components', 7, [], '2023-05-01');
    await f.capability(sme2, 'tech.diode-lasers', 'stage.components', 7, [], '2024-02-01');
    await f.capability(outsider, 'tech.fibre-lasers', 'stage.components', 7, [], '2022-01-01');
    await f.need(sme1, { kind: 'PARTNER', technology: 'tech.lasers', createdAt: '2023-06-01' }); // answered by the outsider
    await f.need(sme2, { kind: 'PARTNER', technology: 'tech.leds', createdAt: '2023-07-01' }); // nobody offers LEDs
    await f.need(big, { kind: 'MARKET_ACCESS', country: 'CA', createdAt: '2024-01-10' });
    await q(
      `INSERT INTO link (kind, from_cluster_id, to_cluster_id, status, decided_at) VALUES ('CLUSTER', $1, $2, 'ACCEPTED', '2023-09-01'), ('CLUSTER', $1, $3, 'REQUESTED', NULL)`,
      [north, south, (await q(`SELECT id FROM organization WHERE slug = 'empty-cluster'`))[0]!.id],
    );
    const [c1] = await q(`INSERT INTO community (slug, name) VALUES ('lasers', 'Lasers') RETURNING id`);
    const [c2] = await q(`INSERT INTO community (slug, name) VALUES ('optics', 'Optics') RETURNING id`);
    await q('INSERT INTO community_member (community_id, organization_id) VALUES ($1, $2)', [c1!.id, sme1]);
    await q(
      `INSERT INTO link (kind, from_community_id, to_community_id, status, decided_at) VALUES ('COMMUNITY', $1, $2, 'ACCEPTED', '2024-03-01')`,
      [c1!.id, c2!.id],
    );
    const [agreement] = await q(
      `INSERT INTO agreement (slug, kind, title, signed_on) VALUES ('mou', 'MOU', 'MoU', '2023-10-10') RETURNING id`,
    );
    await q('INSERT INTO agreement_signatory (agreement_id, organization_id) VALUES ($1, $2), ($1, $3)', [agreement!.id, north, south]);
    const event = async (slug: string, kind: string, on: string, organizer: number | null) =>
      (
        await q(`INSERT INTO event (slug, kind, title, starts_on, ends_on, organizer_id) VALUES ($1, $2, $1, $3, $3, $4) RETURNING id`, [
          slug,
          kind,
          on,
          organizer,
        ])
      )[0]!.id;
    await event('mission', 'TRADE_MISSION', '2023-11-01', north);
    await event('workshop', 'WORKSHOP', '2023-02-01', north);
    const exchange = await event('exchange', 'CLUSTER_EXCHANGE', '2023-04-01', null);
    await q('INSERT INTO event_participant (event_id, organization_id) VALUES ($1, $2), ($1, $3)', [exchange, north, south]);
    const kpi = async (code: string) => (await q('SELECT id FROM kpi_definition WHERE code = $1', [code]))[0]!.id;
    await q(
      `INSERT INTO kpi_value (cluster_id, kpi_id, kind, period, value) VALUES ($1, $3, 'TARGET', '2023', 10), ($1, $3, 'MEASUREMENT', '2023', 12),
      ($1, $4, 'TARGET', '2023', 3), ($2, $3, 'MEASUREMENT', '2023', 20)`,
      [north, south, await kpi('b2b-meetings'), await kpi('missions-held')],
    );
  } finally {
    await ds.destroy();
  }
  api = await startTestApi();
});

afterAll(async () => {
  await api.stop();
});

interface Kpis {
  organization: {
    kpis: {
      kpi: { code: string; computed: boolean };
      periods: { period: string; target: number | null; value: number | null; computed: boolean }[];
    }[];
  };
}
const KPIS = `query($slug: String!, $periods: [String!]) { organization(slug: $slug) { kpis(periods: $periods) { kpi { code computed } periods { period target value computed } } } }`;

async function kpis(slug: string, periods?: string[]) {
  const res = await api.graphql<Kpis>(KPIS, { slug, periods });
  expect(res.body.errors).toBeUndefined();
  return Object.fromEntries(res.body.data!.organization.kpis.map((k) => [k.kpi.code, k.periods]));
}

describe('cluster KPIs', () => {
  it('computes the platform KPIs per year from the data, never from typed values', async () => {
    const byCode = await kpis('north-cluster', ['2023', '2024']);
    const values = (code: string) => byCode[code]!.map((p) => [p.period, p.value]);
    expect(values('smes-engaged')).toEqual([
      ['2023', 2],
      ['2024', 1],
    ]);
    expect(values('capabilities-published')).toEqual([
      ['2023', 2],
      ['2024', 1],
    ]);
    expect(values('needs-published')).toEqual([
      ['2023', 2],
      ['2024', 1],
    ]);
    expect(values('links-made')).toEqual([
      ['2023', 1],
      ['2024', 1],
    ]);
    expect(values('matches')).toEqual([
      ['2023', 1],
      ['2024', 0],
    ]);
    expect(values('agreements-signed')).toEqual([
      ['2023', 1],
      ['2024', 0],
    ]);
    expect(values('missions-held')).toEqual([
      ['2023', 2],
      ['2024', 0],
    ]);
    expect(byCode['missions-held']![0]).toEqual({ period: '2023', target: 3, value: 2, computed: true });
    expect(byCode['b2b-meetings']).toEqual([
      { period: '2023', target: 10, value: 12, computed: false },
      { period: '2024', target: null, value: null, computed: false },
    ]);
  });

  it('computes quarters and months from the same data', async () => {
    const byCode = await kpis('north-cluster', ['2024-Q1', '2024-Q2', '2023-09']);
    expect(byCode['links-made']!.map((p) => p.value)).toEqual([1, 0, 1]);
  });

  it('defaults to the periods the cluster has records for and the current year', async () => {
    const byCode = await kpis('north-cluster');
    expect(byCode['links-made']!.map((p) => p.period)).toEqual(['2023', CURRENT_YEAR]);
    expect(byCode['b2b-meetings']!.map((p) => p.period)).toEqual(['2023']);
  });

  it('is empty for an organization that is not a cluster', async () => {
    expect(await kpis('sme-one')).toEqual({});
  });

  it('loads the KPIs of many clusters in the same number of statements', async () => {
    const query = `query($n: Int) { organizations(first: $n, filter: { kinds: [CLUSTER] }) { nodes { kpis(periods: ["2023"]) { kpi { code } periods { value target } } } } }`;
    const one = await api.graphql(query, { n: 1 });
    const three = await api.graphql(query, { n: 3 });
    expect(three.body.errors).toBeUndefined();
    expect(three.statements).toBe(one.statements);
  });

  it.each([['2024-13'], ['24'], ['2024-Q5'], ['2024/06']])('rejects the period %s', async (period) => {
    const res = await api.graphql(KPIS, { slug: 'north-cluster', periods: [period] });
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'periods' });
  });
});

interface Bench {
  kpiBenchmark: {
    totalCount: number;
    nodes: { cluster: { slug: string }; value: number; rank: number; percentile: number }[];
    pageInfo: { endCursor: string };
  };
}
const BENCH = `query($kpi: String!, $period: String!, $clusters: [String!], $first: Int, $after: String) {
  kpiBenchmark(kpi: $kpi, period: $period, clusters: $clusters, first: $first, after: $after) {
    totalCount nodes { cluster { slug } value rank percentile } pageInfo { endCursor }
  }
}`;
const rows = (res: { body: { data?: Bench | null } }) =>
  res.body.data!.kpiBenchmark.nodes.map((n) => [n.cluster.slug, n.value, n.rank, n.percentile]);

describe('kpiBenchmark', () => {
  it('ranks every cluster on a computed KPI in one statement', async () => {
    const res = await api.graphql<Bench>(BENCH, { kpi: 'missions-held', period: '2023', first: 10 });
    expect(res.body.errors).toBeUndefined();
    expect(rows(res)).toEqual([
      ['north-cluster', 2, 1, 100],
      ['south-cluster', 1, 2, 66.7],
      ['empty-cluster', 0, 3, 33.3],
    ]);
    expect(res.statements).toBeLessThanOrEqual(2);
    const next = await api.graphql<Bench>(BENCH, { kpi: 'missions-held', period: '2023', first: 2 });
    const rest = await api.graphql<Bench>(BENCH, {
      kpi: 'missions-held',
      period: '2023',
      first: 2,
      after: next.body.data!.kpiBenchmark.pageInfo.endCursor,
    });
    expect(rows(rest)).toEqual([['empty-cluster', 0, 3, 33.3]]);
  });

  it('shares ranks on equal values and limits to the given clusters', async () => {
    const res = await api.graphql<Bench>(BENCH, { kpi: 'agreements-signed', period: '2023', first: 10 });
    expect(rows(res).map((r) => r[2])).toEqual([1, 1, 3]);
    const two = await api.graphql<Bench>(BENCH, {
      kpi: 'agreements-signed',
      period: '2023',
      clusters: ['north-cluster', 'empty-cluster'],
      first: 10,
    });
    expect(rows(two)).toEqual([
      ['north-cluster', 1, 1, 100],
      ['empty-cluster', 0, 2, 50],
    ]);
  });

  it('compares only the clusters that reported a typed KPI', async () => {
    const res = await api.graphql<Bench>(BENCH, { kpi: 'b2b-meetings', period: '2023', first: 10 });
    expect(rows(res)).toEqual([
      ['south-cluster', 20, 1, 100],
      ['north-cluster', 12, 2, 50],
    ]);
  });

  it.each([
    [{ kpi: 'no-such-kpi', period: '2023' }, 'kpi'],
    [{ kpi: 'matches', period: '2023-Q0' }, 'period'],
    [{ kpi: 'matches', period: '2023', clusters: ['sme-one'] }, 'clusters'],
    [{ kpi: 'matches', period: '2023', first: 0 }, 'first'],
    [{ kpi: 'matches', period: '2023', first: 101 }, 'first'],
    [{ kpi: 'matches', period: '2023', after: 'bad' }, 'after'],
  ])('rejects %j naming %s', async (variables, argument) => {
    const res = await api.graphql(BENCH, { first: 10, ...variables });
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: argument });
  });
});

describe('kpiDefinitions', () => {
  it('pages the definitions by code, each a node', async () => {
    const res = await api.graphql<{ kpiDefinitions: { totalCount: number; nodes: { id: string; code: string; computed: boolean }[] } }>(
      `{ kpiDefinitions(first: 3) { totalCount nodes { id code computed } } }`,
    );
    expect(res.body.data!.kpiDefinitions.totalCount).toBe(8);
    expect(res.body.data!.kpiDefinitions.nodes.map((n) => n.code)).toEqual(['agreements-signed', 'b2b-meetings', 'capabilities-published']);
    const node = await api.graphql<{ node: { code: string } }>(`query($id: ID!) { node(id: $id) { ... on KpiDefinition { code } } }`, {
      id: res.body.data!.kpiDefinitions.nodes[1]!.id,
    });
    expect(node.body.data!.node.code).toBe('b2b-meetings');
    const bad = await api.graphql(`{ kpiDefinitions(first: 101) { totalCount } }`);
    expect(bad.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'first' });
  });
});
