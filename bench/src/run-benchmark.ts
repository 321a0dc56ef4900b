/** Starts the three systems, checks their answers, and loads them in turn, interleaved per operation. */
import { Pool } from 'pg';
import { probe, runLoad, runLoadSamples, summarizeSamples, type LoadSamples, type LoadTarget } from './load';
import { OPERATIONS, type Operation, type OperationInputs } from './operations';
import type { BenchOptions } from './options';
import { DROP_POSTGRAPHILE_FUNCTIONS, POSTGRAPHILE_FUNCTIONS } from './postgraphile-functions';
import { rssMb, startBenchServer, startOurApi, type ApiProcess, type RunningProcess } from './processes';
import { SYSTEMS, type BenchResults, type OperationResult, type SystemName, type SystemResult } from './report';

interface SystemEndpoint {
  /** Where operation requests are posted. */
  urlFor(operation: Operation): string;
  bodyFor(operation: Operation, inputs: OperationInputs, first: number): string;
  /** Statements one request ran: the x-sql-statements header, or the server's /stats counter. */
  statsUrl: string | null;
}

/** How a system is asked for an operation: where to post, and what. */
export function systemRequests(system: SystemName, baseUrl: string): Pick<SystemEndpoint, 'urlFor' | 'bodyFor'> {
  switch (system) {
    case 'ours':
      return { urlFor: () => `${baseUrl}/graphql`, bodyFor: (op, i, first) => JSON.stringify(op.ours(i, first)) };
    case 'postgraphile':
      return { urlFor: () => `${baseUrl}/graphql`, bodyFor: (op, i, first) => JSON.stringify(op.postgraphile(i, first)) };
    case 'raw':
      return { urlFor: (op) => `${baseUrl}/sql/${op.name}`, bodyFor: (op, i, first) => JSON.stringify({ variables: op.raw(i, first) }) };
  }
}

const STANDARD_ROWS = 20;
const FEW_ROWS = 2;

/** The values the operations use, picked from the loaded data set (deterministic for a seed). */
export async function pickInputs(url: string): Promise<OperationInputs> {
  const pool = new Pool({ connectionString: url, max: 1 });
  try {
    const { rows } = await pool.query<{ id: number }>(
      `SELECT id FROM organization WHERE deleted_at IS NULL AND kind = 'SME' ORDER BY id OFFSET (SELECT count(*) / 2 FROM organization) LIMIT 1`,
    );
    const fallback = await pool.query<{ id: number }>(`SELECT min(id) AS id FROM organization WHERE deleted_at IS NULL`);
    return {
      technology: 'tech.light-sources-lasers',
      country: 'FR',
      search: 'laser',
      cluster: 'alpha-rlh',
      organizationDbId: rows[0]?.id ?? fallback.rows[0]!.id,
    };
  } finally {
    await pool.end();
  }
}

export async function installPostgraphileFunctions(url: string): Promise<void> {
  const pool = new Pool({ connectionString: url, max: 1 });
  try {
    for (const statement of [...DROP_POSTGRAPHILE_FUNCTIONS, ...POSTGRAPHILE_FUNCTIONS]) await pool.query(statement);
  } finally {
    await pool.end();
  }
}

async function statsCount(statsUrl: string): Promise<number> {
  const response = await fetch(statsUrl);
  return ((await response.json()) as { statements: number }).statements;
}

/**
 * Statements of one request in steady state: one request of the same shape goes first, so that what
 * a process does once (our API's first request also reads the classification scheme) is not counted.
 */
async function countStatements(system: SystemEndpoint, url: string, body: string): Promise<{ json: unknown; statements: number | null }> {
  await probe(url, body);
  const before = system.statsUrl ? await statsCount(system.statsUrl) : 0;
  const result = await probe(url, body);
  const errors = (result.json as { errors?: { message: string }[] }).errors;
  if (result.status !== 200 || errors)
    throw new Error(`${url} answered ${result.status}: ${JSON.stringify(errors ?? result.json).slice(0, 500)}`);
  const statements = system.statsUrl ? (await statsCount(system.statsUrl)) - before : result.statementsHeader;
  return { json: result.json, statements };
}

export interface RunOutput {
  operations: OperationResult[];
  api: BenchResults['api'];
  apiUrl: string;
  stop(): Promise<void>;
}

export async function runBenchmark(options: BenchOptions, databaseUrl: string, log: (line: string) => void): Promise<RunOutput> {
  await installPostgraphileFunctions(databaseUrl);
  const inputs = await pickInputs(databaseUrl);
  log(`inputs: ${JSON.stringify(inputs)}`);
  const started: RunningProcess[] = [];
  const stopAll = () => Promise.all(started.map((p) => p.stop())).then(() => undefined);
  try {
    const api: ApiProcess = await startOurApi(databaseUrl, 4710, options.poolSize, options.embedded);
    started.push(api);
    log(`our API ready in ${api.coldStartMs} ms`);
    const raw = await startBenchServer('raw-sql-server.ts', [databaseUrl, '0', String(options.poolSize)]);
    started.push(raw);
    const postgraphile = await startBenchServer('postgraphile-server.ts', [databaseUrl, '0', String(options.poolSize)]);
    started.push(postgraphile);
    const systems: Record<SystemName, SystemEndpoint> = {
      ours: { ...systemRequests('ours', api.url), statsUrl: null },
      postgraphile: { ...systemRequests('postgraphile', postgraphile.url), statsUrl: `${postgraphile.url}/stats` },
      raw: { ...systemRequests('raw', raw.url), statsUrl: `${raw.url}/stats` },
    };
    const operations = OPERATIONS.filter((op) => options.operations.includes(op.name));
    // Probes: every system answers without errors; statement counts at 20 and at 2 rows per list.
    const probes = new Map<string, { statements: number | null; statementsFewRows: number | null; json: unknown }>();
    for (const op of operations) {
      for (const name of SYSTEMS) {
        const system = systems[name];
        const full = await countStatements(system, system.urlFor(op), system.bodyFor(op, inputs, STANDARD_ROWS));
        const few = await countStatements(system, system.urlFor(op), system.bodyFor(op, inputs, FEW_ROWS));
        probes.set(`${op.name}:${name}`, { statements: full.statements, statementsFewRows: few.statements, json: full.json });
      }
    }
    const rssAtRestMb = rssMb(api.child.pid);
    let rssUnderLoadMb = rssAtRestMb;
    const results: OperationResult[] = [];
    for (const op of operations) {
      const systemsResult = { ours: null, postgraphile: null, raw: null } as Record<SystemName, SystemResult | null>;
      const targets = Object.fromEntries(
        SYSTEMS.map((name) => [name, { url: systems[name].urlFor(op), body: systems[name].bodyFor(op, inputs, STANDARD_ROWS) }]),
      ) as Record<SystemName, LoadTarget>;
      const onTick = () => {
        const rss = rssMb(api.child.pid);
        if (rss !== null && (rssUnderLoadMb === null || rss > rssUnderLoadMb)) rssUnderLoadMb = rss;
      };
      if (options.warmupSeconds > 0) {
        for (const name of SYSTEMS)
          await runLoad(targets[name], { connections: options.connections, durationSeconds: options.warmupSeconds });
      }
      // The measured time in slices, the systems taking turns in a rotating order: a machine that
      // slows down for a few seconds then costs every system alike instead of the one running.
      const slices = Object.fromEntries(SYSTEMS.map((name) => [name, [] as LoadSamples[]])) as Record<SystemName, LoadSamples[]>;
      const sliceSeconds = options.durationSeconds / options.rounds;
      for (let round = 0; round < options.rounds; round++) {
        for (let turn = 0; turn < SYSTEMS.length; turn++) {
          const name = SYSTEMS[(round + turn) % SYSTEMS.length]!;
          const settings = {
            connections: options.connections,
            durationSeconds: sliceSeconds,
            onTick: name === 'ours' ? onTick : undefined,
          };
          slices[name].push(await runLoadSamples(targets[name], settings));
        }
      }
      for (const name of SYSTEMS) {
        const load = summarizeSamples(slices[name]);
        const p = probes.get(`${op.name}:${name}`)!;
        systemsResult[name] = { ...load, statements: p.statements, statementsFewRows: p.statementsFewRows };
        log(
          `${op.name.padEnd(15)} ${name.padEnd(13)} ${load.requestsPerSecond} req/s, p50 ${load.p50} ms, p95 ${load.p95} ms, errors ${load.errors}`,
        );
      }
      // Only "data": our API adds extensions (the operation's cost) that the raw server has no reason to compute.
      const dataOf = (system: SystemName) =>
        JSON.stringify((probes.get(`${op.name}:${system}`)?.json as { data?: unknown } | undefined)?.data);
      const same = dataOf('ours') === dataOf('raw');
      results.push({ name: op.name, title: op.title, systems: systemsResult, sameJsonAsRaw: same });
    }
    return { operations: results, api: { coldStartMs: api.coldStartMs, rssAtRestMb, rssUnderLoadMb }, apiUrl: api.url, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
