/**
 * Imports a cluster's member list from a file:
 *   pnpm import -- --cluster photonics-bretagne --file members.csv [--format csv|json] [--apply]
 * Without --apply it is a dry run. Prints the report as JSON; exits 1 when the file has problems.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config';
import { openDatabase } from '../../db/open-database';
import { createLogger } from '../../logger';
import { importMembers } from './member-import.service';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      cluster: { type: 'string' },
      file: { type: 'string' },
      format: { type: 'string' },
      apply: { type: 'boolean', default: false },
    },
  });
  if (!values.cluster || !values.file)
    throw new Error('Usage: pnpm import -- --cluster <slug> --file <path> [--format csv|json] [--apply]');
  const format = (values.format ?? (values.file.toLowerCase().endsWith('.json') ? 'json' : 'csv')).toUpperCase();
  if (format !== 'CSV' && format !== 'JSON') throw new Error('--format must be csv or json');
  const config = loadConfig({ ...process.env, STATEMENT_TIMEOUT_MS: '600000' });
  const database = await openDatabase(config, createLogger(config.logLevel));
  try {
    const [cluster] = (await database.primary.query(
      `SELECT id FROM organization WHERE slug = $1 AND kind = 'CLUSTER' AND deleted_at IS NULL`,
      [values.cluster],
    )) as { id: number }[];
    if (!cluster) throw new Error(`No cluster has the slug "${values.cluster}".`);
    const report = await importMembers(database.primary, fs.readFileSync(values.file), {
      clusterId: cluster.id,
      format,
      dryRun: !values.apply,
      actorUserId: null,
    });
    console.log(JSON.stringify(report, null, 2));
    process.exitCode = report.problems.length > 0 ? 1 : 0;
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
