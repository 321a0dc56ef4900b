import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiKeyPrincipal } from '../modules/accounts/api-key.authenticator';
import { HttpError } from './body';

const ALLOW_HEADERS = 'content-type, authorization, x-csrf-token, apollo-require-preflight, x-request-id';
const EXPOSE_HEADERS = 'x-request-id, x-ratelimit-limit, x-ratelimit-remaining, x-ratelimit-used, x-ratelimit-reset, retry-after';

function allowOrigin(response: ServerResponse, origin: string, credentials: boolean): void {
  response.setHeader('access-control-allow-origin', origin);
  if (credentials) response.setHeader('access-control-allow-credentials', 'true');
  response.setHeader('access-control-allow-headers', ALLOW_HEADERS);
  response.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
  response.setHeader('access-control-expose-headers', EXPOSE_HEADERS);
  response.setHeader('access-control-max-age', '600');
}

function wantsAuthorization(request: IncomingMessage): boolean {
  const requested = request.headers['access-control-request-headers'];
  return (
    typeof requested === 'string' &&
    requested
      .toLowerCase()
      .split(/\s*,\s*/)
      .includes('authorization')
  );
}

/**
 * CORS for the portal's origins (with cookies), and for third-party pages that call with an API
 * key: their preflight is answered without credentials, and the key itself decides on the actual
 * request (applyApiKeyCors), since a preflight never carries the Authorization header.
 */
export function applyCors(request: IncomingMessage, response: ServerResponse, allowed: string[]): void {
  const origin = request.headers.origin;
  if (!origin) return;
  response.setHeader('vary', 'Origin');
  if (allowed.includes(origin) || allowed.includes('*')) allowOrigin(response, origin, true);
  else if (request.method === 'OPTIONS' && wantsAuthorization(request)) allowOrigin(response, origin, false);
}

/**
 * A browser request made with an API key: answered only for the key's origins, never with cookies.
 * From another origin it is refused, and the page may read the refusal (only the error, no data),
 * so that a widget can say why it shows nothing instead of meeting an opaque network error.
 */
export function applyApiKeyCors(request: IncomingMessage, response: ServerResponse, key: ApiKeyPrincipal): void {
  const origin = request.headers.origin;
  if (!origin) return;
  exposeKeyRefusal(request, response);
  if (!key.allowedOrigins.includes(origin)) {
    throw new HttpError(403, 'FORBIDDEN', `This API key may not be used from ${origin.slice(0, 200)}; add the origin to the key.`);
  }
}

/** Lets the calling page read the answer to a request made with a key: never with cookies. */
export function exposeKeyRefusal(request: IncomingMessage, response: ServerResponse): void {
  const origin = request.headers.origin;
  if (!origin || response.headersSent) return;
  response.removeHeader('access-control-allow-credentials');
  allowOrigin(response, origin, false);
}
