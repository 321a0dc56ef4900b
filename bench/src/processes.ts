/** Starts the systems under test as child processes and reads their memory. */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
/** Where `pnpm bench` compiles the API (see build() in cli.ts). */
export const API_BUILD_DIR = path.join(REPO_ROOT, 'apps', 'api', 'node_modules', '.cache', 'lightbridge-bench-api');
const TS_NODE = path.join(REPO_ROOT, 'node_modules', '.bin', 'ts-node');

export interface RunningProcess {
  child: ChildProcess;
  url: string;
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resident set size of a process in MB, from /proc (Linux). */
export function rssMb(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round(Number(match[1]) / 102.4) / 10 : null;
  } catch {
    return null;
  }
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
    });
}

/** A bench process (raw SQL, PostGraphile, embedded database) that prints "listening <port or URL>" when ready. */
export function startBenchServer(script: string, args: string[]): Promise<RunningProcess> {
  const child = spawn(TS_NODE, ['--swc', path.join(__dirname, script), ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const address = /listening (\S+)\n/.exec(output)?.[1];
      if (address) resolve({ child, url: /^\d+$/.test(address) ? `http://127.0.0.1:${address}` : address, stop: stopper(child) });
    });
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}: ${output}`)));
  });
}

export interface ApiProcess extends RunningProcess {
  /** Process start → /readyz answered 200. */
  coldStartMs: number;
}

export interface OurApiBuild {
  /** The tsc output folder (default: the harness's own build). */
  dir?: string;
  /** Node.js options (default: BENCH_API_NODE_OPTIONS, split on spaces). */
  nodeOptions?: string[];
}

/**
 * Our API, compiled by tsc, in its own process, configured as deployed (NODE_ENV=production) plus the
 * x-sql-statements header; logs are silenced so that they do not cost time under load.
 */
export async function startOurApi(
  databaseUrl: string,
  port: number,
  poolSize: number,
  embedded = false,
  { dir = API_BUILD_DIR, nodeOptions = process.env.BENCH_API_NODE_OPTIONS?.split(' ').filter(Boolean) ?? [] }: OurApiBuild = {},
): Promise<ApiProcess> {
  const main = path.join(dir, 'main.js');
  if (!fs.existsSync(main)) throw new Error(`${main} is missing: run pnpm bench without --no-build.`);
  const started = Date.now();
  const child = spawn(process.execPath, [...nodeOptions, main], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      SQL_STATEMENT_HEADER: '1',
      LOG_LEVEL: 'warn',
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_SIZE: String(poolSize),
      PORT: String(port),
      HOST: '127.0.0.1',
      DEMO_ORGANIZATIONS: '0',
      // The embedded database is one session for every client (the other systems' too).
      DATABASE_PREPARED_STATEMENTS: embedded ? '0' : '1',
      // The load comes from one loopback address: the anonymous hourly budget (rate limit) is set
      // to its maximum so that the limiter still runs on every request but does not answer 429.
      ANONYMOUS_HOURLY_BUDGET: '10000000',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode} before it was ready`);
    try {
      const response = await fetch(`${url}/readyz`);
      if (response.status === 200) return { child, url, coldStartMs: Date.now() - started, stop: stopper(child) };
    } catch {
      // not listening yet
    }
    await sleep(20);
  }
  child.kill('SIGKILL');
  throw new Error('the API did not become ready within 120 s');
}
