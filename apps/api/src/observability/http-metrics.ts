import type http from 'node:http';
import { httpRequestDuration, httpRequests, httpRequestsInFlight } from './metrics';

/**
 * Counts and times every HTTP request of a server. Route labels are limited to the known paths
 * (anything else is "other"), so that arbitrary URLs cannot grow the metric's cardinality.
 */
export function instrumentHttpServer(server: http.Server, knownPaths: Iterable<string>): void {
  const known = new Set(knownPaths);
  server.prependListener('request', (request: http.IncomingMessage, response: http.ServerResponse) => {
    const started = process.hrtime.bigint();
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const route = known.has(path) ? path : 'other';
    const method = request.method === 'GET' || request.method === 'POST' || request.method === 'OPTIONS' ? request.method : 'other';
    httpRequestsInFlight.inc();
    response.once('close', () => {
      httpRequestsInFlight.dec();
      // A response closed before it finished was cut off (client gone, or a forced shutdown).
      const status = response.writableFinished ? String(response.statusCode) : 'aborted';
      httpRequests.inc({ method, route, status });
      httpRequestDuration.observe({ method, route }, Number(process.hrtime.bigint() - started) / 1e9);
    });
  });
}
