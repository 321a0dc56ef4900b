/** Command-line options of `pnpm bench`. */
import { OPERATION_NAMES, type OperationName } from './operations';

export interface BenchOptions {
  organizations: number;
  embedded: boolean;
  databaseUrl: string;
  skipLoad: boolean;
  loadOnly: boolean;
  build: boolean;
  durationSeconds: number;
  warmupSeconds: number;
  /** The measured seconds are split into this many slices, the systems taking turns (drift hits them alike). */
  rounds: number;
  connections: number;
  poolSize: number;
  operations: OperationName[];
  output: string;
  record: boolean;
}

export const USAGE = `pnpm bench [options]
  --organizations N    synthetic organizations to load (default 10000)
  --million            same as --organizations 1000000
  --embedded           use the embedded database (PGlite) in its own process instead of DATABASE_URL
  --skip-load          keep the data already in the database
  --load-only          load the data, report the load time, and stop
  --no-build           reuse the API compiled by the previous run
  --duration S         seconds of load per system and operation (default 10)
  --warmup S           seconds of unmeasured load before each (default 2)
  --rounds N           split each system's measured seconds into N slices, the three systems taking turns (default 5)
  --connections N      concurrent connections (default 10)
  --pool N             database pool size of each system (default 10; 1 on the embedded database)
  --operations a,b     a subset of: ${OPERATION_NAMES.join(', ')}
  --output FILE        results JSON (default bench/results/latest.json)
  --record             append the run's tables to docs/performance.md
Database: DATABASE_URL, else postgres://postgres@127.0.0.1:5432/lightbridge_bench. It is emptied and reloaded.`;

export class OptionsError extends Error {}

function positiveInt(flag: string, value: string | undefined): number {
  if (value === undefined || !/^\d+$/.test(value) || Number(value) < 1) throw new OptionsError(`${flag} expects a positive whole number`);
  return Number(value);
}

export function parseOptions(argv: readonly string[], env: Record<string, string | undefined>, defaultOutput: string): BenchOptions {
  const options: BenchOptions = {
    organizations: 10_000,
    embedded: false,
    databaseUrl: env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/lightbridge_bench',
    skipLoad: false,
    loadOnly: false,
    build: true,
    durationSeconds: 10,
    warmupSeconds: 2,
    rounds: 5,
    connections: 10,
    poolSize: 10,
    operations: [...OPERATION_NAMES],
    output: defaultOutput,
    record: false,
  };
  let poolGiven = false;
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i]!;
    const value = () => argv[++i];
    switch (flag) {
      case '--organizations':
        options.organizations = positiveInt(flag, value());
        break;
      case '--million':
        options.organizations = 1_000_000;
        break;
      case '--embedded':
        options.embedded = true;
        break;
      case '--skip-load':
        options.skipLoad = true;
        break;
      case '--load-only':
        options.loadOnly = true;
        break;
      case '--no-build':
        options.build = false;
        break;
      case '--rounds':
        options.rounds = positiveInt(flag, value());
        break;
      case '--duration':
        options.durationSeconds = positiveInt(flag, value());
        break;
      case '--warmup':
        options.warmupSeconds = Number(value() ?? 'x');
        if (!Number.isInteger(options.warmupSeconds) || options.warmupSeconds < 0)
          throw new OptionsError('--warmup expects seconds (0 or more)');
        break;
      case '--connections':
        options.connections = positiveInt(flag, value());
        break;
      case '--pool':
        options.poolSize = positiveInt(flag, value());
        poolGiven = true;
        break;
      case '--operations': {
        const names = (value() ?? '').split(',').filter(Boolean);
        const unknown = names.filter((n) => !(OPERATION_NAMES as readonly string[]).includes(n));
        if (names.length === 0 || unknown.length > 0)
          throw new OptionsError(`--operations takes names among ${OPERATION_NAMES.join(', ')}`);
        options.operations = names as OperationName[];
        break;
      }
      case '--output':
        options.output = value() ?? '';
        if (!options.output) throw new OptionsError('--output expects a file name');
        break;
      case '--record':
        options.record = true;
        break;
      default:
        throw new OptionsError(`unknown option ${flag}`);
    }
  }
  // The embedded database has a single backend: one connection per system.
  if (options.embedded && !poolGiven) options.poolSize = 1;
  return options;
}
