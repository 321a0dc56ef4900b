import 'reflect-metadata';
import { createDataSource } from '../../src/db/data-source';
import { startEmbeddedPostgres } from '../../src/db/embedded-postgres';

/**
 * One database for the whole run: the PostgreSQL server of DATABASE_URL (its public schema is
 * wiped first: point it at a dedicated test database), or an in-memory embedded PostgreSQL.
 * Migrations run once here; each test file then resets the data it needs.
 */
export default async function globalSetup(): Promise<void> {
  let url = process.env.DATABASE_URL;
  if (url) {
    process.env.LB_TEST_EMBEDDED = '0';
  } else {
    const embedded = await startEmbeddedPostgres(null);
    (globalThis as { __embeddedPostgres?: unknown }).__embeddedPostgres = embedded;
    url = embedded.url;
    process.env.LB_TEST_EMBEDDED = '1';
  }
  process.env.LB_TEST_DATABASE_URL = url;
  const dataSource = createDataSource({ url, poolSize: 1, statementTimeoutMs: 120_000 });
  await dataSource.initialize();
  try {
    if (process.env.DATABASE_URL) await dataSource.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}
