/**
 * CPU time of our API per request, for before/after comparisons on a shared machine where
 * throughput drifts more than a change moves it. Starts a tsc build of the API (a folder under
 * apps/api/node_modules/.cache, e.g. the harness's own or one made with
 * `tsc -p apps/api/tsconfig.build.json --outDir apps/api/node_modules/.cache/<name>`), warms it up,
 * sends n requests of a reference operation with autocannon (10 connections) and divides the
 * process's user + system CPU time (/proc/<pid>/stat) by n. The build `postgraphile` measures the
 * harness's PostGraphile server instead, with its own document for the operation.
 *
 *   pnpm --filter @lightbridge/bench exec ts-node --swc src/cpu-per-request.ts <build> <operation> <n> [node options…]
 */
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { OPERATIONS } from './operations';
import { REPO_ROOT, startBenchServer, startOurApi } from './processes';
import type { SystemName } from './report';
import { installPostgraphileFunctions, pickInputs, systemRequests } from './run-benchmark';

const PORT = 4556;

function cpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return ticks * 10; // USER_HZ is 100 on Linux
}

/**
 * CPU ms of the PostgreSQL backends connected to one database (their process title, which
 * PostgreSQL writes over its command line, names the database).
 */
function postgresCpuMs(database: string): number {
  let total = 0;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const title = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      // "postgres: [<cluster name>: ]<user> <database> <client> <state>"
      const words = title.startsWith('postgres: ') ? title.replace(/^postgres: (\S+: )?/, '').split(' ') : [];
      if (words[1] === database) total += cpuMs(Number(entry));
    } catch {
      // the process ended while being read
    }
  }
  return total;
}

async function main(): Promise<void> {
  const [build, operationName, count = '2000', ...nodeOptions] = process.argv.slice(2);
  const operation = OPERATIONS.find((op) => op.name === operationName);
  if (!build || !operation) throw new Error('usage: cpu-per-request.ts <build> <operation> <n> [node options…]');
  const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/lightbridge_bench';
  const inputs = await pickInputs(databaseUrl);
  const system: SystemName = build === 'postgraphile' || build === 'raw' ? build : 'ours';
  if (system === 'postgraphile') await installPostgraphileFunctions(databaseUrl);
  const server =
    system === 'postgraphile'
      ? await startBenchServer('postgraphile-server.ts', [databaseUrl, String(PORT), '10'])
      : system === 'raw'
        ? await startBenchServer('raw-sql-server.ts', [databaseUrl, String(PORT), '10'])
        : await startOurApi(databaseUrl, PORT, 10, false, {
            dir: path.join(REPO_ROOT, 'apps', 'api', 'node_modules', '.cache', build),
            nodeOptions,
          });
  const { child, url } = server;
  try {
    const requests = systemRequests(system, url);
    const body = requests.bodyFor(operation, inputs, 20);
    const target = requests.urlFor(operation);
    const run = (amount: number) =>
      autocannon({ url: target, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections: 10, amount });
    const n = Number(count);
    await run(Math.max(300, Math.round(n / 4)));
    const before = cpuMs(child.pid!);
    const database = new URL(databaseUrl).pathname.slice(1);
    const postgresBefore = postgresCpuMs(database);
    const started = Date.now();
    const result = await run(n);
    const used = cpuMs(child.pid!) - before;
    const postgresUsed = postgresCpuMs(database) - postgresBefore;
    console.log(
      `${build} ${operation.name}: ${(used / n).toFixed(3)} CPU ms/request, PostgreSQL ${(postgresUsed / n).toFixed(3)}, over ${n} requests ` +
        `(${result.non2xx} non-2xx, ${result.errors} errors, ${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
