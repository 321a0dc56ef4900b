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
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { OPERATIONS } from './operations';
import { REPO_ROOT, startBenchServer, type RunningProcess } from './processes';
import { pickInputs } from './run-benchmark';

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
  const server = build === 'postgraphile' ? await startPostgraphile(databaseUrl) : await startApi(build, databaseUrl, nodeOptions);
  const { child, url } = server;
  try {
    const request = build === 'postgraphile' ? operation.postgraphile(inputs, 20) : operation.ours(inputs, 20);
    const body = JSON.stringify(request);
    const run = (amount: number) =>
      autocannon({ url: `${url}/graphql`, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections: 10, amount });
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

async function startPostgraphile(databaseUrl: string): Promise<RunningProcess> {
  return startBenchServer('postgraphile-server.ts', [databaseUrl, String(PORT), '10']);
}

async function startApi(build: string, databaseUrl: string, nodeOptions: string[]): Promise<RunningProcess> {
  const main = path.join(REPO_ROOT, 'apps', 'api', 'node_modules', '.cache', build, 'main.js');
  const child = spawn(process.execPath, [...nodeOptions, main], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      SQL_STATEMENT_HEADER: '1',
      LOG_LEVEL: 'warn',
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_SIZE: '10',
      PORT: String(PORT),
      HOST: '127.0.0.1',
      DEMO_ORGANIZATIONS: '0',
      ANONYMOUS_HOURLY_BUDGET: '10000000',
    },
    stdio: 'inherit',
  });
  const url = `http://127.0.0.1:${PORT}`;
  for (let ready = false; !ready;) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}`);
    ready = await fetch(`${url}/readyz`)
      .then((r) => r.status === 200)
      .catch(() => false);
    if (!ready) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    child,
    url,
    stop: async () => {
      child.kill('SIGTERM');
    },
  };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
