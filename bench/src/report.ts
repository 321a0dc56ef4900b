/** Pure parts of the harness: latency summaries, ratios, target checks, comparison and Markdown. */

export const SYSTEMS = ['ours', 'postgraphile', 'raw'] as const;
export type SystemName = (typeof SYSTEMS)[number];

export interface LatencySummary {
  p50: number;
  p95: number;
  p99: number;
}

export interface LoadResult extends LatencySummary {
  requestsPerSecond: number;
  errors: number;
}

export interface SystemResult extends LoadResult {
  /** SQL statements of one request with the standard page size (20), and with 2 rows per list. */
  statements: number | null;
  statementsFewRows: number | null;
}

export interface OperationResult {
  name: string;
  title: string;
  systems: Record<SystemName, SystemResult | null>;
  /** Our API and the raw-SQL server answered with identical JSON. */
  sameJsonAsRaw: boolean | null;
}

export interface BenchResults {
  date: string;
  machine: { nproc: number; memoryGb: number; node: string; cpu: string };
  command: string;
  database: { kind: 'server' | 'embedded'; organizations: number };
  settings: { connections: number; durationSeconds: number; poolSize: number };
  load: { organizations: number; ms: number; organizationsPerSecond: number } | null;
  operations: OperationResult[];
  api: { coldStartMs: number; rssAtRestMb: number | null; rssUnderLoadMb: number | null };
  valueChainCoverage: { p50: number; p95: number } | string;
  bundles: { portal: BundleSize | null; widgets: BundleSize | null };
}

export interface BundleSize {
  files: number;
  bytes: number;
  gzipBytes: number;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Nearest-rank percentiles of response times in milliseconds. */
export function summarizeLatencies(values: readonly number[]): LatencySummary {
  if (values.length === 0) return { p50: 0, p95: 0, p99: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
  return { p50: round1(at(50)), p95: round1(at(95)), p99: round1(at(99)) };
}

export interface Ratios {
  throughputVsPostgraphile: number | null;
  p50VsRaw: number | null;
}

export function ratios(operation: OperationResult): Ratios {
  const { ours, postgraphile, raw } = operation.systems;
  const divide = (a: number | undefined, b: number | undefined) =>
    a !== undefined && b !== undefined && b > 0 ? Math.round((a / b) * 100) / 100 : null;
  return {
    throughputVsPostgraphile: divide(ours?.requestsPerSecond, postgraphile?.requestsPerSecond),
    p50VsRaw: divide(ours?.p50, raw?.p50),
  };
}

export interface TargetCheck {
  operation: string;
  throughput: boolean | null;
  p95: boolean | null;
  p50: boolean | null;
  statementsIndependent: boolean | null;
}

/** The targets of issue 8: ≥ 1.0× PostGraphile's throughput at p95 < 50 ms, p50 ≤ 2× raw SQL, flat statement counts. */
export function checkTargets(operation: OperationResult): TargetCheck {
  const r = ratios(operation);
  const ours = operation.systems.ours;
  return {
    operation: operation.name,
    throughput: r.throughputVsPostgraphile === null ? null : r.throughputVsPostgraphile >= 1,
    p95: ours ? ours.p95 < 50 : null,
    p50: r.p50VsRaw === null ? null : r.p50VsRaw <= 2,
    statementsIndependent: ours?.statements == null || ours.statementsFewRows == null ? null : ours.statements === ours.statementsFewRows,
  };
}

const mark = (ok: boolean | null) => (ok === null ? 'n/a' : ok ? 'yes' : '**no**');
const num = (n: number | null | undefined, unit = '') => (n === null || n === undefined ? 'n/a' : `${n}${unit}`);

/** The change of our API's figures against a previous run, per operation, in percent. */
export function compareWithPrevious(current: BenchResults, previous: BenchResults): string[] {
  const lines: string[] = [];
  for (const op of current.operations) {
    const before = previous.operations.find((p) => p.name === op.name);
    const now = op.systems.ours;
    const then = before?.systems.ours;
    if (!now || !then) continue;
    const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${a >= b ? '+' : ''}${Math.round(((a - b) / b) * 1000) / 10}%`);
    const r0 = before ? ratios(before).throughputVsPostgraphile : null;
    const r1 = ratios(op).throughputVsPostgraphile;
    lines.push(
      `${op.name}: ours ${then.requestsPerSecond} → ${now.requestsPerSecond} req/s (${pct(now.requestsPerSecond, then.requestsPerSecond)}), ` +
        `p50 ${then.p50} → ${now.p50} ms (${pct(now.p50, then.p50)}), ours/PostGraphile ${num(r0)} → ${num(r1)}`,
    );
  }
  return lines;
}

export function formatMarkdown(results: BenchResults): string {
  const m = results.machine;
  const out = [
    `### Run of ${results.date}`,
    '',
    `Machine: ${m.nproc} CPUs (${m.cpu}), ${m.memoryGb} GB memory, Node ${m.node}; shared with other engineers' work, so absolute figures are noisy.`,
    `Database: ${results.database.kind}, ${results.database.organizations} organizations. Load: ${results.settings.connections} connections, ${results.settings.durationSeconds} s per system and operation, pool of ${results.settings.poolSize} connections per system.`,
    '',
    `Command: \`${results.command}\``,
    '',
    '| operation | system | req/s | p50 ms | p95 ms | p99 ms | errors | SQL statements (20 rows / 2 rows) |',
    '|---|---|---:|---:|---:|---:|---:|---|',
  ];
  for (const op of results.operations) {
    for (const system of SYSTEMS) {
      const s = op.systems[system];
      if (!s) continue;
      out.push(
        `| ${op.name} | ${system} | ${s.requestsPerSecond} | ${s.p50} | ${s.p95} | ${s.p99} | ${s.errors} | ${num(s.statements)} / ${num(s.statementsFewRows)} |`,
      );
    }
  }
  out.push(
    '',
    '| operation | ours / PostGraphile (req/s) | ours / raw SQL (p50) | ≥ 1.0× PostGraphile | p95 < 50 ms | p50 ≤ 2× raw | statements flat | same JSON as raw SQL |',
    '|---|---:|---:|---|---|---|---|---|',
  );
  for (const op of results.operations) {
    const r = ratios(op);
    const t = checkTargets(op);
    out.push(
      `| ${op.name} | ${num(r.throughputVsPostgraphile)} | ${num(r.p50VsRaw)} | ${mark(t.throughput)} | ${mark(t.p95)} | ${mark(t.p50)} | ${mark(t.statementsIndependent)} | ${mark(op.sameJsonAsRaw)} |`,
    );
  }
  const size = (b: BundleSize | null) =>
    b ? `${b.files} files, ${Math.round(b.bytes / 1024)} KiB (${Math.round(b.gzipBytes / 1024)} KiB gzip)` : 'not built';
  const vc = results.valueChainCoverage;
  out.push(
    '',
    `- Bulk load: ${results.load ? `${results.load.organizations} organizations in ${round1(results.load.ms / 1000)} s = ${results.load.organizationsPerSecond} organizations/s` : 'not run (--skip-load)'}`,
    `- Our API: cold start ${results.api.coldStartMs} ms (process start → /readyz 200); RSS at rest ${num(results.api.rssAtRestMb, ' MB')}, peak under load ${num(results.api.rssUnderLoadMb, ' MB')}`,
    `- Value-chain coverage: ${typeof vc === 'string' ? vc : `p50 ${vc.p50} ms, p95 ${vc.p95} ms`}`,
    `- Portal bundle (apps/web/dist): ${size(results.bundles.portal)}; widget bundle (packages/widgets/dist): ${size(results.bundles.widgets)}`,
    '',
  );
  return out.join('\n');
}
