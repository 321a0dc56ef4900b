import { AsyncLocalStorage } from 'node:async_hooks';
import type { RouteHandler } from '../http/server';

interface RequestScope {
  requestId: string;
}

const storage = new AsyncLocalStorage<RequestScope>();

/** Runs a route inside its request's scope, so that every log line written on its behalf carries the request id. */
export function withRequestScope(handler: RouteHandler): RouteHandler {
  return (request, response, url, requestId) => storage.run({ requestId }, () => handler(request, response, url, requestId));
}

export function withRequestScopes(routes: Map<string, RouteHandler>): Map<string, RouteHandler> {
  return new Map([...routes].map(([path, handler]) => [path, withRequestScope(handler)]));
}

/** Fields added to every log line (pino mixin): the id of the request being served, if any. */
export function requestLogFields(): { requestId?: string } {
  const scope = storage.getStore();
  return scope ? { requestId: scope.requestId } : {};
}
