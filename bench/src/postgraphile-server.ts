/**
 * PostGraphile 4 (the peer; PostGraphile 5 needs Node 22) as a library on its own port, in its own
 * process, against the benchmark database. Its pool counts the statements it sends: GET /stats.
 * Usage: ts-node --swc src/postgraphile-server.ts <database url> <port> <pool size>
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Pool, type PoolClient } from 'pg';
import { postgraphile } from 'postgraphile';

export function startPostgraphileServer(
  url: string,
  port: number,
  poolSize: number,
): Promise<{ server: http.Server; pool: Pool; port: number }> {
  const pool = new Pool({
    connectionString: url,
    max: poolSize,
    // The same statement timeout as our API (STATEMENT_TIMEOUT_MS default), so that no system keeps a backlog.
    options: '-c statement_timeout=10000',
    application_name: 'lightbridge-bench-postgraphile',
  });
  let statements = 0;
  const counted = new WeakSet<PoolClient>();
  pool.on('connect', (client) => {
    if (counted.has(client)) return;
    counted.add(client);
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      statements += 1;
      return query(...args);
    };
  });
  const handler = postgraphile(pool, 'public', {
    graphqlRoute: '/graphql',
    graphiql: false,
    disableQueryLog: true,
    dynamicJson: true,
    setofFunctionsContainNulls: false,
    retryOnInitFail: false,
    // Production-like settings: no stack traces, no schema watching.
    showErrorStack: false,
    watchPg: false,
  });
  const server = http.createServer((request, response) => {
    if (request.method === 'GET' && request.url === '/stats') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ statements }));
      return;
    }
    void handler(request, response);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => resolve({ server, pool, port: (server.address() as AddressInfo).port }));
  });
}

if (require.main === module) {
  const [url, port = '0', poolSize = '10'] = process.argv.slice(2);
  if (!url) throw new Error('usage: postgraphile-server.ts <database url> [port] [pool size]');
  void startPostgraphileServer(url, Number(port), Number(poolSize)).then((s) => console.log(`listening ${s.port}`));
}
