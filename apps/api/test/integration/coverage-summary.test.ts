import type { DataSource } from 'typeorm';
import { withSummariesDeferred } from '../../src/db/seed/deferred-summaries';
import { startTestApi, type TestApi } from '../support/api';
import { openTestDataSource, resetDatabase } from '../support/database';
import { NetworkFixture } from '../support/network-fixture';

/**
 * The coverage summary (coverage_member, coverage_count) is kept by triggers. Countries-only
 * scopes are answered from it; a scope with a region pattern that matches nothing means the same
 * organizations but is answered from the capability tables, so after every kind of write both
 * answers must agree, and the summary must agree with a recount of its own rows.
 */
let api: TestApi;
let db: DataSource;
let f: NetworkFixture;

const AUTOMOTIVE = 'app.automotive-mobility';
const HEALTH = 'app.health-life-science';
const SCOPES: { countries: string[] }[] = [{ countries: ['FR'] }, { countries: ['DE', 'IT'] }, { countries: [] }];

interface Stage {
  position: number;
  providerCount: number;
  providerCountElsewhere: number;
}

async function coverage(application: string, countries: string[], regions: string[]): Promise<Stage[]> {
  const response = await api.graphql<{ valueChainCoverage: { stages: Stage[] } }>(
    `query ($application: String!, $countries: [String!], $regions: [String!]) {
      valueChainCoverage(application: $application, countries: $countries, regions: $regions) {
        stages { position providerCount providerCountElsewhere }
      }
    }`,
    { application, countries, regions },
  );
  expect(response.body.errors).toBeUndefined();
  return response.body.data!.valueChainCoverage.stages;
}

async function expectSummaryExact(): Promise<Stage[]> {
  const [totals] = (await db.query(
    `SELECT (SELECT count(*) FROM coverage_member)::int AS members, (SELECT coalesce(sum(organizations), 0) FROM coverage_count)::int AS counted,
            (SELECT count(*) FROM coverage_count WHERE organizations < 0)::int AS negative`,
  )) as { members: number; counted: number; negative: number }[];
  expect(totals).toEqual({ members: totals!.members, counted: totals!.members, negative: 0 });
  let first: Stage[] = [];
  for (const application of [AUTOMOTIVE, HEALTH]) {
    for (const scope of SCOPES) {
      const fromSummary = await coverage(application, scope.countries, []);
      // An empty scope means everywhere; a region pattern would narrow it, so compare with itself there.
      const regions = scope.countries.length > 0 ? ['ZZ'] : [];
      expect(fromSummary).toEqual(await coverage(application, scope.countries, regions));
      if (first.length === 0) first = fromSummary;
    }
  }
  return first;
}

const automotiveFrance = () => coverage(AUTOMOTIVE, ['FR'], []);
const stageCount = (stages: Stage[], position: number) => stages.find((s) => s.position === position)!.providerCount;

beforeAll(async () => {
  await resetDatabase({ demo: 150 });
  db = await openTestDataSource();
  f = await NetworkFixture.open(db);
  api = await startTestApi();
});

afterAll(async () => {
  await api.stop();
  await db.destroy();
});

describe('value-chain coverage summary under writes', () => {
  it('matches the capability tables after the demo load', async () => {
    const stages = await expectSummaryExact();
    expect(stages.some((s) => s.providerCount > 0)).toBe(true);
  });

  it('follows new capabilities, moved stages and removed applications', async () => {
    const org = await f.organization({ slug: 'coverage-probe', country: 'FR' });
    const before = await automotiveFrance();
    const capability = await f.capability(org, 'tech.fibre-lasers', 'stage.materials', 6, ['app.automotive-mobility']);
    expect(stageCount(await automotiveFrance(), 1)).toBe(stageCount(before, 1) + 1);
    await expectSummaryExact();
    await db.query('UPDATE capability SET stage_id = $1 WHERE id = $2', [f.term('stage.components'), capability]);
    const moved = await automotiveFrance();
    expect(stageCount(moved, 1)).toBe(stageCount(before, 1));
    expect(stageCount(moved, 2)).toBe(stageCount(before, 2) + 1);
    await db.query('DELETE FROM capability_application WHERE capability_id = $1', [capability]);
    expect(await automotiveFrance()).toEqual(before);
    await expectSummaryExact();
  });

  it('follows an organization that moves country, is deleted softly, restored and deleted', async () => {
    const org = await f.organization({ slug: 'coverage-mover', country: 'FR' });
    const before = await automotiveFrance();
    await f.capability(org, 'tech.fibre-lasers', 'stage.materials', 6, ['app.automotive-mobility']);
    await f.capability(org, 'tech.diode-lasers', 'stage.materials', 4, ['app.automotive-mobility']);
    expect(stageCount(await automotiveFrance(), 1)).toBe(stageCount(before, 1) + 1);
    await db.query(`UPDATE organization SET country = 'DE' WHERE id = $1`, [org]);
    const inGermany = await automotiveFrance();
    expect(stageCount(inGermany, 1)).toBe(stageCount(before, 1));
    expect(inGermany[0]!.providerCountElsewhere).toBe(before[0]!.providerCountElsewhere + 1);
    await expectSummaryExact();
    await db.query(`UPDATE organization SET country = 'FR', deleted_at = now() WHERE id = $1`, [org]);
    expect(await automotiveFrance()).toEqual(before);
    await db.query('UPDATE organization SET deleted_at = NULL WHERE id = $1', [org]);
    expect(stageCount(await automotiveFrance(), 1)).toBe(stageCount(before, 1) + 1);
    await db.query('DELETE FROM organization WHERE id = $1', [org]);
    expect(await automotiveFrance()).toEqual(before);
    await expectSummaryExact();
  });

  it('follows a term moved to another parent, and several writes in one transaction', async () => {
    const child = (await db.query(`SELECT id, parent_id FROM term WHERE parent_id = $1 ORDER BY id LIMIT 1`, [f.term(HEALTH)])) as {
      id: number;
      parent_id: number;
    }[];
    const term = child[0]!;
    const org = await f.organization({ slug: 'coverage-term-mover', country: 'FR' });
    await db.query(
      `WITH c AS (INSERT INTO capability (organization_id, technology_id, stage_id, trl) VALUES ($1, $2, $3, 5) RETURNING id)
       INSERT INTO capability_application (capability_id, application_id) SELECT id, $4 FROM c`,
      [org, f.term('tech.fibre-lasers'), f.term('stage.components'), term.id],
    );
    await expectSummaryExact();
    await db.query('UPDATE term SET parent_id = $1 WHERE id = $2', [f.term(AUTOMOTIVE), term.id]);
    await expectSummaryExact();
    await db.query('UPDATE term SET parent_id = $1 WHERE id = $2', [term.parent_id, term.id]);
    await db.transaction(async (manager) => {
      await manager.query(`UPDATE organization SET country = 'IT' WHERE id = $1`, [org]);
      await manager.query(
        `UPDATE capability SET organization_id = (SELECT id FROM organization WHERE slug = 'coverage-probe') WHERE organization_id = $1`,
        [org],
      );
    });
    await expectSummaryExact();
  });

  it('is rebuilt when a bulk load defers it', async () => {
    const org = await f.organization({ slug: 'coverage-bulk', country: 'FR' });
    const before = await automotiveFrance();
    await db.transaction((manager) =>
      withSummariesDeferred(manager, () =>
        manager.query(
          `WITH c AS (INSERT INTO capability (organization_id, technology_id, stage_id, trl) VALUES ($1, $2, $3, 5) RETURNING id)
           INSERT INTO capability_application (capability_id, application_id) SELECT id, $4 FROM c`,
          [org, f.term('tech.fibre-lasers'), f.term('stage.materials'), f.term(AUTOMOTIVE)],
        ),
      ),
    );
    expect(stageCount(await automotiveFrance(), 1)).toBe(stageCount(before, 1) + 1);
    await expectSummaryExact();
  });
});
