import { randomUUID } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { databaseFailure } from '../graphql/errors';
import type { Logger } from '../logger';
import { HttpError } from './body';
import { applyCors } from './cors';
import { serveSpa } from './static-files';

export type RouteHandler = (request: IncomingMessage, response: ServerResponse, url: URL, requestId: string) => Promise<void>;

export interface HttpServerOptions {
  logger: Logger;
  graphql: RouteHandler;
  /** Extra exact-path routes (health, metrics, exports, widgets ...). */
  routes: Map<string, RouteHandler>;
  corsOrigins: string[];
  webDistDir: string | null;
  /** Sent as `x-instance-id` on every response, so that a caller behind a load balancer knows which replica answered. */
  instanceId: string;
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.statusCode = status;
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.end(JSON.stringify(body));
}

export function createHttpServer(options: HttpServerOptions): http.Server {
  return http.createServer((request, response) => {
    const incomingId = request.headers['x-request-id'];
    const requestId = typeof incomingId === 'string' && /^[A-Za-z0-9-]{8,64}$/.test(incomingId) ? incomingId : randomUUID();
    response.setHeader('x-request-id', requestId);
    response.setHeader('x-instance-id', options.instanceId);
    if (options.logger.isLevelEnabled('debug')) {
      const started = process.hrtime.bigint();
      response.on('finish', () => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        options.logger.debug(
          { requestId, method: request.method, path: request.url?.split('?')[0], status: response.statusCode, ms },
          'request',
        );
      });
    }
    handle(request, response, requestId, options).catch((error: unknown) => {
      if (error instanceof HttpError) {
        if (!response.headersSent)
          sendJson(response, error.status, { errors: [{ message: error.message, extensions: { code: error.code } }] });
        else response.end();
        return;
      }
      const failure = databaseFailure(error);
      if (failure) {
        // Before or outside a GraphQL operation (session or API-key lookup, exports): the same answer as inside one.
        options.logger.error({ err: error, requestId }, 'database failure');
        if (!response.headersSent) {
          response.setHeader('retry-after', '1');
          sendJson(response, 503, {
            errors: [{ message: failure.message, extensions: { code: 'SERVICE_UNAVAILABLE', reason: failure.reason } }],
          });
        } else response.end();
        return;
      }
      options.logger.error({ err: error, requestId }, 'unhandled request error');
      if (!response.headersSent)
        sendJson(response, 500, { errors: [{ message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else response.end();
    });
  });
}

async function handle(request: IncomingMessage, response: ServerResponse, requestId: string, options: HttpServerOptions): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  applyCors(request, response, options.corsOrigins);
  if (request.method === 'OPTIONS') {
    response.statusCode = 204;
    response.end();
    return;
  }
  if (url.pathname === '/graphql') {
    if (request.method !== 'GET' && request.method !== 'POST') {
      response.setHeader('allow', 'GET, POST');
      throw new HttpError(405, 'METHOD_NOT_ALLOWED', 'Use GET or POST for /graphql.');
    }
    await options.graphql(request, response, url, requestId);
    return;
  }
  const route = options.routes.get(url.pathname);
  if (route) {
    await route(request, response, url, requestId);
    return;
  }
  if ((request.method === 'GET' || request.method === 'HEAD') && options.webDistDir && serveSpa(options.webDistDir, url.pathname, response))
    return;
  sendJson(response, 404, { errors: [{ message: `Nothing at ${url.pathname.slice(0, 200)}.`, extensions: { code: 'NOT_FOUND' } }] });
}
