import { openTestDataSource, resetDatabase } from '../support/database';
import { startTestApi, type TestApi } from '../support/api';
import { NetworkFixture } from '../support/network-fixture';

let api: TestApi;

const HEALTH = 'app.health-life-science';

/**
 * A cluster in Brittany with two members (components and modules for health lasers) and providers
 * elsewhere: the right coverage and gaps are known by construction.
 */
beforeAll(async () => {
  await resetDatabase('taxonomy');
  const dataSource = await openTestDataSource();
  try {
    const f = await NetworkFixture.open(dataSource);
    const cluster = await f.organization({ slug: 'breizh-photonics', kind: 'CLUSTER', country: 'FR', region: 'FRH0' });
    const m1 = await f.organization({ slug: 'member-components', country: 'FR', region: 'FRH0' });
    const m2 = await f.organization({ slug: 'member-modules', country: 'FR', region: 'FRH0' });
    await f.member(m1, cluster);
    await f.member(m2, cluster);
    await f.capability(m1, 'tech.fibre-lasers', 'stage.components', 7, ['app.medical-diagnostics']);
    await f.capability(m2, 'tech.diode-lasers', 'stage.modules-subsystems', 5, [HEALTH]);
    const x1 = await f.organization({ slug: 'german-materials', country: 'DE', region: 'DE11', verified: true });
    const x2 = await f.organization({ slug: 'italian-materials', country: 'IT' });
    const x3 = await f.organization({ slug: 'spanish-led-materials', country: 'ES' });
    const x4 = await f.organization({ slug: 'us-materials', country: 'US' });
    const x5 = await f.organization({ slug: 'german-automotive-systems', country: 'DE' });
    await f.capability(x1, 'tech.fibre-lasers', 'stage.materials', 8, [HEALTH]);
    await f.capability(x2, 'tech.diode-lasers', 'stage.materials', 8, ['app.surgery-therapy']);
    await f.capability(x3, 'tech.leds', 'stage.materials', 9, [HEALTH]);
    await f.capability(x4, 'tech.fibre-lasers', 'stage.materials', 9, [HEALTH]);
    await f.capability(x5, 'tech.fibre-lasers', 'stage.systems-equipment', 9, ['app.automotive-mobility']);
    for (const [slug, technology] of [
      ['health-lasers', 'tech.lasers'],
      ['health-any', null],
    ] as const) {
      const [chain] = (await dataSource.query(
        `INSERT INTO value_chain (slug, name, application_id, technology_id) VALUES ($1, $2, $3, $4) RETURNING id`,
        [slug, slug, f.term(HEALTH), technology ? f.term(technology) : null],
      )) as { id: number }[];
      await dataSource.query(
        `INSERT INTO value_chain_stage (value_chain_id, position, stage_id, label) VALUES ($1, 1, $2, 'Laser glass'), ($1, 2, $3, 'Laser sources')`,
        [chain!.id, f.term('stage.materials'), f.term('stage.components')],
      );
    }
  } finally {
    await dataSource.destroy();
  }
  api = await startTestApi();
});

afterAll(async () => {
  await api.stop();
});

interface Provider {
  bestTrl: number;
  country: string;
  organization: { slug: string };
}
interface ProviderPage {
  totalCount: number;
  nodes: Provider[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
interface Stage {
  position: number;
  label: string;
  stage: { code: string };
  providerCount: number;
  providerCountElsewhere: number;
  isGap: boolean;
  providers: ProviderPage;
  providersElsewhere: ProviderPage | null;
}
interface Coverage {
  gapCount: number;
  application: { code: string };
  technology: { code: string } | null;
  stages: Stage[];
}

const STAGE_FIELDS = `position label stage { code } providerCount providerCountElsewhere isGap
  providers(first: $first, after: $after) { totalCount nodes { bestTrl country organization { slug } } pageInfo { hasNextPage endCursor } }
  providersElsewhere(first: $first, after: $after) { totalCount nodes { bestTrl country organization { slug } } pageInfo { hasNextPage endCursor } }`;

const COVERAGE = `query Coverage($application: String!, $technology: String, $countries: [String!], $regions: [String!], $clusters: [String!], $first: Int, $after: String) {
  valueChainCoverage(application: $application, technology: $technology, countries: $countries, regions: $regions, clusters: $clusters) {
    gapCount application { code } technology { code }
    stages { ${STAGE_FIELDS} }
  }
}`;

async function coverage(variables: Record<string, unknown>): Promise<Coverage> {
  const res = await api.graphql<{ valueChainCoverage: Coverage }>(COVERAGE, { first: 10, ...variables });
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.valueChainCoverage;
}

const slugs = (page: ProviderPage | null) => page?.nodes.map((n) => n.organization.slug) ?? null;

describe('valueChainCoverage', () => {
  it('lists the stages in order, the providers inside the scope and the gaps with providers elsewhere in Europe', async () => {
    const result = await coverage({ application: HEALTH, technology: 'tech.lasers', clusters: ['breizh-photonics'] });
    expect(result.application.code).toBe(HEALTH);
    expect(result.technology?.code).toBe('tech.lasers');
    expect(result.stages.map((s) => s.stage.code)).toEqual([
      'stage.materials',
      'stage.components',
      'stage.modules-subsystems',
      'stage.systems-equipment',
      'stage.integration-services',
      'stage.end-use',
    ]);
    expect(result.stages.map((s) => s.position)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(result.stages.map((s) => s.isGap)).toEqual([true, false, false, true, true, true]);
    expect(result.gapCount).toBe(4);
    const [materials, components, modules, systems] = result.stages;
    // Descendant application (medical diagnostics) and technology (fibre lasers) count.
    expect(slugs(components!.providers)).toEqual(['member-components']);
    expect(components!.providerCount).toBe(1);
    expect(components!.providersElsewhere).toBeNull();
    expect(slugs(modules!.providers)).toEqual(['member-modules']);
    // Outside: LEDs are not lasers, the US is not Europe; verified first among equal TRLs.
    expect(materials!.providerCount).toBe(0);
    expect(materials!.providers.totalCount).toBe(0);
    expect(materials!.providerCountElsewhere).toBe(2);
    expect(slugs(materials!.providersElsewhere)).toEqual(['german-materials', 'italian-materials']);
    expect(materials!.providersElsewhere!.nodes.map((n) => [n.country, n.bestTrl])).toEqual([
      ['DE', 8],
      ['IT', 8],
    ]);
    expect(materials!.providersElsewhere!.totalCount).toBe(2);
    // The automotive capability is for another application.
    expect(systems!.providerCountElsewhere).toBe(0);
    expect(systems!.providersElsewhere!.nodes).toEqual([]);
  });

  it('ranks by readiness level without a technology, and pages with cursors', async () => {
    const first = await coverage({ application: HEALTH, countries: ['FR'], first: 1 });
    const materials = first.stages[0]!;
    expect(materials.providerCountElsewhere).toBe(3);
    expect(slugs(materials.providersElsewhere)).toEqual(['spanish-led-materials']);
    expect(materials.providersElsewhere!.pageInfo.hasNextPage).toBe(true);
    const next = await coverage({
      application: HEALTH,
      countries: ['FR'],
      first: 1,
      after: materials.providersElsewhere!.pageInfo.endCursor,
    });
    expect(slugs(next.stages[0]!.providersElsewhere)).toEqual(['german-materials']);
  });

  it('takes regions as a scope, a NUTS code covering the regions inside it', async () => {
    const result = await coverage({ application: HEALTH, technology: 'tech.lasers', regions: ['FRH'] });
    expect(result.stages.map((s) => s.providerCount)).toEqual([0, 1, 1, 0, 0, 0]);
  });

  it('without a scope, covers everywhere and has nothing elsewhere', async () => {
    const result = await coverage({ application: HEALTH, technology: 'tech.lasers' });
    expect(result.stages[0]!.providerCount).toBe(3);
    expect(result.stages[0]!.providerCountElsewhere).toBe(0);
    expect(result.stages[0]!.isGap).toBe(false);
  });

  it('runs the same number of statements whatever the number of providers or stages requested', async () => {
    const small = await api.graphql(COVERAGE, { application: HEALTH, countries: ['FR'], first: 1 });
    const large = await api.graphql(COVERAGE, { application: HEALTH, countries: ['FR'], first: 100 });
    expect(small.body.errors).toBeUndefined();
    expect(large.statements).toBe(small.statements);
    expect(small.statements).toBeLessThanOrEqual(4);
    const chains = (n: number) =>
      api.graphql(
        `query($n: Int, $first: Int, $after: String) { valueChains(first: $n) { nodes { slug stages { position stage { code } }
          coverage(countries: ["FR"]) { gapCount stages { ${STAGE_FIELDS} } } } } }`,
        { n, first: 5 },
      );
    const one = await chains(1);
    const two = await chains(2);
    expect(two.body.errors).toBeUndefined();
    expect((two.body.data as { valueChains: { nodes: unknown[] } }).valueChains.nodes).toHaveLength(2);
    expect(two.statements).toBe(one.statements);
  });

  it.each([
    [{ application: 'app.no-such-thing' }, 'application'],
    [{ application: 'tech.lasers' }, 'application'],
    [{ application: HEALTH, technology: HEALTH }, 'technology'],
    [{ application: HEALTH, clusters: ['member-components'] }, 'clusters'],
    [{ application: HEALTH, countries: ['XX'] }, 'countries'],
    [{ application: HEALTH, regions: ['not a region'] }, 'regions'],
    [{ application: HEALTH, countries: ['FR'], first: 0 }, 'first'],
    [{ application: HEALTH, countries: ['FR'], first: 101 }, 'first'],
    [{ application: HEALTH, countries: ['FR'], after: 'not-a-cursor' }, 'after'],
  ])('rejects %j naming the argument %s', async (variables, argument) => {
    const res = await api.graphql(COVERAGE, { first: 10, ...variables });
    expect(res.status).toBe(200);
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: argument });
  });
});

describe('stored value chains', () => {
  it('finds a chain by slug with its stages and its coverage in a scope', async () => {
    const res = await api.graphql<{
      valueChain: {
        id: string;
        name: string;
        application: { code: string };
        technology: { code: string } | null;
        stages: { position: number; label: string; stage: { code: string } }[];
        coverage: Coverage;
      };
    }>(
      `query($first: Int, $after: String) { valueChain(slug: "health-lasers") { id name application { code } technology { code }
        stages { position label stage { code } }
        coverage(clusters: ["breizh-photonics"]) { gapCount stages { ${STAGE_FIELDS} } } } }`,
      { first: 10 },
    );
    expect(res.body.errors).toBeUndefined();
    const chain = res.body.data!.valueChain;
    expect(chain.technology?.code).toBe('tech.lasers');
    expect(chain.stages.map((s) => [s.position, s.label, s.stage.code])).toEqual([
      [1, 'Laser glass', 'stage.materials'],
      [2, 'Laser sources', 'stage.components'],
    ]);
    expect(chain.coverage.stages.map((s) => [s.label, s.isGap, s.providerCount])).toEqual([
      ['Laser glass', true, 0],
      ['Laser sources', false, 1],
    ]);
    expect(slugs(chain.coverage.stages[0]!.providersElsewhere)).toEqual(['german-materials', 'italian-materials']);
    const node = await api.graphql<{ node: { slug: string } }>(`query($id: ID!) { node(id: $id) { ... on ValueChain { slug } } }`, {
      id: chain.id,
    });
    expect(node.body.data?.node.slug).toBe('health-lasers');
  });

  it('lists chains by application, descendants included, and pages them', async () => {
    const list = (variables: Record<string, unknown>) =>
      api.graphql<{ valueChains: { totalCount: number; nodes: { slug: string }[]; pageInfo: { endCursor: string } } }>(
        `query($application: String, $first: Int, $after: String) { valueChains(application: $application, first: $first, after: $after) { totalCount nodes { slug } pageInfo { endCursor } } }`,
        variables,
      );
    const health = await list({ application: HEALTH, first: 1 });
    expect(health.body.data!.valueChains.totalCount).toBe(2);
    expect(health.body.data!.valueChains.nodes.map((n) => n.slug)).toEqual(['health-any']);
    const next = await list({ application: HEALTH, first: 1, after: health.body.data!.valueChains.pageInfo.endCursor });
    expect(next.body.data!.valueChains.nodes.map((n) => n.slug)).toEqual(['health-lasers']);
    const automotive = await list({ application: 'app.automotive-mobility', first: 10 });
    expect(automotive.body.data!.valueChains.totalCount).toBe(0);
    const wrongFacet = await list({ application: 'stage.materials', first: 10 });
    expect(wrongFacet.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'application' });
    const tooMany = await list({ first: 101 });
    expect(tooMany.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'first' });
  });

  it('answers NOT_FOUND for an unknown slug', async () => {
    const res = await api.graphql(`{ valueChain(slug: "no-such-chain") { id } }`);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
