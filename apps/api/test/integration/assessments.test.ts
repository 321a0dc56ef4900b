import type { DataSource } from 'typeorm';
import { globalId, grant, signUpUser, type SignedInUser } from '../support/accounts';
import { startTestApi, type TestApi } from '../support/api';
import { openTestDataSource, resetDatabase } from '../support/database';
import { expectCodedError } from '../support/expect-error';
import { ANSWER_SETS, answers } from '../support/assessment-answers';

let api: TestApi;
let db: DataSource;
let cluster: { id: number; slug: string };
let members: [number, number, number];
let outsider: number;
let editors: SignedInUser[];
let outsiderEditor: SignedInUser;
let manager: SignedInUser;
let otherManager: SignedInUser;

const O = (id: number) => globalId('Organization', id);
const rows = async <T>(sql: string, params: unknown[] = []): Promise<T[]> => (await db.query(sql, params)) as T[];

beforeAll(async () => {
  await resetDatabase({ demo: 60 });
  api = await startTestApi();
  db = await openTestDataSource();
  [cluster] = (await rows<{ id: number; slug: string }>(
    `SELECT c.id, c.slug FROM organization c JOIN membership m ON m.cluster_id = c.id AND m.status = 'ACTIVE'
     GROUP BY c.id ORDER BY count(*) DESC, c.id LIMIT 1`,
  )) as [{ id: number; slug: string }];
  members = (
    await rows<{ id: number }>(
      `SELECT organization_id AS id FROM membership WHERE cluster_id = $1 AND status = 'ACTIVE' ORDER BY organization_id LIMIT 3`,
      [cluster.id],
    )
  ).map((r) => r.id) as [number, number, number];
  [{ id: outsider }] = (await rows<{ id: number }>(
    `SELECT id FROM organization o WHERE kind = 'SME' AND country IN ('DE', 'FR', 'IT', 'AT', 'BE', 'FI', 'LT')
       AND NOT EXISTS (SELECT 1 FROM membership m WHERE m.organization_id = o.id AND m.cluster_id = $1)
       AND (SELECT count(*) FROM capability c WHERE c.organization_id = o.id) >= 2 ORDER BY id LIMIT 1`,
    [cluster.id],
  )) as [{ id: number }];
  editors = [];
  for (const [index, member] of members.entries()) {
    const editor = await signUpUser(api, `editor${index}@assessment.test`);
    await grant(db, editor.userId, 'ORGANIZATION_EDITOR', member);
    editors.push(editor);
  }
  outsiderEditor = await signUpUser(api, 'outsider@assessment.test');
  await grant(db, outsiderEditor.userId, 'ORGANIZATION_EDITOR', outsider);
  manager = await signUpUser(api, 'manager@assessment.test');
  await grant(db, manager.userId, 'CLUSTER_MANAGER', cluster.id);
  otherManager = await signUpUser(api, 'other-manager@assessment.test');
  const [{ id: otherCluster }] = (await rows<{ id: number }>(
    `SELECT id FROM organization WHERE kind = 'CLUSTER' AND id <> $1 ORDER BY id LIMIT 1`,
    [cluster.id],
  )) as [{ id: number }];
  await grant(db, otherManager.userId, 'CLUSTER_MANAGER', otherCluster);
});

afterAll(async () => {
  await db.destroy();
  await api.stop();
});

const SUBMIT = `mutation($input: SubmitAssessmentInput!) { submitAssessment(input: $input) { id version } }`;
const SHARE = `mutation($input: AssessmentSharingInput!) { setAssessmentSharing(input: $input) { version } }`;
const ASSESSMENT = `query($id: ID!) { node(id: $id) { ... on Assessment {
  overallScore level sharedWithClusters answers { question option points }
  dimensionScores { dimension score weight }
  recommendations(language: DE) { dimension score advice articles { slug kind } events { slug } partners { organization { slug } score } fundingCalls { call { slug } score } }
} } }`;

interface AssessmentData {
  overallScore: number;
  level: string;
  sharedWithClusters: boolean;
  answers: { question: string; option: string; points: number }[];
  dimensionScores: { dimension: string; score: number; weight: number }[];
  recommendations: {
    dimension: string;
    score: number;
    advice: string;
    articles: { slug: string; kind: string }[];
    events: { slug: string }[];
    partners: { organization: { slug: string }; score: number }[];
    fundingCalls: { call: { slug: string }; score: number }[];
  }[];
}

async function submit(organization: number, editor: SignedInUser, set: Record<string, string>, share = false): Promise<string> {
  const res = await api.graphql<{ submitAssessment: { id: string } }>(
    SUBMIT,
    { input: { organizationId: O(organization), answers: answers(set), shareWithClusters: share } },
    editor.headers,
  );
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.submitAssessment.id;
}

async function read(id: string, headers: Record<string, string>) {
  return api.graphql<{ node: AssessmentData }>(ASSESSMENT, { id }, headers);
}

const scores = (a: AssessmentData) => Object.fromEntries(a.dimensionScores.map((d) => [d.dimension, d.score]));

describe('export-readiness assessment', () => {
  it('serves the questionnaire in four languages, with points and thresholds', async () => {
    const res = await api.graphql<{
      exportReadinessQuestionnaire: {
        version: number;
        dimensions: { dimension: string; weight: number; questions: { code: string; text: string }[] }[];
      };
    }>(`{ exportReadinessQuestionnaire(language: IT) { version dimensions { dimension weight questions { code text } } } }`);
    const q = res.body.data!.exportReadinessQuestionnaire;
    expect(q.version).toBe(1);
    expect(q.dimensions.map((d) => d.dimension)).toEqual([
      'STRATEGY',
      'RESOURCES',
      'CERTIFICATIONS',
      'LANGUAGES',
      'INTERNATIONAL_EXPERIENCE',
      'PRODUCT_ADAPTATION',
      'MARKET_KNOWLEDGE',
      'FINANCING',
    ]);
    expect(q.dimensions[0]!.questions[0]).toEqual({
      code: 'strategy.plan',
      text: 'Abbiamo un piano di export scritto con mercati obiettivo, traguardi e budget.',
    });
  });

  it('scores the hand-made mixed case as worked out in docs/methodology.md', async () => {
    const id = await submit(members[0], editors[0]!, ANSWER_SETS.mixed);
    const res = await read(id, editors[0]!.headers);
    expect(res.body.errors).toBeUndefined();
    const a = res.body.data!.node;
    expect(scores(a)).toEqual({
      STRATEGY: 50,
      RESOURCES: 83.3,
      CERTIFICATIONS: 33.3,
      LANGUAGES: 66.7,
      INTERNATIONAL_EXPERIENCE: 33.3,
      PRODUCT_ADAPTATION: 83.3,
      MARKET_KNOWLEDGE: 16.7,
      FINANCING: 66.7,
    });
    expect(a.overallScore).toBe(50);
    expect(a.level).toBe('DEVELOPING');
    expect(a.answers).toHaveLength(16);
    expect(a.recommendations.map((r) => [r.dimension, r.score])).toEqual([
      ['MARKET_KNOWLEDGE', 16.7],
      ['CERTIFICATIONS', 33.3],
      ['INTERNATIONAL_EXPERIENCE', 33.3],
      ['STRATEGY', 50],
    ]);
    const [market, certifications, experience, strategy] = a.recommendations as [
      AssessmentData['recommendations'][number],
      AssessmentData['recommendations'][number],
      AssessmentData['recommendations'][number],
      AssessmentData['recommendations'][number],
    ];
    expect(market.advice).toMatch(/Marktstudien/);
    expect(market.articles.map((x) => x.kind).every((k) => k === 'MARKET_STUDY' || k === 'MISSION_REPORT')).toBe(true);
    expect(market.articles.length).toBeGreaterThan(0);
    expect(market.events.length).toBeGreaterThan(0);
    expect(market.partners).toEqual([]);
    expect(certifications.partners.length).toBeGreaterThan(0);
    expect(experience.articles.every((x) => x.kind === 'MISSION_REPORT')).toBe(true);
    expect(strategy.events).toEqual([]);
  });

  it('scores the full, empty, capped and boundary cases', async () => {
    const cases: [keyof typeof ANSWER_SETS, number, string, string[]][] = [
      ['full', 100, 'EXPERIENCED', []],
      [
        'empty',
        0,
        'STARTING',
        [
          'STRATEGY',
          'RESOURCES',
          'CERTIFICATIONS',
          'LANGUAGES',
          'INTERNATIONAL_EXPERIENCE',
          'PRODUCT_ADAPTATION',
          'MARKET_KNOWLEDGE',
          'FINANCING',
        ],
      ],
      // 90 overall, but financing scores 0 (below 25): the level is capped at DEVELOPING.
      ['noFinancing', 90, 'DEVELOPING', ['FINANCING']],
      // Eight weight units at 4/6 and two at 2/6: (8 × 66.67 + 2 × 33.33) / 10 = 60, which is READY.
      ['boundary', 60, 'READY', ['LANGUAGES', 'INTERNATIONAL_EXPERIENCE']],
    ];
    for (const [name, overall, level, weak] of cases) {
      const id = await submit(outsider, outsiderEditor, ANSWER_SETS[name]);
      const a = (await read(id, outsiderEditor.headers)).body.data!.node;
      expect([name, a.overallScore, a.level, a.recommendations.map((r) => r.dimension)]).toEqual([name, overall, level, weak]);
    }
  });

  it('links weak financing to the open funding calls that fit the organization best', async () => {
    const id = await submit(outsider, outsiderEditor, ANSWER_SETS.noFinancing);
    const [financing] = (await read(id, outsiderEditor.headers)).body.data!.node.recommendations;
    const fitting = await api.graphql<{ fundingCallsFor: { nodes: { call: { slug: string }; score: number }[] } }>(
      `query($o: ID!) { fundingCallsFor(organizationId: $o, first: 3) { nodes { call { slug } score } } }`,
      { o: O(outsider) },
    );
    expect(fitting.body.errors).toBeUndefined();
    expect(financing!.dimension).toBe('FINANCING');
    expect(financing!.fundingCalls.length).toBeGreaterThan(0);
    expect(financing!.fundingCalls).toEqual(fitting.body.data!.fundingCallsFor.nodes);
    expect(financing!.partners).toEqual([]);
  });

  it('rejects incomplete or unknown answers, naming the field, and strangers', async () => {
    const base = answers(ANSWER_SETS.mixed);
    const call = (list: unknown[], headers = outsiderEditor.headers, org = outsider) =>
      api.graphql(SUBMIT, { input: { organizationId: O(org), answers: list } }, headers);
    expectCodedError(await call(base.slice(1)), 'BAD_USER_INPUT', 'input.answers');
    expectCodedError(
      await call([...base.slice(0, 3), { question: 'strategy.nope', option: 'fully' }, ...base.slice(3)]),
      'BAD_USER_INPUT',
      'input.answers[3].question',
    );
    expectCodedError(await call(base.map((a, i) => (i === 2 ? { ...a, option: 'lots' } : a))), 'BAD_USER_INPUT', 'input.answers[2].option');
    expectCodedError(await call([...base, base[0]]), 'BAD_USER_INPUT', 'input.answers[16].question');
    expectCodedError(await call(base, manager.headers), 'FORBIDDEN');
    expectCodedError(await api.graphql(SUBMIT, { input: { organizationId: O(outsider), answers: base } }), 'UNAUTHENTICATED');
  });

  it("keeps a member's assessment from its cluster manager until the member consents", async () => {
    const id = await submit(members[1], editors[1]!, ANSWER_SETS.noFinancing);
    expectCodedError(await read(id, manager.headers), 'FORBIDDEN');
    const listed = `query($slug: String!) { organization(slug: $slug) { assessments(first: 5) { totalCount nodes { overallScore } } } }`;
    const [{ slug }] = (await rows<{ slug: string }>(`SELECT slug FROM organization WHERE id = $1`, [members[1]])) as [{ slug: string }];
    const hidden = await api.graphql<{ organization: { assessments: { totalCount: number } } }>(listed, { slug }, manager.headers);
    expect(hidden.body.data!.organization.assessments.totalCount).toBe(0);
    expectCodedError(await api.graphql(listed, { slug }, otherManager.headers), 'FORBIDDEN');
    expectCodedError(await read(id, otherManager.headers), 'FORBIDDEN');

    expectCodedError(await api.graphql(SHARE, { input: { id, version: 1, shared: true } }, manager.headers), 'FORBIDDEN');
    const shared = await api.graphql<{ setAssessmentSharing: { version: number } }>(
      SHARE,
      { input: { id, version: 1, shared: true } },
      editors[1]!.headers,
    );
    expect(shared.body.data!.setAssessmentSharing.version).toBe(2);
    const seen = await read(id, manager.headers);
    expect(seen.body.errors).toBeUndefined();
    expect(seen.body.data!.node.answers.find((a) => a.question === 'financing.budget')).toEqual({
      question: 'financing.budget',
      option: 'no',
      points: 0,
    });
    expect(
      (await api.graphql<{ organization: { assessments: { totalCount: number } } }>(listed, { slug }, manager.headers)).body.data!
        .organization.assessments.totalCount,
    ).toBe(1);
    expectCodedError(await read(id, otherManager.headers), 'FORBIDDEN');

    await api.graphql(SHARE, { input: { id, version: 2, shared: false } }, editors[1]!.headers);
    expectCodedError(await read(id, manager.headers), 'FORBIDDEN');
    expectCodedError(await api.graphql(SHARE, { input: { id, version: 2, shared: true } }, editors[1]!.headers), 'CONFLICT');
  });

  it('shows the cluster manager only an aggregate, withheld below the minimum group size, and feeds the KPI', async () => {
    const AGGREGATE = `query($slug: String!, $periods: [String!]) { organization(slug: $slug) {
      exportReadiness { assessedMembers minimumGroupSize suppressed overallScore dimensionScores { dimension score } levels { level count } }
      kpis(periods: $periods) { kpi { code } periods { period value computed } }
    } }`;
    type Aggregate = {
      organization: {
        exportReadiness: {
          assessedMembers: number;
          suppressed: boolean;
          overallScore: number | null;
          dimensionScores: { dimension: string; score: number }[] | null;
          levels: { level: string; count: number }[] | null;
        };
        kpis: { kpi: { code: string }; periods: { period: string; value: number | null }[] }[];
      };
    };
    const year = String(new Date().getUTCFullYear());
    const aggregate = async () => {
      const res = await api.graphql<Aggregate>(AGGREGATE, { slug: cluster.slug, periods: ['2019', year] }, manager.headers);
      expect(res.body.errors).toBeUndefined();
      const org = res.body.data!.organization;
      return {
        ...org.exportReadiness,
        kpi: org.kpis.find((k) => k.kpi.code === 'export-readiness')!.periods.map((p) => [p.period, p.value]),
      };
    };
    // members[0] (mixed, 50) and members[1] (noFinancing, 90) are assessed: two, below three.
    expect(await aggregate()).toEqual({
      assessedMembers: 2,
      minimumGroupSize: 3,
      suppressed: true,
      overallScore: null,
      dimensionScores: null,
      levels: null,
      kpi: [
        ['2019', null],
        [year, null],
      ],
    });
    // members[2] first scores 0, then the boundary case (60): only its latest assessment counts.
    await submit(members[2], editors[2]!, ANSWER_SETS.empty);
    await submit(members[2], editors[2]!, ANSWER_SETS.boundary);
    const shown = await aggregate();
    expect(shown.assessedMembers).toBe(3);
    expect(shown.suppressed).toBe(false);
    // (50 + 90 + 60) / 3 = 66.67
    expect(shown.overallScore).toBe(66.7);
    expect(shown.levels).toEqual([
      { level: 'STARTING', count: 0 },
      { level: 'DEVELOPING', count: 2 },
      { level: 'READY', count: 1 },
      { level: 'EXPERIENCED', count: 0 },
    ]);
    const means = Object.fromEntries(shown.dimensionScores!.map((d) => [d.dimension, d.score]));
    // STRATEGY (50 + 100 + 66.7) / 3 = 72.23; FINANCING (66.7 + 0 + 66.7) / 3 = 44.47
    expect(means.STRATEGY).toBe(72.2);
    expect(means.FINANCING).toBe(44.5);
    expect(shown.kpi).toEqual([
      ['2019', null],
      [year, 66.7],
    ]);
    expectCodedError(await api.graphql(AGGREGATE, { slug: cluster.slug, periods: [year] }, otherManager.headers), 'FORBIDDEN');
    expectCodedError(await api.graphql(AGGREGATE, { slug: cluster.slug, periods: [year] }, editors[0]!.headers), 'FORBIDDEN');
  });
});
