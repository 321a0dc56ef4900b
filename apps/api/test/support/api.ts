import { Writable } from 'node:stream';
import { startApp, type RunningApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { isEmbedded, testDatabaseUrl } from './database';

export interface GraphqlResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: {
    data?: T | null;
    errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
    extensions?: Record<string, unknown>;
  };
  /** SQL statements the request ran (x-sql-statements header). */
  statements: number;
}

export interface TestApi {
  app: RunningApp;
  url: string;
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphqlResponse<T>>;
  stop(): Promise<void>;
  /** The API's log entries at or above `captureLogs` (empty when that option is not given). */
  logs: Record<string, unknown>[];
}

/** Starts the real API (HTTP server, schema, database) on a free port against the test database. */
export async function startTestApi(env: Record<string, string> = {}, options: { captureLogs?: 'error' | 'warn' } = {}): Promise<TestApi> {
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: testDatabaseUrl(),
    DATABASE_POOL_SIZE: isEmbedded() ? '1' : '5',
    // The embedded database is one session shared by every test file's API.
    DATABASE_PREPARED_STATEMENTS: isEmbedded() ? '0' : '1',
    // Statement counts stay the same from one request to the next (taxonomy-snapshot-cache.test.ts tests the listener).
    TERM_CHANGE_LISTENER: '0',
    LOG_LEVEL: options.captureLogs ?? process.env.TEST_LOG_LEVEL ?? 'silent',
    ...env,
  });
  const logs: Record<string, unknown>[] = [];
  const capture = new Writable({
    write(line: Buffer, _encoding, done) {
      logs.push(JSON.parse(line.toString()) as Record<string, unknown>);
      done();
    },
  });
  const app = await startApp(config, createLogger(config.logLevel, options.captureLogs ? capture : undefined));
  return {
    app,
    url: app.url,
    async graphql<T>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as GraphqlResponse<T>['body'];
      return {
        status: response.status,
        headers: response.headers,
        body,
        statements: Number(response.headers.get('x-sql-statements') ?? 'NaN'),
      };
    },
    stop: () => app.stop(),
    logs,
  };
}
