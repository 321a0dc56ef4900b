/**
 * `pnpm soak [--seconds N] [--connections N]`: saturates a built API (a separate process on
 * loopback) with a mix of reference queries for 10 minutes by default, samples its memory every few
 * seconds from /metrics, and fails on a growth trend or on any unexpected error. Uses the PostgreSQL
 * server of DATABASE_URL, or the embedded database in a temporary folder.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { analyzeMemory, type MemorySample } from './soak-memory';

interface Options {
  seconds: number;
  connections: number;
  sampleSeconds: number;
}

function parseOptions(argv: string[]): Options {
  // The embedded database has one connection: more clients than a few only queue past the pool's timeout.
  // Every second: the floor of a third of the run must include samples taken just after a major
  // collection; at one sample every 5 s a 60 s run saw 57 → 108 MB "floors" (CI) where 1 s samples
  // of the same build showed 49.8 → 52.0 MB over 90 s.
  const options: Options = { seconds: 600, connections: process.env.DATABASE_URL ? 16 : 4, sampleSeconds: 1 };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = Number(argv[i + 1]);
    const key = ({ '--seconds': 'seconds', '--connections': 'connections', '--sample-seconds': 'sampleSeconds' } as const)[flag ?? ''];
    if (flag === '--') continue;
    if (!key || !Number.isInteger(value) || value < 1)
      throw new Error(`usage: soak [--seconds N] [--connections N] [--sample-seconds N] (at ${flag})`);
    options[key] = value;
    i++;
  }
  return options;
}

const apiRoot = path.resolve(__dirname, '..');

type Exit = { code: number | null; signal: NodeJS.Signals | null };

async function startApi(): Promise<{ url: string; stop(): Promise<Exit>; cleanup(): void }> {
  const main = path.join(apiRoot, 'dist', 'main.js');
  if (!fs.existsSync(main)) throw new Error('apps/api/dist/main.js is missing: run `pnpm build` first');
  const dataDir = process.env.DATABASE_URL ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'lb-soak-'));
  const child = spawn(process.execPath, [main], {
    cwd: apiRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'info',
      DEMO_ORGANIZATIONS: '500',
      // The soak measures the API, not the anonymous budget of one loopback client.
      ANONYMOUS_HOURLY_BUDGET: '10000000',
      ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : { EMBEDDED_DATA_DIR: dataDir! }),
    },
  });
  const exited = new Promise<Exit>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  let output = '';
  const listening = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the API did not start:\n${output.slice(-3000)}`)), 300_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /"url":"(http:\/\/[^"]+)\/graphql"[^\n]*"msg":"LightBridge API listening"/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
      if (output.length > 100_000) output = output.slice(-20_000);
    });
    void exited.then(({ code }) => reject(new Error(`the API exited with ${code}:\n${output.slice(-3000)}`)));
  });
  const url = await listening.catch((error: unknown) => {
    // A start that fails leaves no temporary database behind.
    child.kill('SIGKILL');
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  });
  return {
    url,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
    cleanup() {
      if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function graphql(url: string, query: string, variables: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
  if (response.status !== 200 || body.errors || !body.data)
    throw new Error(`reference query failed: ${JSON.stringify(body).slice(0, 500)}`);
  return body.data;
}

/** The reference mix: list pages, filters, full text, lookups by slug and by global ID, the taxonomy. */
async function referenceMix(url: string): Promise<{ query: string; variables: Record<string, unknown> }[]> {
  const page = (await graphql(url, '{ organizations(first: 5) { edges { node { id slug } } } }')) as {
    organizations: { edges: { node: { id: string; slug: string } }[] };
  };
  const first = page.organizations.edges[0]?.node;
  if (!first) throw new Error('the database has no organizations');
  const mix = [
    {
      query:
        'query Page($first: Int!) { organizations(first: $first) { totalCount edges { cursor node { id slug name country kind } } pageInfo { hasNextPage endCursor } } }',
      variables: { first: 20 },
    },
    {
      query: 'query Filtered($f: OrganizationFilter) { organizations(first: 20, filter: $f) { totalCount edges { node { slug name } } } }',
      variables: { f: { technologies: ['tech.lasers'] } },
    },
    {
      query: 'query Text($f: OrganizationFilter) { organizations(first: 10, filter: $f) { edges { node { slug name } } } }',
      variables: { f: { search: 'laser' } },
    },
    {
      query:
        'query BySlug($slug: String!) { organization(slug: $slug) { id name country capabilities(first: 10) { edges { node { id } } } } }',
      variables: { slug: first.slug },
    },
    { query: 'query ById($id: ID!) { node(id: $id) { id ... on Organization { name } } }', variables: { id: first.id } },
    { query: 'query Terms { terms(first: 50, rootsOnly: true) { edges { node { code } } } }', variables: {} },
  ];
  for (const operation of mix) await graphql(url, operation.query, operation.variables);
  return mix;
}

async function sampleMemory(url: string, startedAt: number): Promise<MemorySample> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const value = (name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1] ?? 'NaN');
  return {
    seconds: (Date.now() - startedAt) / 1000,
    rss: value('process_resident_memory_bytes'),
    heapUsed: value('nodejs_heap_size_used_bytes'),
  };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  console.log(`soak: ${options.seconds} s, ${options.connections} connections, memory every ${options.sampleSeconds} s`);
  const api = await startApi();
  let failed = true;
  try {
    const mix = await referenceMix(api.url);
    let errorBodies = 0;
    const startedAt = Date.now();
    const samples: MemorySample[] = [await sampleMemory(api.url, startedAt)];
    const sampler = setInterval(() => {
      sampleMemory(api.url, startedAt).then(
        (sample) => samples.push(sample),
        () => undefined,
      );
    }, options.sampleSeconds * 1000);
    const result = await autocannon({
      url: `${api.url}/graphql`,
      connections: options.connections,
      duration: options.seconds,
      timeout: 30,
      requests: mix.map((operation) => ({
        method: 'POST' as const,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(operation),
        onResponse: (status: number, body: string) => {
          if (status === 200 && body.includes('"errors"')) errorBodies += 1;
        },
      })),
    });
    clearInterval(sampler);
    samples.push(await sampleMemory(api.url, startedAt));
    const memory = analyzeMemory(samples);
    const unexpected = result.errors + result.timeouts + result.non2xx + errorBodies;
    console.log(
      [
        `requests: ${result.requests.total} (${Math.round(result.requests.average)}/s), latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
        `unexpected: ${unexpected} (connection errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}, GraphQL errors ${errorBodies})`,
        `memory: ${samples.length} samples; ${memory.summary}`,
      ].join('\n'),
    );
    const exit = await api.stop();
    if (exit.code !== 0) console.log(`the API did not exit cleanly on SIGTERM: code ${exit.code}, signal ${exit.signal}`);
    failed = unexpected > 0 || memory.growing || exit.code !== 0 || result.requests.total === 0;
    console.log(failed ? 'soak: FAILED' : 'soak: passed');
  } finally {
    await api.stop();
    api.cleanup();
  }
  process.exit(failed ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
