import { timingSafeEqual } from 'node:crypto';
import type { RouteHandler } from '../http/server';
import { sendJson } from '../http/server';
import { metricsRegistry } from './metrics';

/** GET /metrics in the Prometheus text format; with a token configured, only for `Authorization: Bearer <token>`. */
export function createMetricsRoute(token: string | null): RouteHandler {
  const expected = token ? Buffer.from(`Bearer ${token}`) : null;
  return async (request, response) => {
    if (expected) {
      const given = Buffer.from(request.headers.authorization ?? '');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        sendJson(response, 401, { errors: [{ message: 'A metrics token is required.', extensions: { code: 'UNAUTHENTICATED' } }] });
        return;
      }
    }
    const body = await metricsRegistry.metrics();
    response.statusCode = 200;
    response.setHeader('content-type', metricsRegistry.contentType);
    response.setHeader('cache-control', 'no-store');
    response.end(body);
  };
}
