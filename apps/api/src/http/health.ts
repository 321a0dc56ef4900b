import type { OpenDatabase } from '../db/open-database';
import { sendJson, type RouteHandler } from './server';

export interface HealthOptions {
  /** Readiness gives up after this long: a database that does not answer is unreachable. */
  timeoutMs: number;
  /** True while the process drains for shutdown: the load balancer must stop sending requests. */
  isDraining: () => boolean;
}

class ReadinessTimeout extends Error {}

function within<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ReadinessTimeout()), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * /healthz: the process answers (liveness; never touches the database, so an outage does not get
 * the process restarted). /readyz: not draining, the database answers, no migration is pending, and
 * the read replica (if any) answers — all within the timeout.
 */
export function createHealthRoutes(database: OpenDatabase, options: HealthOptions): Record<string, RouteHandler> {
  const unavailable = (response: Parameters<RouteHandler>[1], reason: string) => {
    response.setHeader('cache-control', 'no-store');
    sendJson(response, 503, { status: 'unavailable', reason });
  };
  return {
    '/healthz': async (_request, response) => {
      response.setHeader('cache-control', 'no-store');
      sendJson(response, 200, { status: 'ok' });
    },
    '/readyz': async (_request, response) => {
      if (options.isDraining()) {
        unavailable(response, 'shutting down');
        return;
      }
      let pending: boolean;
      try {
        pending = await within(
          (async () => {
            await database.primary.query('SELECT 1');
            if (database.replica) await database.replica.query('SELECT 1');
            return database.primary.showMigrations();
          })(),
          options.timeoutMs,
        );
      } catch (error) {
        unavailable(response, error instanceof ReadinessTimeout ? 'database timeout' : 'database unreachable');
        return;
      }
      if (pending) {
        unavailable(response, 'migrations pending');
        return;
      }
      response.setHeader('cache-control', 'no-store');
      sendJson(response, 200, { status: 'ready' });
    },
  };
}
