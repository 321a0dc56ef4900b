/**
 * A tiny HTTP server that answers each reference operation with its hand-written SQL statement,
 * so that the raw-SQL baseline is measured over HTTP exactly like the two GraphQL servers.
 * POST /sql/<operation> with {"variables": {...}}; GET /stats gives the statements run so far.
 * Usage: ts-node --swc src/raw-sql-server.ts <database url> <port> <pool size>
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Pool } from 'pg';
import { parseSearchText } from '../../apps/api/src/modules/search/search-text';
import { OPERATION_NAMES, type OperationName } from './operations';
import { RAW_SQL } from './raw-sql-statements';

type Variables = Record<string, unknown>;

const decodeOrganizationId = (id: unknown): number => {
  const match = /^Organization:(\d+)$/.exec(Buffer.from(String(id), 'base64url').toString('utf8'));
  return match ? Number(match[1]) : 0;
};

/** Positional parameters of each statement, from the request's variables. */
export function rawSqlParameters(name: OperationName, v: Variables): unknown[] {
  switch (name) {
    case 'page':
      return [v.first];
    case 'technologyTree':
      return [v.technology, v.first];
    case 'clusterMembers':
      return [v.cluster, v.first];
    case 'nodeLookup':
      return [decodeOrganizationId(v.id)];
    case 'search': {
      const text = parseSearchText(String(v.search), 'search');
      return [v.technology, v.country, text?.raw ?? '', text?.tsquery ?? '', v.first];
    }
  }
}

export function startRawSqlServer(url: string, port: number, poolSize: number): Promise<{ server: http.Server; pool: Pool; port: number }> {
  const pool = new Pool({
    connectionString: url,
    max: poolSize,
    // The same statement timeout as our API (STATEMENT_TIMEOUT_MS default), so that no system keeps a backlog.
    options: '-c statement_timeout=10000',
    application_name: 'lightbridge-bench-raw',
  });
  let statements = 0;
  const server = http.createServer((request, response) => {
    const send = (status: number, body: string) => {
      response.writeHead(status, { 'content-type': 'application/json', 'x-sql-statements': '1' });
      response.end(body);
    };
    if (request.method === 'GET' && request.url === '/stats') return send(200, JSON.stringify({ statements }));
    const name = /^\/sql\/(\w+)$/.exec(request.url ?? '')?.[1] as OperationName | undefined;
    if (request.method !== 'POST' || !name || !OPERATION_NAMES.includes(name)) return send(404, '{"error":"not found"}');
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      let variables: Variables;
      try {
        variables = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { variables?: Variables }).variables ?? {};
      } catch {
        return send(400, '{"error":"bad JSON"}');
      }
      statements += 1;
      // The JSON is built by PostgreSQL; read it as text so that Node does not parse and re-serialize it.
      pool.query({ text: RAW_SQL[name].replace(/\) AS body$/, ')::text AS body'), values: rawSqlParameters(name, variables) }).then(
        (result) => send(200, (result.rows[0] as { body: string }).body),
        (error: Error) => send(500, JSON.stringify({ errors: [{ message: error.message }] })),
      );
    });
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => resolve({ server, pool, port: (server.address() as AddressInfo).port }));
  });
}

if (require.main === module) {
  const [url, port = '0', poolSize = '10'] = process.argv.slice(2);
  if (!url) throw new Error('usage: raw-sql-server.ts <database url> [port] [pool size]');
  void startRawSqlServer(url, Number(port), Number(poolSize)).then((s) => console.log(`listening ${s.port}`));
}
