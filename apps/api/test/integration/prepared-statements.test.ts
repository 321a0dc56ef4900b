import type { DataSource } from 'typeorm';
import { isEmbedded, openTestDataSource, resetDatabase } from '../support/database';
import { startTestApi, type TestApi } from '../support/api';

/**
 * Reads run as named prepared statements on a PostgreSQL server (db/prepared-query.ts). A table
 * that changes shape under them (a migration applied by another replica) must not break the
 * running API: PostgreSQL refuses the old plan, and the statement runs again unprepared.
 */
const onServer = isEmbedded() ? describe.skip : describe;

onServer('prepared statements', () => {
  let api: TestApi;
  let db: DataSource;

  beforeAll(async () => {
    await resetDatabase({ demo: 20 });
    // One connection, so that every request meets the statement prepared by the first.
    api = await startTestApi({ DATABASE_POOL_SIZE: '1' });
    db = await openTestDataSource();
  });

  afterAll(async () => {
    await db.query('ALTER TABLE organization ALTER COLUMN founded_year TYPE integer');
    await db.destroy();
    await api.stop();
  });

  const PAGE = `{ organizations(first: 5) { nodes { slug foundedYear } } }`;
  type Page = { organizations: { nodes: { slug: string; foundedYear: number | null }[] } };

  it('plans a full-text search for its text every time: such statements are not prepared', async () => {
    const search = `{ organizations(first: 5, filter: { search: "laser" }) { nodes { slug } } }`;
    // Past the five executions after which PostgreSQL may switch a prepared statement to its generic plan.
    for (let i = 0; i < 6; i++) expect((await api.graphql(search)).body.errors).toBeUndefined();
    expect((await api.graphql(`{ organizations(first: 3) { nodes { slug name } } }`)).body.errors).toBeUndefined();
    // The API's one pooled connection, so this lists what its session prepared.
    const prepared = (await api.app.database.primary.query('SELECT statement FROM pg_prepared_statements')) as { statement: string }[];
    expect(prepared.length).toBeGreaterThan(0);
    expect(prepared.filter((row) => row.statement.includes('to_tsquery'))).toEqual([]);
  });

  it('answers the same after a column it selects changed type', async () => {
    const before = await api.graphql<Page>(PAGE);
    expect(before.body.errors).toBeUndefined();
    expect((await api.graphql<Page>(PAGE)).body.data).toEqual(before.body.data);
    await db.query('ALTER TABLE organization ALTER COLUMN founded_year TYPE bigint');
    for (let i = 0; i < 3; i++) {
      const after = await api.graphql<Page>(PAGE);
      expect(after.body.errors).toBeUndefined();
      expect(after.body.data).toEqual(before.body.data);
    }
  });
});
