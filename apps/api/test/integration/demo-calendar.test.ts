import type { DataSource } from 'typeorm';
import { loadDemoData } from '../../src/db/seed/load-demo-data';
import { DEMO_CALENDAR_WRITTEN_FOR } from '../../src/db/seed/programme/demo-calendar';
import { fundingCalls } from '../../src/db/seed/programme/funding-calls';
import { openTestDataSource, resetDatabase } from '../support/database';

const TWO_YEARS_LATER = '2028-12-01';
let dataSource: DataSource;

beforeAll(async () => {
  await resetDatabase('empty');
  dataSource = await openTestDataSource();
  await loadDemoData(dataSource, { organizations: 20, seed: 7, asOf: TWO_YEARS_LATER });
}, 120_000);

afterAll(async () => {
  await dataSource.destroy();
});

const count = async (sql: string) => ((await dataSource.query(sql, [TWO_YEARS_LATER])) as { n: number }[])[0]!.n;

describe('the demo loaded two years after its calendar was written', () => {
  it('still has open funding calls and upcoming trade fairs', async () => {
    expect(await count(`SELECT count(*)::int AS n FROM funding_call WHERE opens_on <= $1::date AND deadline >= $1::date`)).toBeGreaterThan(
      0,
    );
    expect(await count(`SELECT count(*)::int AS n FROM trade_fair WHERE starts_on > $1::date`)).toBeGreaterThan(0);
    expect(await count(`SELECT count(*)::int AS n FROM roadmap_action WHERE starts_on > $1::date`)).toBeGreaterThan(0);
  });

  it('keeps closed calls closed, and past and future as far from the load date as they were written', async () => {
    const closed = fundingCalls.filter((c) => c.deadline < DEMO_CALENDAR_WRITTEN_FOR).length;
    expect(closed).toBeGreaterThan(0);
    expect(await count(`SELECT count(*)::int AS n FROM funding_call WHERE deadline < $1::date`)).toBe(closed);
    // 731 days: 2028 is a leap year.
    const rows = (await dataSource.query(
      `SELECT slug, identifier, opens_on::text AS "opensOn", deadline::text AS deadline FROM funding_call WHERE slug LIKE 'he-cl4-pic-datacom-%'`,
    )) as unknown[];
    expect(rows).toEqual([
      {
        slug: 'he-cl4-pic-datacom-2029',
        identifier: 'HORIZON-CL4-2029-DIGITAL-EMERGING-01-31',
        opensOn: '2029-01-12',
        deadline: '2029-03-18',
      },
    ]);
  });

  it('moves the roadmap’s current plan with its reports, and leaves the recorded past as it was', async () => {
    const actions = (await dataSource.query(
      `SELECT a.slug, a.starts_on::text AS "startsOn", a.status, array_agg(p.reported_on::text ORDER BY p.reported_on) AS reports
       FROM roadmap_action a LEFT JOIN roadmap_progress p ON p.action_id = a.id
       WHERE a.slug IN ('p4i-joint-cluster-academy-2028', 'pimap-plus-japan-exploration') GROUP BY a.id ORDER BY a.slug`,
    )) as unknown[];
    expect(actions).toEqual([
      { slug: 'p4i-joint-cluster-academy-2028', startsOn: '2028-01-16', status: 'IN_PROGRESS', reports: ['2028-04-30', '2028-10-31'] },
      { slug: 'pimap-plus-japan-exploration', startsOn: '2022-09-01', status: 'DONE', reports: ['2022-12-15', '2023-04-28'] },
    ]);
  });
});
