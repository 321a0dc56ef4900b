import fs from 'node:fs';
import path from 'node:path';
import type { ServerResponse } from 'node:http';
import { HttpError } from './body';
import { sendJson, type RouteHandler } from './server';
import { sendFile } from './static-files';

/** Where `pnpm build` puts the widgets (same depth from src/http and dist/http). */
export const WIDGETS_DIST_DIR = path.resolve(__dirname, '..', '..', '..', '..', 'packages', 'widgets', 'dist');

const SHORT_CACHE = 'public, max-age=300';
const IMMUTABLE = 'public, max-age=31536000, immutable';

interface WidgetsManifest {
  script: string;
  hash: string;
}

function readManifest(distDir: string): WidgetsManifest | null {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(distDir, 'manifest.json'), 'utf8')) as Partial<WidgetsManifest>;
    return typeof manifest.script === 'string' && /^widgets\.[0-9a-f]+\.js$/.test(manifest.script) && typeof manifest.hash === 'string'
      ? { script: manifest.script, hash: manifest.hash }
      : null;
  } catch {
    return null;
  }
}

/** Any site may load the script: it is public code, and what it may fetch is decided per API key. */
function openToAnyOrigin(response: ServerResponse): void {
  response.removeHeader('access-control-allow-credentials');
  response.setHeader('access-control-allow-origin', '*');
  response.setHeader('cross-origin-resource-policy', 'cross-origin');
}

/**
 * The embeddable widgets, from packages/widgets/dist as built at boot: `/widgets.js` (the current
 * build, cached briefly so a new release spreads within minutes), `/widgets.<hash>.js` (cached for
 * a year: its content never changes), `/widgets.mjs` and the demo page `/widgets/demo.html`.
 */
export function createWidgetRoutes(distDir: string = WIDGETS_DIST_DIR): Record<string, RouteHandler> {
  const manifest = readManifest(distDir);
  const file = (name: string, cacheControl: string, cors: boolean, etag?: string): RouteHandler => {
    return async (request, response) => {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.setHeader('allow', 'GET, HEAD');
        throw new HttpError(405, 'METHOD_NOT_ALLOWED', 'Use GET for the widgets.');
      }
      // A rebuild replaces the hashed file: until a restart, answer 404 rather than fail the stream.
      if (!manifest || !fs.existsSync(path.join(distDir, name))) {
        sendJson(response, 404, {
          errors: [{ message: 'The widgets are not built on this server (run pnpm build).', extensions: { code: 'NOT_FOUND' } }],
        });
        return;
      }
      if (cors) openToAnyOrigin(response);
      if (etag) {
        response.setHeader('etag', `"${etag}"`);
        if (request.headers['if-none-match'] === `"${etag}"`) {
          response.setHeader('cache-control', cacheControl);
          response.statusCode = 304;
          response.end();
          return;
        }
      }
      sendFile(path.join(distDir, name), response, cacheControl);
    };
  };
  const routes: Record<string, RouteHandler> = {
    '/widgets.js': file(manifest?.script ?? 'widgets.js', SHORT_CACHE, true, manifest?.hash),
    '/widgets.mjs': file('widgets.mjs', SHORT_CACHE, true, manifest?.hash),
    '/widgets/demo.html': file('demo.html', 'no-cache', false),
  };
  if (manifest) routes[`/${manifest.script}`] = file(manifest.script, IMMUTABLE, true, manifest.hash);
  return routes;
}
