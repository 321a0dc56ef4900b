/** `pnpm bench`: loads the data set, benchmarks the three systems, writes the results. See USAGE. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundleSize, machine, valueChainCoverage } from './extras';
import type * as LoadDataModule from './load-data';
import { OptionsError, parseOptions, USAGE, type BenchOptions } from './options';
import { API_BUILD_DIR, REPO_ROOT, startBenchServer, type RunningProcess } from './processes';
import { compareWithPrevious, formatMarkdown, type BenchResults } from './report';
import { runBenchmark } from './run-benchmark';

const log = (line: string) => console.log(line);

/**
 * Compiles the API with tsc into a folder of its own (under apps/api/node_modules, so that its
 * dependencies resolve), emptied first: apps/api/dist may hold files of migrations that no longer exist.
 */
function build(): void {
  log('building @lightbridge/taxonomy and @lightbridge/api (tsc)…');
  execFileSync('pnpm', ['--filter', '@lightbridge/taxonomy', 'run', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
  fs.rmSync(API_BUILD_DIR, { recursive: true, force: true });
  try {
    execFileSync(path.join(REPO_ROOT, 'node_modules', '.bin', 'tsc'), ['-p', 'apps/api/tsconfig.build.json', '--outDir', API_BUILD_DIR], {
      cwd: REPO_ROOT,
      stdio: 'inherit',
    });
  } catch (error) {
    // tsc emits despite type errors (work in progress elsewhere in the tree); the run goes on if it did.
    if (!fs.existsSync(path.join(API_BUILD_DIR, 'main.js'))) throw error;
    log('tsc reported errors; using its output anyway');
  }
}

async function openDatabaseUrl(options: BenchOptions): Promise<{ url: string; embedded: RunningProcess | null }> {
  if (!options.embedded) return { url: options.databaseUrl, embedded: null };
  const dataDir = path.join(os.tmpdir(), 'lightbridge-bench-pglite');
  if (!options.skipLoad) fs.rmSync(dataDir, { recursive: true, force: true });
  const embedded = await startBenchServer('embedded-db-server.ts', [dataDir]);
  log(`embedded database at ${embedded.url} (data in ${dataDir})`);
  return { url: embedded.url, embedded };
}

function readPrevious(file: string): BenchResults | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as BenchResults;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help')) return log(USAGE);
  const options = parseOptions(argv, process.env, path.join(REPO_ROOT, 'bench', 'results', 'latest.json'));
  const command = `pnpm bench${argv.length ? ` ${argv.join(' ')}` : ''}`;
  // First: the loader needs the built @lightbridge/taxonomy, so load-data is imported after the build.
  if (options.build) build();
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS require, deferred until the build is done
  const { countOrganizations, reloadDatabase } = require('./load-data') as typeof LoadDataModule;
  const { url, embedded } = await openDatabaseUrl(options);
  try {
    let load: LoadDataModule.LoadReport | null = null;
    if (!options.skipLoad) {
      log(`loading ${options.organizations} organizations into ${options.embedded ? 'the embedded database' : url}…`);
      load = await reloadDatabase(url, options.organizations, 42, log);
      log(
        `loaded ${load.organizations} organizations in ${(load.ms / 1000).toFixed(1)} s = ${load.organizationsPerSecond} organizations/s`,
      );
      if (options.loadOnly) return;
    }
    const organizations = await countOrganizations(url);
    const run = await runBenchmark(options, url, log);
    let coverage: BenchResults['valueChainCoverage'];
    try {
      coverage = await valueChainCoverage(run.apiUrl);
    } finally {
      await run.stop();
    }
    const results: BenchResults = {
      date: new Date().toISOString(),
      machine: machine(),
      command,
      database: { kind: options.embedded ? 'embedded' : 'server', organizations },
      settings: { connections: options.connections, durationSeconds: options.durationSeconds, poolSize: options.poolSize },
      load,
      operations: run.operations,
      api: run.api,
      valueChainCoverage: coverage,
      bundles: { portal: bundleSize('apps/web/dist'), widgets: bundleSize('packages/widgets/dist') },
    };
    const markdown = formatMarkdown(results);
    log(`\n${markdown}`);
    const previous = readPrevious(options.output);
    if (previous) log(`Against the previous run (${previous.date}):\n${compareWithPrevious(results, previous).join('\n')}`);
    fs.mkdirSync(path.dirname(options.output), { recursive: true });
    fs.writeFileSync(options.output, `${JSON.stringify(results, null, 2)}\n`);
    log(`results written to ${path.relative(process.cwd(), options.output)}`);
    if (options.record) {
      fs.appendFileSync(path.join(REPO_ROOT, 'docs', 'performance.md'), `\n${markdown}`);
      log('run appended to docs/performance.md');
    }
  } finally {
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof OptionsError ? `${error.message}\n\n${USAGE}` : error);
  process.exit(error instanceof OptionsError ? 2 : 1);
});
