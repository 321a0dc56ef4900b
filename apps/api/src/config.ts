import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_ANONYMOUS_HOURLY_BUDGET, DEFAULT_ANONYMOUS_REGISTERED_HOURLY_BUDGET } from './graphql/limits/limits';

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
  /**
   * Read statements run as named prepared statements (db/prepared-query.ts). Off for a server
   * behind a transaction-mode connection pooler or a single-session one such as the embedded
   * database, where a statement prepared on one client would be seen by all.
   */
  preparedStatements: boolean;
  /**
   * Listen for term changes (modules/taxonomy/term-change-listener.ts) instead of checking the term
   * table on every request. Off behind a transaction-mode pooler, which cannot LISTEN.
   */
  termChangeListener: boolean;
  statementTimeoutMs: number;
  redisUrl: string | null;
  /** Prefix of the API's Redis keys (rate-limit counters, persisted queries). */
  redisKeyPrefix: string;
  /** Points per hour for each anonymous client address (API keys carry their own budget). */
  anonymousHourlyBudget: number;
  /** Points per hour for each anonymous address running the portal's and the widgets' registered operations. */
  anonymousRegisteredHourlyBudget: number;
  /** Reverse proxies in front of the API: the client's address is read from X-Forwarded-For past them. */
  trustedProxyHops: number;
  /** Only registered operations run: the typed client's, the portal's and the widgets' (see operationManifests). */
  safelist: boolean;
  /**
   * Each /graphql answer says how many SQL statements it ran (`x-sql-statements`), for tests and
   * the benchmark; off by default in production, where it would tell callers about our queries.
   */
  sqlStatementHeader: boolean;
  /**
   * Valid query documents sent as JSON run on the prepared path (http/prepared-execution.ts) rather
   * than through Apollo Server's pipeline; the same answers, less work per request. Off: every
   * operation goes through Apollo (for comparing the two).
   */
  preparedExecution: boolean;
  /** The portal's and the widgets' registered operations, as their builds wrote them. */
  operationManifests: { source: 'portal' | 'widgets'; file: string; required: boolean }[];
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Organizations to generate on first start of an empty database (0 disables demo data). */
  demoOrganizations: number;
  demoSeed: number;
  /** Origins allowed to call the API from a browser without an API key (the portal). */
  corsOrigins: string[];
  webDistDir: string | null;
  /** Public address of the portal, used in links that leave the platform (exports, widgets). */
  publicUrl: string;
  /** On SIGTERM, in-flight requests get this long to finish before their connections are closed. */
  shutdownTimeoutMs: number;
  /** /readyz reports the database unreachable when it does not answer within this. */
  readinessTimeoutMs: number;
  /** When set, /metrics requires `Authorization: Bearer <token>`. */
  metricsToken: string | null;
  /** Names this process in the `x-instance-id` response header and its logs, to tell replicas apart. */
  instanceId: string;
  /** An account given the ADMIN role at start (created when missing): how the first admin comes to be. */
  admin: { email: string; password: string } | null;
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

/** A 0 | 1 switch. */
function readFlag(env: Env, name: string, fallback: boolean): boolean {
  return readEnum(env, name, ['0', '1'], fallback ? '1' : '0') === '1';
}

function readHost(env: Env, name: string, fallback: string): string {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  // A host name, an IPv4 address or an IPv6 address: what server.listen accepts.
  if (!/^[A-Za-z0-9.-]{1,253}$/.test(raw) && !/^[0-9A-Fa-f:]{2,39}$/.test(raw)) {
    throw new ConfigError(name, `expected a host name or IP address, got "${raw}"`);
  }
  return raw;
}

function readOrigins(env: Env, name: string, fallback: string): string[] {
  const origins = (env[name] ?? fallback)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const origin of origins) {
    if (origin === '*') continue;
    let parsed: URL | null = null;
    try {
      parsed = new URL(origin);
    } catch {
      // reported below
    }
    if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || parsed.origin !== origin) {
      throw new ConfigError(name, `expected comma-separated origins like https://example.org (no path), got "${origin}"`);
    }
  }
  return origins;
}

function readDirectory(env: Env, name: string): string | null {
  const raw = env[name];
  if (raw === undefined || raw === '') return null;
  const resolved = path.resolve(raw);
  if (!fs.existsSync(resolved) || !fs.statSync(resolved).isDirectory()) {
    throw new ConfigError(name, `no folder at ${resolved}`);
  }
  return resolved;
}

function readFile(env: Env, name: string): string | null {
  const raw = env[name];
  if (raw === undefined || raw === '') return null;
  const resolved = path.resolve(raw);
  if (!fs.existsSync(resolved) || !fs.statSync(resolved).isFile()) throw new ConfigError(name, `no file at ${resolved}`);
  return resolved;
}

/** By default the builds' outputs in this repository; set explicitly where the portal is deployed apart. */
function readOperationManifests(env: Env, webDistDir: string | null): AppConfig['operationManifests'] {
  const portal = readFile(env, 'PORTAL_OPERATIONS');
  const widgets = readFile(env, 'WIDGETS_OPERATIONS');
  return [
    {
      source: 'portal',
      file: portal ?? path.join(webDistDir ?? path.join(repoRoot, 'apps', 'web', 'dist'), 'operations.json'),
      required: !!portal,
    },
    { source: 'widgets', file: widgets ?? path.join(repoRoot, 'packages', 'widgets', 'dist', 'operations.json'), required: !!widgets },
  ];
}

function readToken(env: Env, name: string, fallback: string): string {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^[A-Za-z0-9._:-]{1,64}$/.test(raw)) throw new ConfigError(name, `expected 1..64 letters, digits or . _ : -, got "${raw}"`);
  return raw;
}

function readAdmin(env: Env): AppConfig['admin'] {
  const email = env.ADMIN_EMAIL?.trim() ?? '';
  const password = env.ADMIN_PASSWORD ?? '';
  if (email === '' && password === '') return null;
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 254) throw new ConfigError('ADMIN_EMAIL', 'expected an e-mail address');
  if (password.length < 10 || password.length > 200) throw new ConfigError('ADMIN_PASSWORD', 'expected 10 to 200 characters');
  return { email: email.toLowerCase(), password };
}

function readSecret(env: Env, name: string, minLength: number): string | null {
  const raw = env[name];
  if (raw === undefined || raw === '') return null;
  if (raw.length < minLength) throw new ConfigError(name, `expected at least ${minLength} characters`);
  return raw;
}

export function loadConfig(env: Env = process.env): AppConfig {
  const nodeEnv = readEnum(env, 'NODE_ENV', ['development', 'production', 'test'], 'development');
  const databaseUrl = readUrl(env, 'DATABASE_URL', ['postgres:', 'postgresql:']);
  const webDistDir = readDirectory(env, 'WEB_DIST_DIR');
  return {
    nodeEnv,
    port: readInt(env, 'PORT', 4000, 0, 65535),
    host: readHost(env, 'HOST', '0.0.0.0'),
    databaseUrl,
    databaseReadUrl: readUrl(env, 'DATABASE_READ_URL', ['postgres:', 'postgresql:']),
    embeddedDataDir: path.resolve(
      env.EMBEDDED_DATA_DIR && env.EMBEDDED_DATA_DIR !== '' ? env.EMBEDDED_DATA_DIR : path.join(repoRoot, '.data', 'pglite'),
    ),
    databasePoolSize: readInt(env, 'DATABASE_POOL_SIZE', 10, 1, 200),
    preparedStatements: readFlag(env, 'DATABASE_PREPARED_STATEMENTS', true),
    termChangeListener: readFlag(env, 'TERM_CHANGE_LISTENER', true),
    statementTimeoutMs: readInt(env, 'STATEMENT_TIMEOUT_MS', 10_000, 100, 600_000),
    redisUrl: readUrl(env, 'REDIS_URL', ['redis:', 'rediss:']),
    redisKeyPrefix: env.REDIS_KEY_PREFIX && env.REDIS_KEY_PREFIX !== '' ? env.REDIS_KEY_PREFIX : 'lb:',
    anonymousHourlyBudget: readInt(env, 'ANONYMOUS_HOURLY_BUDGET', DEFAULT_ANONYMOUS_HOURLY_BUDGET, 1, 10_000_000),
    anonymousRegisteredHourlyBudget: readInt(
      env,
      'ANONYMOUS_REGISTERED_HOURLY_BUDGET',
      DEFAULT_ANONYMOUS_REGISTERED_HOURLY_BUDGET,
      1,
      10_000_000,
    ),
    trustedProxyHops: readInt(env, 'TRUSTED_PROXY_HOPS', 0, 0, 10),
    safelist: readFlag(env, 'SAFELIST', false),
    sqlStatementHeader: readFlag(env, 'SQL_STATEMENT_HEADER', nodeEnv !== 'production'),
    preparedExecution: readFlag(env, 'PREPARED_EXECUTION', true),
    operationManifests: readOperationManifests(env, webDistDir),
    logLevel: readEnum(
      env,
      'LOG_LEVEL',
      ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'],
      nodeEnv === 'test' ? 'silent' : 'info',
    ),
    demoOrganizations: readInt(env, 'DEMO_ORGANIZATIONS', 2000, 0, 10_000_000),
    demoSeed: readInt(env, 'DEMO_SEED', 42, 0, 2 ** 31),
    corsOrigins: readOrigins(env, 'CORS_ORIGINS', 'http://localhost:5173,http://127.0.0.1:5173'),
    webDistDir,
    publicUrl: (readUrl(env, 'PUBLIC_URL', ['http:', 'https:']) ?? 'http://localhost:4000').replace(/\/+$/, ''),
    shutdownTimeoutMs: readInt(env, 'SHUTDOWN_TIMEOUT_MS', 10_000, 0, 300_000),
    readinessTimeoutMs: readInt(env, 'READINESS_TIMEOUT_MS', 2_000, 100, 60_000),
    metricsToken: readSecret(env, 'METRICS_TOKEN', 16),
    instanceId: readToken(env, 'INSTANCE_ID', `${os.hostname().slice(0, 48)}-${process.pid}`.replace(/[^A-Za-z0-9._:-]/g, '-')),
    admin: readAdmin(env),
  };
}
