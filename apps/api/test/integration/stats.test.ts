import type { DataSource } from 'typeorm';
import { withSummariesDeferred } from '../../src/db/seed/deferred-summaries';
import { openTestDataSource, resetDatabase } from '../support/database';
import { startTestApi, type TestApi } from '../support/api';
import { expectCodedError } from '../support/expect-error';

let api: TestApi;
let db: DataSource;

beforeAll(async () => {
  await resetDatabase({ demo: 250 });
  api = await startTestApi();
  db = await openTestDataSource();
});

afterAll(async () => {
  await db.destroy();
  await api.stop();
});

const STATS = `{
  stats {
    organizations organizationsByKind { kind count } clusters countries capabilities openNeeds
    communities acceptedLinks agreements events missions
    latestAgreements(first: 2) { totalCount nodes { slug signedOn } }
    latestEvents(first: 3) { nodes { slug startsOn } }
  }
}`;

type Count =
  | 'organizations'
  | 'clusters'
  | 'countries'
  | 'capabilities'
  | 'openNeeds'
  | 'communities'
  | 'acceptedLinks'
  | 'agreements'
  | 'events'
  | 'missions';

interface StatsData {
  stats: Record<Count, number> & {
    organizationsByKind: { kind: string; count: number }[];
    latestAgreements: { totalCount: number; nodes: { slug: string; signedOn: string }[] };
    latestEvents: { nodes: { slug: string; startsOn: string }[] };
  };
}

async function count(sql: string): Promise<number> {
  const [row] = (await db.query(`SELECT (${sql})::int AS n`)) as { n: number }[];
  return row!.n;
}

describe('stats', () => {
  it('counts what the database holds, in one statement plus the latest lists', async () => {
    const res = await api.graphql<StatsData>(STATS);
    expect(res.body.errors).toBeUndefined();
    const stats = res.body.data!.stats;
    expect(stats.organizations).toBe(await count('SELECT count(*) FROM organization WHERE deleted_at IS NULL'));
    expect(stats.clusters).toBe(await count(`SELECT count(*) FROM organization WHERE kind = 'CLUSTER' AND deleted_at IS NULL`));
    expect(stats.countries).toBe(await count('SELECT count(DISTINCT country) FROM organization WHERE deleted_at IS NULL'));
    expect(stats.capabilities).toBe(await count('SELECT count(*) FROM capability'));
    expect(stats.openNeeds).toBe(await count(`SELECT count(*) FROM need WHERE status = 'OPEN'`));
    expect(stats.communities).toBe(6);
    expect(stats.acceptedLinks).toBe(9);
    expect(stats.agreements).toBe(3);
    expect(stats.events).toBe(await count('SELECT count(*) FROM event'));
    expect(stats.missions).toBe(await count(`SELECT count(*) FROM event WHERE kind = 'TRADE_MISSION'`));
    expect(stats.missions).toBeGreaterThan(0);
    expect(stats.organizationsByKind.reduce((sum, k) => sum + k.count, 0)).toBe(stats.organizations);
    expect(stats.latestAgreements.nodes.map((a) => a.slug)).toEqual(['pimap-partnership-agreement', expect.any(String)]);
    expect(stats.latestAgreements.totalCount).toBe(3);
    const dates = stats.latestEvents.nodes.map((e) => e.startsOn);
    expect(dates).toEqual([...dates].sort().reverse());
    // stats, latest agreements (+ count), latest events.
    expect(res.statements).toBeLessThanOrEqual(4);
  });

  it('follows changes to the data', async () => {
    const before = await api.graphql<StatsData>(`{ stats { communities } }`);
    await db.query(`INSERT INTO community (slug, name) VALUES ('stats-test-community', 'Stats test community')`);
    try {
      const after = await api.graphql<StatsData>(`{ stats { communities } }`);
      expect(after.body.data!.stats.communities).toBe(before.body.data!.stats.communities + 1);
    } finally {
      await db.query(`DELETE FROM community WHERE slug = 'stats-test-community'`);
    }
  });

  it('leaves out removed organizations and their capabilities', async () => {
    const query = `{ stats { organizations capabilities } }`;
    const before = await api.graphql<StatsData>(query);
    const [organization] = (await db.query(
      `SELECT o.id, count(c.id)::int AS capabilities FROM organization o JOIN capability c ON c.organization_id = o.id
       WHERE o.deleted_at IS NULL GROUP BY o.id ORDER BY o.id LIMIT 1`,
    )) as { id: number; capabilities: number }[];
    await db.query('UPDATE organization SET deleted_at = now() WHERE id = $1', [organization!.id]);
    try {
      const after = await api.graphql<StatsData>(query);
      expect(after.body.data!.stats.organizations).toBe(before.body.data!.stats.organizations - 1);
      expect(after.body.data!.stats.capabilities).toBe(before.body.data!.stats.capabilities - organization!.capabilities);
    } finally {
      await db.query('UPDATE organization SET deleted_at = NULL WHERE id = $1', [organization!.id]);
    }
  });

  /** The counts kept by the triggers, compared with a recount from the tables (rolled back). */
  async function expectCountsExact(): Promise<void> {
    const runner = db.createQueryRunner();
    await runner.startTransaction();
    try {
      const read = () => runner.query(`SELECT metric, key, n::int AS n FROM platform_count WHERE n <> 0 ORDER BY metric, key`);
      const kept = (await read()) as unknown[];
      await runner.query('SELECT platform_count_rebuild()');
      expect(kept).toEqual(await read());
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  }

  it('keeps every count equal to a recount through writes of every kind and a deferred bulk load', async () => {
    await expectCountsExact();
    const [{ id: org }] = (await db.query(
      `INSERT INTO organization (slug, name, kind, country) VALUES ('count-a', 'Count A', 'SME', 'MT'), ('count-b', 'Count B', 'UNIVERSITY', 'MT') RETURNING id`,
    )) as [{ id: number }];
    const [{ id: tech }] = (await db.query(`SELECT id FROM term WHERE facet = 'TECHNOLOGY' ORDER BY id LIMIT 1`)) as [{ id: number }];
    const [{ id: stage }] = (await db.query(`SELECT id FROM term WHERE facet = 'STAGE' ORDER BY id LIMIT 1`)) as [{ id: number }];
    await db.query(`INSERT INTO capability (organization_id, technology_id, stage_id, trl) VALUES ($1, $2, $3, 4), ($1, $2, $3, 6)`, [
      org,
      tech,
      stage,
    ]);
    await db.query(`INSERT INTO need (organization_id, kind) VALUES ($1, 'PARTNER'), ($1, 'FUNDING')`, [org]);
    await db.query(`UPDATE need SET status = 'CLOSED' WHERE organization_id = $1 AND kind = 'FUNDING'`, [org]);
    await db.query(`UPDATE organization SET country = 'CY', kind = 'LARGE_COMPANY' WHERE slug = 'count-b'`);
    await expectCountsExact();
    // Removed, then restored: the organization takes its capabilities and open needs with it.
    await db.query(`UPDATE organization SET deleted_at = now() WHERE id = $1`, [org]);
    await expectCountsExact();
    await db.query(`INSERT INTO need (organization_id, kind) VALUES ($1, 'SKILLS')`, [org]);
    await db.query(`UPDATE organization SET deleted_at = NULL WHERE id = $1`, [org]);
    await db.query(`DELETE FROM capability WHERE organization_id = $1 AND trl = 4`, [org]);
    await db.query(
      `INSERT INTO event (slug, kind, title, starts_on, ends_on) VALUES ('count-fair', 'TRADE_FAIR', 'Fair', '2027-01-01', '2027-01-02')`,
    );
    await db.query(`UPDATE event SET kind = 'TRADE_MISSION' WHERE slug = 'count-fair'`);
    await db.query(`UPDATE link SET status = 'DECLINED' WHERE id = (SELECT min(id) FROM link WHERE status = 'ACCEPTED')`);
    await expectCountsExact();
    await db.query(`DELETE FROM event WHERE slug = 'count-fair'`);
    await db.query(`UPDATE link SET status = 'ACCEPTED' WHERE status = 'DECLINED'`);
    await db.transaction((manager) =>
      withSummariesDeferred(manager, () =>
        manager.query(
          `INSERT INTO organization (slug, name, kind, country) SELECT 'count-bulk-' || i, 'Bulk ' || i, 'SME', 'MT' FROM generate_series(1, 50) i`,
        ),
      ),
    );
    await expectCountsExact();
    const stats = (await api.graphql<StatsData>(STATS)).body.data!.stats;
    expect(stats.organizations).toBe(await count('SELECT count(*) FROM organization WHERE deleted_at IS NULL'));
    expect(stats.openNeeds).toBe(
      await count(
        `SELECT count(*) FROM need n JOIN organization o ON o.id = n.organization_id AND o.deleted_at IS NULL WHERE n.status = 'OPEN'`,
      ),
    );
    expect(stats.countries).toBe(await count('SELECT count(DISTINCT country) FROM organization WHERE deleted_at IS NULL'));
    expect(stats.organizationsByKind.find((k) => k.kind === 'LARGE_COMPANY')?.count).toBe(
      await count(`SELECT count(*) FROM organization WHERE kind = 'LARGE_COMPANY' AND deleted_at IS NULL`),
    );
  });

  it('rejects a page size out of range on the latest lists', async () => {
    expectCodedError(await api.graphql(`{ stats { latestEvents(first: 101) { totalCount } } }`), 'BAD_USER_INPUT', 'first');
    expectCodedError(await api.graphql(`{ stats { latestAgreements(first: 0) { totalCount } } }`), 'BAD_USER_INPUT', 'first');
  });
});
