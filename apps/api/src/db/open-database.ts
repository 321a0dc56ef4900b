import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config';
import type { Logger } from '../logger';
import { createDataSource } from './data-source';
import { usePreparedStatements } from './prepared-query';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';

export interface OpenDatabase {
  /** Connection string of the primary (the embedded database's own when there is no server). */
  url: string;
  primary: DataSource;
  replica: DataSource | null;
  embedded: EmbeddedPostgres | null;
  close(): Promise<void>;
}

/**
 * Connects to the PostgreSQL server of DATABASE_URL or, without one, starts the embedded database;
 * then brings the schema up to date. Both paths use the same driver, migrations and SQL.
 */
export async function openDatabase(
  config: AppConfig,
  logger: Logger,
  prepare?: (primary: DataSource) => Promise<void>,
): Promise<OpenDatabase> {
  let embedded: EmbeddedPostgres | null = null;
  let url = config.databaseUrl;
  if (!url) {
    const started = Date.now();
    embedded = await startEmbeddedPostgres(config.embeddedDataDir);
    url = embedded.url;
    logger.info({ dataDir: config.embeddedDataDir, ms: Date.now() - started }, 'embedded PostgreSQL started');
  }
  // The embedded database has a single backend: one connection, or transactions would interleave.
  const poolSize = embedded ? 1 : config.databasePoolSize;
  const primary = createDataSource({ url, poolSize, statementTimeoutMs: config.statementTimeoutMs });
  try {
    await primary.initialize();
    await withStartupLock(url, async () => {
      const applied = await primary.runMigrations({ transaction: 'each' });
      if (applied.length > 0) logger.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
      if (prepare) await prepare(primary);
    });
  } catch (error) {
    if (primary.isInitialized) await primary.destroy();
    await embedded?.stop();
    throw error;
  }
  // The embedded database is one session for every client: a named statement would be shared.
  if (config.preparedStatements && !embedded) usePreparedStatements(primary);
  let replica: DataSource | null = null;
  if (config.databaseReadUrl && !embedded) {
    replica = createDataSource({
      url: config.databaseReadUrl,
      poolSize: config.databasePoolSize,
      statementTimeoutMs: config.statementTimeoutMs,
      applicationName: 'lightbridge-api-read',
    });
    await replica.initialize();
    if (config.preparedStatements) usePreparedStatements(replica);
  }
  return {
    url,
    primary,
    replica,
    embedded,
    async close() {
      if (replica?.isInitialized) await replica.destroy();
      if (primary.isInitialized) await primary.destroy();
      await embedded?.stop();
    },
  };
}

const STARTUP_LOCK = 7_242_001;

/**
 * Several API replicas may start at once against one empty server: a session advisory lock lets
 * one of them migrate and seed while the others wait. The lock is held on a connection of its own,
 * outside the pool, so that a pool of one connection (the embedded database) is not held hostage.
 */
async function withStartupLock(url: string, work: () => Promise<void>): Promise<void> {
  const client = new Client({ connectionString: url, application_name: 'lightbridge-startup' });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK]);
    await work();
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [STARTUP_LOCK]).catch(() => undefined);
    await client.end();
  }
}
