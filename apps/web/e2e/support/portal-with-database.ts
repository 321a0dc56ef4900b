import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { apiClient, type RunningApi } from './api-server';
import { launchBrowser } from './browser';
import { ensureBuilt, repoRoot } from './built-portal';

export interface PortalWithDatabase {
  api: Pick<RunningApi, 'url' | 'graphql'>;
  browser: Browser;
  /** SQL on the API's own database, for what the API rightly offers no one (granting the first roles). */
  sql<T>(query: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

interface ApiDist {
  startApp(config: unknown, logger: unknown, prepare: (primary: unknown) => Promise<void>): Promise<RunningApp>;
  loadConfig(env: Record<string, string>): { demoOrganizations: number };
  createLogger(level: string): unknown;
  seedIfEmpty(primary: unknown, config: unknown, logger: unknown): Promise<void>;
}

interface RunningApp {
  url: string;
  database: { primary: { query(sql: string, params?: unknown[]): Promise<unknown[]> } };
  stop(): Promise<void>;
}

function loadApiDist(): ApiDist {
  const dist = path.join(repoRoot, 'apps', 'api', 'dist');
  /* eslint-disable @typescript-eslint/no-require-imports -- the built API is CommonJS, loaded at run time */
  return {
    ...(require(path.join(dist, 'app.js')) as Pick<ApiDist, 'startApp'>),
    ...(require(path.join(dist, 'config.js')) as Pick<ApiDist, 'loadConfig'>),
    ...(require(path.join(dist, 'logger.js')) as Pick<ApiDist, 'createLogger'>),
    ...(require(path.join(dist, 'db', 'seed', 'seed-if-empty.js')) as Pick<ApiDist, 'seedIfEmpty'>),
  };
  /* eslint-enable @typescript-eslint/no-require-imports */
}

/**
 * Like startPortal, but the real API (the built apps/api/dist) runs in this process, as the API's
 * integration tests run it, so that a test can reach its database: roles such as curator or
 * cluster manager are granted by an admin, and the first admin only through the database.
 */
export async function startPortalWithDatabase(demoOrganizations = 200): Promise<PortalWithDatabase> {
  const { webDist } = ensureBuilt();
  const api = loadApiDist();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lightbridge-e2e-'));
  const config = api.loadConfig({
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: '0',
    EMBEDDED_DATA_DIR: path.join(dataDir, 'pglite'),
    DEMO_ORGANIZATIONS: String(demoOrganizations),
    WEB_DIST_DIR: webDist,
    LOG_LEVEL: 'warn',
    ANONYMOUS_HOURLY_BUDGET: '1000000',
  });
  const logger = api.createLogger('warn');
  const cleanUp = () => fs.rmSync(dataDir, { recursive: true, force: true });
  let app: RunningApp;
  try {
    app = await api.startApp(config, logger, (primary) => api.seedIfEmpty(primary, config, logger));
  } catch (error) {
    cleanUp();
    throw error;
  }
  let browser: Browser;
  try {
    browser = await launchBrowser();
  } catch (error) {
    await app.stop();
    cleanUp();
    throw error;
  }
  return {
    api: apiClient(app.url),
    browser,
    sql: async <T>(query: string, params: unknown[] = []) => (await app.database.primary.query(query, params)) as T[],
    async close() {
      await browser.close();
      await app.stop();
      cleanUp();
    },
  };
}
