/**
 * Loads demo data into the database of DATABASE_URL (or the embedded one):
 *   pnpm seed -- --organizations 100000 [--seed 42] [--as-of 2026-12-01] [--reset]
 * --as-of dates the programme's calendar (funding calls, fairs, roadmap) as if loaded that day (default today).
 * --reset empties every table first; without it the database must not hold terms yet.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config';
import { createLogger } from '../../logger';
import { openDatabase } from '../open-database';
import { loadDemoData } from './load-demo-data';
import { demoCalendar, todayUtc } from './programme/demo-calendar';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      organizations: { type: 'string', default: '2000' },
      seed: { type: 'string', default: '42' },
      'as-of': { type: 'string' },
      reset: { type: 'boolean', default: false },
    },
  });
  const organizations = Number(values.organizations);
  const seed = Number(values.seed);
  if (!Number.isSafeInteger(organizations) || organizations < 0) throw new Error('--organizations must be a whole number');
  if (!Number.isSafeInteger(seed) || seed < 0) throw new Error('--seed must be a whole number');
  const asOf = values['as-of'] ?? todayUtc();
  demoCalendar(asOf); // a malformed --as-of fails here, before --reset empties anything
  // Bulk loads run long statements (index builds): the API's statement timeout does not apply.
  const config = loadConfig({ ...process.env, STATEMENT_TIMEOUT_MS: '600000' });
  const logger = createLogger(config.logLevel);
  const database = await openDatabase(config, logger);
  try {
    if (values.reset) {
      const tables = (await database.primary.query(
        `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_migration'`,
      )) as { tablename: string }[];
      await database.primary.query(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(', ')} RESTART IDENTITY CASCADE`);
    }
    let lastReport = Date.now();
    const report = await loadDemoData(database.primary, {
      organizations,
      seed,
      asOf,
      onProgress: (loaded, total) => {
        if (Date.now() - lastReport > 5_000 || loaded === total) {
          lastReport = Date.now();
          logger.info({ loaded, total }, 'loading organizations');
        }
      },
    });
    logger.info({ ...report, perSecond: Math.round((report.organizations / report.ms) * 1000) }, 'demo data loaded');
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
