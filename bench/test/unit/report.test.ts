import { parseOptions, OptionsError } from '../../src/options';
import { summarizeSamples } from '../../src/load';
import {
  checkTargets,
  compareWithPrevious,
  formatMarkdown,
  ratios,
  summarizeLatencies,
  type BenchResults,
  type OperationResult,
} from '../../src/report';

const system = (requestsPerSecond: number, p50: number, p95 = p50 * 2, statements: number | null = 1) => ({
  requestsPerSecond,
  p50,
  p95,
  p99: p95 * 2,
  errors: 0,
  statements,
  statementsFewRows: statements,
});

const operation = (ours: number, postgraphile: number, raw: number): OperationResult => ({
  name: 'page',
  title: 'a page',
  systems: { ours: system(ours, 10), postgraphile: system(postgraphile, 12), raw: system(raw, 4) },
  sameJsonAsRaw: true,
});

const results = (op: OperationResult): BenchResults => ({
  date: '2026-11-24T01:00:00.000Z',
  machine: { nproc: 2, memoryGb: 23, node: 'v20.20.2', cpu: 'test cpu' },
  command: 'pnpm bench',
  database: { kind: 'server', organizations: 10_024 },
  settings: { connections: 10, durationSeconds: 10, poolSize: 10 },
  load: { organizations: 10_024, ms: 4_000, organizationsPerSecond: 2_506 },
  operations: [op],
  api: { coldStartMs: 900, rssAtRestMb: 150, rssUnderLoadMb: 210 },
  valueChainCoverage: 'not measured',
  bundles: { portal: null, widgets: { files: 2, bytes: 4096, gzipBytes: 1024 } },
});

describe('summarizeLatencies', () => {
  it('takes nearest-rank percentiles', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(summarizeLatencies(values)).toEqual({ p50: 50, p95: 95, p99: 99 });
  });

  it('gives zeros for no requests', () => {
    expect(summarizeLatencies([])).toEqual({ p50: 0, p95: 0, p99: 0 });
  });
});

describe('ratios and targets', () => {
  it('divides our throughput by PostGraphile and our p50 by raw SQL', () => {
    expect(ratios(operation(1500, 1000, 3000))).toEqual({ throughputVsPostgraphile: 1.5, p50VsRaw: 2.5 });
  });

  it('flags each missed target', () => {
    const op = operation(900, 1000, 3000);
    op.systems.ours!.statementsFewRows = 3;
    expect(checkTargets(op)).toEqual({ operation: 'page', throughput: false, p95: true, p50: false, statementsIndependent: false });
  });

  it('reports n/a when a system did not run', () => {
    const op = operation(900, 1000, 3000);
    op.systems.postgraphile = null;
    expect(ratios(op).throughputVsPostgraphile).toBeNull();
    expect(checkTargets(op).throughput).toBeNull();
  });
});

describe('compareWithPrevious', () => {
  it('prints the change of our figures and of the ratio', () => {
    const [line] = compareWithPrevious(results(operation(1200, 1000, 3000)), results(operation(1000, 1000, 3000)));
    expect(line).toBe('page: ours 1000 → 1200 req/s (+20%), p50 10 → 10 ms (+0%), ours/PostGraphile 1 → 1.2');
  });

  it('skips operations the previous run did not have', () => {
    const previous = results(operation(1000, 1000, 3000));
    previous.operations = [];
    expect(compareWithPrevious(results(operation(1200, 1000, 3000)), previous)).toEqual([]);
  });
});

describe('formatMarkdown', () => {
  it('writes one row per system, the ratios and every side figure', () => {
    const text = formatMarkdown(results(operation(1500, 1000, 3000)));
    expect(text).toContain('| page | ours | 1500 | 10 | 20 | 40 | 0 | 1 / 1 |');
    expect(text).toContain('| page | 1.5 | 2.5 | yes | yes | **no** | yes | yes |');
    expect(text).toContain('10024 organizations in 4 s = 2506 organizations/s');
    expect(text).toContain('cold start 900 ms');
    expect(text).toContain('Portal bundle (apps/web/dist): not built; widget bundle (packages/widgets/dist): 2 files, 4 KiB (1 KiB gzip)');
  });
});

describe('parseOptions', () => {
  it('defaults to 10,000 organizations on the server database', () => {
    const options = parseOptions([], {}, 'out.json');
    expect(options).toMatchObject({
      organizations: 10_000,
      embedded: false,
      durationSeconds: 10,
      rounds: 5,
      connections: 10,
      poolSize: 10,
    });
    expect(options.databaseUrl).toBe('postgres://postgres@127.0.0.1:5432/lightbridge_bench');
  });

  it('takes one connection per system on the embedded database, and a million with --million', () => {
    expect(parseOptions(['--embedded', '--million'], {}, 'o')).toMatchObject({ embedded: true, poolSize: 1, organizations: 1_000_000 });
  });

  it('rejects unknown flags, bad numbers and unknown operations', () => {
    expect(() => parseOptions(['--fast'], {}, 'o')).toThrow(OptionsError);
    expect(() => parseOptions(['--duration', '0'], {}, 'o')).toThrow('--duration expects a positive whole number');
    expect(() => parseOptions(['--rounds', '0'], {}, 'o')).toThrow('--rounds expects a positive whole number');
    expect(() => parseOptions(['--operations', 'page,nope'], {}, 'o')).toThrow('--operations takes names');
  });
});

describe('summarizeSamples', () => {
  it('combines the slices of one system: requests over all their seconds, percentiles over all latencies', () => {
    const summary = summarizeSamples([
      { latencies: [1, 2, 3], requests: 30, errors: 0, seconds: 2 },
      { latencies: [10, 20], requests: 10, errors: 1, seconds: 2 },
    ]);
    expect(summary).toEqual({ requestsPerSecond: 10, errors: 1, p50: 3, p95: 20, p99: 20 });
  });
});
