import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../src/db/data-source';
import { loadDemoData } from '../../src/db/seed/load-demo-data';
import { loadTaxonomy } from '../../src/db/seed/load-taxonomy';
import { DEMO_CALENDAR_WRITTEN_FOR } from '../../src/db/seed/programme/demo-calendar';

export function testDatabaseUrl(): string {
  const url = process.env.LB_TEST_DATABASE_URL;
  if (!url) throw new Error('The test database was not set up: run the tests through jest (global setup).');
  return url;
}

export const isEmbedded = (): boolean => process.env.LB_TEST_EMBEDDED !== '0';

export function openTestDataSource(): Promise<DataSource> {
  return createDataSource({
    url: testDatabaseUrl(),
    poolSize: 1,
    statementTimeoutMs: 120_000,
    applicationName: 'lightbridge-test',
  }).initialize();
}

/** Empties every table but the migrations' own; identities restart, so fixtures are reproducible. */
export async function truncateAll(dataSource: DataSource): Promise<void> {
  const tables = (await dataSource.query(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_migration'`,
  )) as { tablename: string }[];
  await dataSource.query(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(', ')} RESTART IDENTITY CASCADE`);
}

export type Fixture = 'empty' | 'taxonomy' | { demo: number };

/**
 * Resets the database to a known state for one test file. The demo's calendar is loaded as written,
 * whatever the day the tests run, so that tests may name its dates.
 */
export async function resetDatabase(fixture: Fixture): Promise<void> {
  const dataSource = await openTestDataSource();
  try {
    await truncateAll(dataSource);
    if (fixture === 'taxonomy') await dataSource.transaction((manager) => loadTaxonomy(manager));
    else if (typeof fixture === 'object')
      await loadDemoData(dataSource, { organizations: fixture.demo, seed: 7, asOf: DEMO_CALENDAR_WRITTEN_FOR });
  } finally {
    await dataSource.destroy();
  }
}
