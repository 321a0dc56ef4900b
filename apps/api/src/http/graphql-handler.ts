import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { DataSource } from 'typeorm';
import type { RequestContext, Viewer } from '../graphql/context';
import { createContext } from '../graphql/context';
import { Database } from '../graphql/database';
import { DomainError } from '../graphql/errors';
import type { ApiLimits } from '../graphql/limits/api-limits';
import type { RegisteredOperation } from '../graphql/limits/operation-registry';
import { DEFAULT_KEY_HOURLY_BUDGET } from '../graphql/limits/limits';
import { rateLimitHeaders, type BudgetOwner } from '../graphql/limits/rate-limiter';
import { attachRequestLimits, type RequestLimits } from '../graphql/limits/request-limits';
import { apiKeyOf } from '../modules/accounts/api-key.authenticator';
import { authenticate } from './authenticate';
import { HttpError, readBody } from './body';
import { clientAddress } from './client-address';
import { applyApiKeyCors, exposeKeyRefusal } from './cors';
import { requireRegistered, resolveRegistered, resolveRegisteredSearch, type ResolvedRequest } from './registered-request';

export const MAX_BODY_BYTES = 1_000_000;

export interface GraphqlHandlerOptions {
  apollo: ApolloServer<RequestContext>;
  primary: DataSource;
  replica: DataSource | null;
  exposeStatementCount: boolean;
  limits: ApiLimits;
}

/** Credentials that do not hold are refused with their own status, not served as anonymous. */
async function identify(request: IncomingMessage, response: ServerResponse, db: Database): Promise<Viewer | null> {
  try {
    return await authenticate(request, db);
  } catch (error) {
    // An unknown, revoked or expired key: the page that sent it may read why.
    if (request.headers.authorization) exposeKeyRefusal(request, response);
    if (error instanceof DomainError && error.extensions.code === 'UNAUTHENTICATED')
      throw new HttpError(401, 'UNAUTHENTICATED', error.message);
    if (error instanceof DomainError && error.extensions.code === 'FORBIDDEN') throw new HttpError(403, 'FORBIDDEN', error.message);
    throw error;
  }
}

/**
 * Whose budget an operation spends. Anonymous callers have two per address: the portal's and the
 * widgets' registered operations (bounded, known documents: what browsing needs) spend the larger
 * one, anything else the smaller, so ad-hoc querying cannot live off the browsing allowance.
 */
function budgetOwner(
  request: IncomingMessage,
  viewer: Viewer | null,
  registered: RegisteredOperation | null,
  limits: ApiLimits,
): BudgetOwner {
  const key = apiKeyOf(viewer);
  if (key) return { key: `key:${key.keyId}`, limit: key.hourlyBudget };
  if (viewer) return { key: `user:${viewer.userId}`, limit: DEFAULT_KEY_HOURLY_BUDGET };
  const address = clientAddress(request, limits.trustedProxyHops);
  if (registered && registered.source !== 'client')
    return { key: `ip-registered:${address}`, limit: limits.anonymousRegisteredHourlyBudget };
  return { key: `ip:${address}`, limit: limits.anonymousHourlyBudget };
}

async function readGraphqlBody(request: IncomingMessage, contentType: string): Promise<unknown> {
  const text = await readBody(request, MAX_BODY_BYTES);
  if (!contentType.includes('json')) return text;
  let body: unknown;
  try {
    body = text.length > 0 ? JSON.parse(text) : undefined;
  } catch {
    throw new HttpError(400, 'BAD_REQUEST', 'The request body is not valid JSON.');
  }
  if (Array.isArray(body)) throw new HttpError(400, 'BAD_REQUEST', 'Batched operations are not supported; send one operation per request.');
  return body;
}

async function writeRateLimitHeaders(
  response: ServerResponse,
  limits: RequestLimits,
  options: GraphqlHandlerOptions,
  requestId: string,
): Promise<void> {
  if (response.headersSent) return;
  const state = limits.state ?? (await options.limits.rateLimiter.peek(limits.owner, requestId));
  for (const [name, value] of rateLimitHeaders(state)) response.setHeader(name, value);
  if (!state.allowed) response.setHeader('retry-after', String(Math.max(1, state.resetAt - Math.floor(Date.now() / 1000))));
}

const REQUEST_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

/**
 * GraphQL over HTTP: a client that accepts only `application/json` (the legacy media type) gets 200
 * for parse, validation and variable errors; `application/graphql-response+json` keeps the 400.
 * Limits (QUERY_TOO_COMPLEX, 413, 429) keep their status with either.
 */
function legacyStatus(status: number, contentType: string | undefined, body: { kind: string; string?: string }): number {
  if (status !== 400 || !contentType?.startsWith('application/json') || body.kind !== 'complete' || !body.string) return status;
  try {
    const { errors } = JSON.parse(body.string) as { errors?: { extensions?: { code?: unknown } }[] };
    const allRequestErrors = errors?.every((e) => typeof e.extensions?.code === 'string' && REQUEST_ERROR_CODES.has(e.extensions.code));
    return allRequestErrors ? 200 : status;
  } catch {
    return status;
  }
}

/**
 * Serves GET and POST /graphql through Apollo Server's HTTP engine (GraphQL over HTTP): the caller
 * is identified first (API key, session, or anonymous address), then the limits plugin checks the
 * operation, and every answer carries the caller's budget in X-RateLimit-* headers.
 */
export function createGraphqlHandler(options: GraphqlHandlerOptions) {
  return async (request: IncomingMessage, response: ServerResponse, url: URL, requestId: string): Promise<void> => {
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const db = new Database(options.primary, options.replica);
    let limits: RequestLimits | null = null;
    try {
      const viewer = await identify(request, response, db);
      const apiKey = apiKeyOf(viewer);
      if (apiKey) applyApiKeyCors(request, response, apiKey);
      limits = {
        owner: budgetOwner(request, viewer, null, options.limits),
        apiKey,
        safelistOnly: options.limits.safelist,
        cost: null,
        state: null,
      };
      const { registry } = options.limits;
      const resolved: ResolvedRequest & { search?: string } =
        request.method === 'POST'
          ? resolveRegistered(await readGraphqlBody(request, headers.get('content-type') ?? ''), registry)
          : resolveRegisteredSearch(url, registry);
      if (limits.safelistOnly) requireRegistered(resolved);
      limits.owner = budgetOwner(request, viewer, resolved.registered, options.limits);
      const search = resolved.search ?? url.search;
      await execute(request, response, requestId, { db, viewer, limits, body: resolved.body, headers, search }, options);
    } catch (error) {
      if (limits) await writeRateLimitHeaders(response, limits, options, requestId);
      if (options.exposeStatementCount && !response.headersSent) response.setHeader('x-sql-statements', String(db.statements));
      throw error;
    }
  };
}

interface Prepared {
  db: Database;
  viewer: Viewer | null;
  limits: RequestLimits;
  body: unknown;
  headers: HeaderMap;
  search: string;
}

async function execute(
  request: IncomingMessage,
  response: ServerResponse,
  requestId: string,
  { db, viewer, limits, body, headers, search }: Prepared,
  options: GraphqlHandlerOptions,
): Promise<void> {
  const responseCookies: string[] = [];
  const result = await options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: request.method ?? 'GET', headers, search, body },
    context: () => {
      const context = { ...createContext(db, requestId, viewer), responseCookies };
      attachRequestLimits(context, limits);
      return Promise.resolve(context);
    },
  });
  response.setHeader('cache-control', 'no-store');
  for (const [name, value] of result.headers) response.setHeader(name, value);
  await writeRateLimitHeaders(response, limits, options, requestId);
  if (responseCookies.length > 0) response.setHeader('set-cookie', responseCookies);
  if (options.exposeStatementCount) response.setHeader('x-sql-statements', String(db.statements));
  response.statusCode = legacyStatus(result.status ?? 200, result.headers.get('content-type'), result.body);
  if (result.body.kind === 'complete') {
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}
