import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, loadConfig } from '../../src/config';
import { runApi } from '../fault/api-process';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
const srcDir = path.resolve(__dirname, '..', '..', 'src');

function errorOf(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error(`no error for ${JSON.stringify(env)}`);
}

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)]))
    .filter((file) => file.endsWith('.ts'));
}

describe('configuration', () => {
  it('starts from defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.shutdownTimeoutMs).toBeGreaterThan(0);
    expect(config.metricsToken).toBeNull();
  });

  it('sends the SQL statement header outside production unless told otherwise', () => {
    expect(loadConfig({}).sqlStatementHeader).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).sqlStatementHeader).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', SQL_STATEMENT_HEADER: '1' }).sqlStatementHeader).toBe(true);
    expect(loadConfig({ SQL_STATEMENT_HEADER: '0' }).sqlStatementHeader).toBe(false);
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['HOST', 'not a host'],
    ['DATABASE_URL', 'mysql://localhost/x'],
    ['DATABASE_URL', 'not a url'],
    ['DATABASE_READ_URL', 'http://replica'],
    ['DATABASE_POOL_SIZE', '0'],
    ['STATEMENT_TIMEOUT_MS', '5'],
    ['REDIS_URL', 'http://redis'],
    ['LOG_LEVEL', 'loud'],
    ['NODE_ENV', 'staging'],
    ['CORS_ORIGINS', 'https://example.org/path'],
    ['WEB_DIST_DIR', '/nonexistent/lightbridge-web'],
    ['SHUTDOWN_TIMEOUT_MS', '-1'],
    ['READINESS_TIMEOUT_MS', '1.5'],
    ['METRICS_TOKEN', 'short'],
    ['INSTANCE_ID', 'api 1'],
    ['ADMIN_EMAIL', 'not-an-email'],
    ['SQL_STATEMENT_HEADER', 'yes'],
    ['DATABASE_PREPARED_STATEMENTS', 'no'],
    ['TERM_CHANGE_LISTENER', 'on'],
  ])('rejects %s=%s naming the variable', (variable, value) => {
    const error = errorOf({ [variable]: value });
    expect(error.variable).toBe(variable);
    expect(error.message).toContain(variable);
  });

  it('takes an admin account only with an e-mail and a password of 10 characters or more', () => {
    expect(loadConfig({ ADMIN_EMAIL: 'Root@Example.org', ADMIN_PASSWORD: 'long enough pw' }).admin).toEqual({
      email: 'root@example.org',
      password: 'long enough pw',
    });
    expect(errorOf({ ADMIN_EMAIL: 'root@example.org', ADMIN_PASSWORD: 'short' }).variable).toBe('ADMIN_PASSWORD');
    expect(errorOf({ ADMIN_PASSWORD: 'long enough pw' }).variable).toBe('ADMIN_EMAIL');
  });

  it('stops the real process with a non-zero code and a message naming the bad variable', async () => {
    const result = await runApi({ PORT: 'abc' });
    expect(result.code).not.toBe(0);
    expect(result.code).not.toBeNull();
    expect(result.output).toContain('PORT');
    expect(result.output).not.toMatch(/\n\s+at /); // a message, not a stack trace
  });

  it('.env.example documents every variable the API reads, and only those', () => {
    const example = fs.readFileSync(path.join(repoRoot, '.env.example'), 'utf8');
    const documented = new Set([...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]!));
    // What loadConfig reads, recorded as it reads it (exact, however the code is written) ...
    const read = new Set<string>();
    loadConfig(
      new Proxy({} as Record<string, string | undefined>, {
        get: (_target, name) => {
          if (typeof name === 'string') read.add(name);
          return undefined;
        },
      }),
    );
    expect(read.size).toBeGreaterThan(15);
    // ... and what any other file reads from the environment.
    const pattern = /(?:\benv,\s*'([A-Z][A-Z0-9_]+)'|\benv\.([A-Z][A-Z0-9_]+)|env\['([A-Z][A-Z0-9_]+)'\])/g;
    for (const file of filesUnder(srcDir)) {
      for (const match of fs.readFileSync(file, 'utf8').matchAll(pattern)) read.add((match[1] ?? match[2] ?? match[3])!);
    }
    expect([...read].filter((name) => !documented.has(name)).sort()).toEqual([]);
    expect([...documented].filter((name) => !read.has(name)).sort()).toEqual([]);
  });
});
