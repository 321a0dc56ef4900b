import type { OpenDatabase } from '../db/open-database';
import { sendJson, type RouteHandler } from './server';

/** /healthz: the process answers. /readyz: the database answers and no migration is pending. */
export function createHealthRoutes(database: OpenDatabase): Record<string, RouteHandler> {
  return {
    '/healthz': async (_request, response) => {
      sendJson(response, 200, { status: 'ok' });
    },
    '/readyz': async (_request, response) => {
      try {
        await database.primary.query('SELECT 1');
        const pending = await database.primary.showMigrations();
        if (pending) {
          sendJson(response, 503, { status: 'unavailable', reason: 'migrations pending' });
          return;
        }
        sendJson(response, 200, { status: 'ready' });
      } catch {
        sendJson(response, 503, { status: 'unavailable', reason: 'database unreachable' });
      }
    },
  };
}
