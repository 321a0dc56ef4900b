/**
 * CPU time of our API per request, for before/after comparisons on a shared machine where
 * throughput drifts more than a change moves it. Starts a tsc build of the API (a folder under
 * apps/api/node_modules/.cache, e.g. the harness's own or one made with
 * `tsc -p apps/api/tsconfig.build.json --outDir apps/api/node_modules/.cache/<name>`), warms it up,
 * sends n requests of a reference operation with autocannon (10 connections) and divides the
 * process's user + system CPU time (/proc/<pid>/stat) by n.
 *
 *   pnpm --filter @lightbridge/bench exec ts-node --swc src/cpu-per-request.ts <build> <operation> <n> [node options…]
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { OPERATIONS } from './operations';
import { REPO_ROOT } from './processes';
import { pickInputs } from './run-benchmark';

const PORT = 4556;

function cpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return ticks * 10; // USER_HZ is 100 on Linux
}

async function main(): Promise<void> {
  const [build, operationName, count = '2000', ...nodeOptions] = process.argv.slice(2);
  const operation = OPERATIONS.find((op) => op.name === operationName);
  if (!build || !operation) throw new Error('usage: cpu-per-request.ts <build> <operation> <n> [node options…]');
  const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/lightbridge_bench';
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
  try {
    const url = `http://127.0.0.1:${PORT}`;
    for (let ready = false; !ready;) {
      ready = await fetch(`${url}/readyz`)
        .then((r) => r.status === 200)
        .catch(() => false);
      if (!ready) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const body = JSON.stringify(operation.ours(await pickInputs(databaseUrl), 20));
    const run = (amount: number) =>
      autocannon({ url: `${url}/graphql`, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections: 10, amount });
    const n = Number(count);
    await run(Math.max(300, Math.round(n / 4)));
    const before = cpuMs(child.pid!);
    const started = Date.now();
    const result = await run(n);
    const used = cpuMs(child.pid!) - before;
    console.log(
      `${build} ${operation.name}: ${(used / n).toFixed(3)} CPU ms/request over ${n} requests ` +
        `(${result.non2xx} non-2xx, ${result.errors} errors, ${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
  } finally {
    child.kill('SIGTERM');
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
