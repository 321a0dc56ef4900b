import path from 'node:path';

/** Settings read once from the environment; a bad value stops the start with a message naming it. */
export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** A PostgreSQL server; when absent, the embedded database is started. */
  databaseUrl: string | null;
  /** A read replica for queries; writes always go to databaseUrl. */
  databaseReadUrl: string | null;
  /** Folder of the embedded database's files. */
  embeddedDataDir: string;
  databasePoolSize: number;
  statementTimeoutMs: number;
  redisUrl: string | null;
  /** Prefix of the API's Redis keys (rate-limit counters, persisted queries). */
  redisKeyPrefix: string;
  /** Points per hour for each anonymous client address (API keys carry their own budget). */
  anonymousHourlyBudget: number;
  /** Only registered operations run (graphql/limits/persisted-operations.json). */
  safelist: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Organizations to generate on first start of an empty database (0 disables demo data). */
  demoOrganizations: number;
  demoSeed: number;
  /** Origins allowed to call the API from a browser without an API key (the portal). */
  corsOrigins: string[];
  webDistDir: string | null;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    reason: string,
  ) {
    super(`Invalid environment variable ${variable}: ${reason}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const repoRoot = path.resolve(__dirname, '..', '..', '..');

function readInt(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `expected a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `expected ${min}..${max}, got ${value}`);
  return value;
}

function readUrl(env: Env, name: string, protocols: string[]): string | null {
  const raw = env[name];
  if (raw === undefined || raw === '') return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, 'not a valid URL');
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigError(name, `expected a ${protocols.join(' or ')} URL, got ${url.protocol}`);
  }
  return raw;
}

function readEnum<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `expected one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

export function loadConfig(env: Env = process.env): AppConfig {
  const nodeEnv = readEnum(env, 'NODE_ENV', ['development', 'production', 'test'], 'development');
  const databaseUrl = readUrl(env, 'DATABASE_URL', ['postgres:', 'postgresql:']);
  return {
    nodeEnv,
    port: readInt(env, 'PORT', 4000, 0, 65535),
    host: env.HOST && env.HOST !== '' ? env.HOST : '0.0.0.0',
    databaseUrl,
    databaseReadUrl: readUrl(env, 'DATABASE_READ_URL', ['postgres:', 'postgresql:']),
    embeddedDataDir: path.resolve(
      env.EMBEDDED_DATA_DIR && env.EMBEDDED_DATA_DIR !== '' ? env.EMBEDDED_DATA_DIR : path.join(repoRoot, '.data', 'pglite'),
    ),
    databasePoolSize: readInt(env, 'DATABASE_POOL_SIZE', 10, 1, 200),
    statementTimeoutMs: readInt(env, 'STATEMENT_TIMEOUT_MS', 10_000, 100, 600_000),
    redisUrl: readUrl(env, 'REDIS_URL', ['redis:', 'rediss:']),
    redisKeyPrefix: env.REDIS_KEY_PREFIX && env.REDIS_KEY_PREFIX !== '' ? env.REDIS_KEY_PREFIX : 'lb:',
    anonymousHourlyBudget: readInt(env, 'ANONYMOUS_HOURLY_BUDGET', 1000, 1, 10_000_000),
    safelist: readEnum(env, 'SAFELIST', ['0', '1'], '0') === '1',
    logLevel: readEnum(
      env,
      'LOG_LEVEL',
      ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'],
      nodeEnv === 'test' ? 'silent' : 'info',
    ),
    demoOrganizations: readInt(env, 'DEMO_ORGANIZATIONS', 2000, 0, 10_000_000),
    demoSeed: readInt(env, 'DEMO_SEED', 42, 0, 2 ** 31),
    corsOrigins: (env.CORS_ORIGINS ?? 'http://localhost:5173,http://127.0.0.1:5173')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    webDistDir: env.WEB_DIST_DIR && env.WEB_DIST_DIR !== '' ? path.resolve(env.WEB_DIST_DIR) : null,
  };
}
