import 'reflect-metadata';
import { DataSource } from 'typeorm';
import path from 'node:path';
import { SnakeNamingStrategy } from './snake-naming-strategy';
import { TimeoutSafeClient } from './timeout-safe-client';

export interface DataSourceOptions {
  url: string;
  poolSize: number;
  statementTimeoutMs: number;
  /** Name shown in pg_stat_activity. */
  applicationName?: string;
}

const src = path.resolve(__dirname, '..');
/** Every module's entities and every migration, found by file name so that modules register themselves. */
export const ENTITY_GLOB = path.join(src, 'modules', '**', '*.entity.{ts,js}');
export const MIGRATION_GLOB = path.join(src, 'db', 'migrations', '[0-9]*-*.{ts,js}');

export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities: [ENTITY_GLOB],
    migrations: [MIGRATION_GLOB],
    migrationsTableName: 'schema_migration',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    logging: false,
    applicationName: options.applicationName ?? 'lightbridge-api',
    extra: {
      max: options.poolSize,
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
      statement_timeout: options.statementTimeoutMs,
      query_timeout: options.statementTimeoutMs + 1_000,
      Client: TimeoutSafeClient,
    },
  });
}
