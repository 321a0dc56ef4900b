import { createDataSource } from '../../apps/api/src/db/data-source';
import { loadDemoData } from '../../apps/api/src/db/seed/load-demo-data';

type DataSource = ReturnType<typeof createDataSource>;

export interface LoadReport {
  /** Organizations in the database after the load (real ones included). */
  organizations: number;
  /** Time of loadDemoData alone (one transaction, then ANALYZE); the schema is migrated before. */
  ms: number;
  organizationsPerSecond: number;
}

/** Opens the database with the API's own data source (entities, migrations, naming). */
export function openBenchDataSource(url: string, poolSize: number): Promise<DataSource> {
  return createDataSource({ url, poolSize, statementTimeoutMs: 3_600_000, applicationName: 'lightbridge-bench' }).initialize();
}

/**
 * Empties the benchmark database (drops the public schema, so that migrations start afresh), then
 * migrates and loads the demo data set with `organizations` synthetic organizations.
 */
export async function reloadDatabase(url: string, organizations: number, seed: number, log: (line: string) => void): Promise<LoadReport> {
  const dataSource = await openBenchDataSource(url, 1);
  try {
    await dataSource.query('DROP SCHEMA IF EXISTS public CASCADE');
    await dataSource.query('CREATE SCHEMA public');
    await dataSource.runMigrations({ transaction: 'each' });
    let reported = 0;
    const report = await loadDemoData(dataSource, {
      organizations,
      seed,
      onProgress: (loaded, total) => {
        if (loaded - reported >= Math.max(50_000, total / 10) || loaded === total) {
          reported = loaded;
          log(`  loaded ${loaded} / ${total} organizations`);
        }
      },
    });
    return {
      organizations: report.organizations,
      ms: report.ms,
      organizationsPerSecond: Math.round((report.organizations / report.ms) * 1000),
    };
  } finally {
    await dataSource.destroy();
  }
}

/** Organizations currently in the database (not deleted). */
export async function countOrganizations(url: string): Promise<number> {
  const dataSource = await openBenchDataSource(url, 1);
  try {
    const [row] = (await dataSource.query('SELECT count(*)::int AS n FROM organization WHERE deleted_at IS NULL')) as { n: number }[];
    return row?.n ?? 0;
  } finally {
    await dataSource.destroy();
  }
}
