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
import { executePrepared, prepareRequest, type PreparedExecutionDeps } from './prepared-execution';
import { requireRegistered, resolveRegistered, resolveRegisteredSearch, type ResolvedRequest } from './registered-request';

export const MAX_BODY_BYTES = 1_000_000;

export interface GraphqlHandlerOptions {
  apollo: ApolloServer<RequestContext>;
  primary: DataSource;
  replica: DataSource | null;
  exposeStatementCount: boolean;
  limits: ApiLimits;
  /** The prepared execution path; null sends every operation through Apollo Server. */
  prepared: PreparedExecutionDeps | null;
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
 * Serves GET and POST /graphql (GraphQL over HTTP): the caller is identified first (API key,
 * session, or anonymous address); a valid query document sent as JSON runs on the prepared path,
 * anything else through Apollo Server's HTTP engine; both admit the operation against the limits
 * and every answer carries the caller's budget in X-RateLimit-* headers.
 */
export function createGraphqlHandler(options: GraphqlHandlerOptions) {
  return async (request: IncomingMessage, response: ServerResponse, url: URL, requestId: string): Promise<void> => {
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
          ? resolveRegistered(await readGraphqlBody(request, request.headers['content-type'] ?? ''), registry)
          : resolveRegisteredSearch(url, registry);
      if (limits.safelistOnly) requireRegistered(resolved);
      limits.owner = budgetOwner(request, viewer, resolved.registered, options.limits);
      const context = createContext(db, requestId, viewer);
      attachRequestLimits(context, limits);
      const preparedPath = request.method === 'POST' ? options.prepared : null;
      const prepared =
        preparedPath &&
        prepareRequest(request.headers, resolved.body, resolved.registered !== null && resolved.hashOnly !== null, preparedPath);
      const answer =
        preparedPath && prepared
          ? await executePrepared(prepared, context, limits, preparedPath)
          : await executeThroughApollo(request, context, resolved.body, resolved.search ?? url.search, options);
      await writeAnswer(response, answer, context, limits, requestId, options);
    } catch (error) {
      if (limits) await writeRateLimitHeaders(response, limits, options, requestId);
      if (options.exposeStatementCount && !response.headersSent) response.setHeader('x-sql-statements', String(db.statements));
      throw error;
    }
  };
}

type Answer = { status: number; headers: Iterable<[string, string]>; body: string | AsyncIterable<string> };

async function executeThroughApollo(
  request: IncomingMessage,
  context: RequestContext,
  body: unknown,
  search: string,
  options: GraphqlHandlerOptions,
): Promise<Answer> {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const result = await options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: request.method ?? 'GET', headers, search, body },
    context: () => Promise.resolve(context),
  });
  const status = legacyStatus(result.status ?? 200, result.headers.get('content-type'), result.body);
  return { status, headers: result.headers, body: result.body.kind === 'complete' ? result.body.string : result.body.asyncIterator };
}

async function writeAnswer(
  response: ServerResponse,
  answer: Answer,
  context: RequestContext,
  limits: RequestLimits,
  requestId: string,
  options: GraphqlHandlerOptions,
): Promise<void> {
  response.setHeader('cache-control', 'no-store');
  for (const [name, value] of answer.headers) response.setHeader(name, value);
  await writeRateLimitHeaders(response, limits, options, requestId);
  if (context.responseCookies.length > 0) response.setHeader('set-cookie', context.responseCookies);
  if (options.exposeStatementCount) response.setHeader('x-sql-statements', String(context.db.statements));
  response.statusCode = answer.status;
  if (typeof answer.body === 'string') {
    response.end(answer.body);
    return;
  }
  for await (const chunk of answer.body) response.write(chunk);
  response.end();
}
