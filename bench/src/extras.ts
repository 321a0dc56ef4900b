/** The figures beside the load test: machine, bundle sizes, value-chain coverage. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { REPO_ROOT } from './processes';
import { summarizeLatencies, type BenchResults, type BundleSize } from './report';

export function machine(): BenchResults['machine'] {
  return {
    nproc: os.availableParallelism(),
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
  };
}

/** Size of a built bundle folder (JS, CSS, HTML, other assets), raw and gzip-compressed. */
export function bundleSize(relativeDir: string): BundleSize | null {
  const dir = path.join(REPO_ROOT, relativeDir);
  if (!fs.existsSync(dir)) return null;
  let files = 0;
  let bytes = 0;
  let gzipBytes = 0;
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (!entry.name.endsWith('.map')) {
        const content = fs.readFileSync(full);
        files += 1;
        bytes += content.length;
        gzipBytes += zlib.gzipSync(content).length;
      }
    }
  };
  walk(dir);
  return { files, bytes, gzipBytes };
}

/** The coverage of one application area's value chain in one country, with every stage's counts. */
export const VALUE_CHAIN_COVERAGE_QUERY = `{
  valueChainCoverage(application: "app.automotive-mobility", countries: ["FR"]) {
    gapCount
    stages { position label isGap providerCount providerCountElsewhere }
  }
}`;

/**
 * Times the valueChainCoverage query (BENCH_VALUE_CHAIN_QUERY overrides the document) when the API
 * has it: 5 requests to warm up, then 50 in sequence, without load.
 */
export async function valueChainCoverage(apiUrl: string): Promise<{ p50: number; p95: number } | string> {
  const post = async (query: string) => {
    const response = await fetch(`${apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
  };
  const schema = await post(`{ __type(name: "Query") { fields { name } } }`);
  const fields = (schema.data?.__type as { fields: { name: string }[] } | undefined)?.fields ?? [];
  if (!fields.some((f) => f.name === 'valueChainCoverage')) return 'not measured: the API has no valueChainCoverage query';
  const query = process.env.BENCH_VALUE_CHAIN_QUERY || VALUE_CHAIN_COVERAGE_QUERY;
  const times: number[] = [];
  for (let i = 0; i < 55; i += 1) {
    const started = performance.now();
    const result = await post(query);
    if (result.errors) return `failed: ${result.errors[0]?.message ?? 'error'}`;
    if (i >= 5) times.push(performance.now() - started);
  }
  const summary = summarizeLatencies(times);
  return { p50: summary.p50, p95: summary.p95 };
}
