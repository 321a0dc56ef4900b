import type { IncomingHttpHeaders } from 'node:http';
import { execute, getVariableValues, GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import Negotiator from 'negotiator';
import type { RequestContext } from '../graphql/context';
import { formatError } from '../graphql/errors';
import { admitOperation, settleOperation } from '../graphql/limits/operation-admission';
import type { RateLimiter } from '../graphql/limits/rate-limiter';
import type { RequestLimits } from '../graphql/limits/request-limits';
import type { PreparedDocuments, PreparedOperation } from '../graphql/prepared-documents';
import { graphqlPreparedOperations } from '../observability/metrics';
import type { OperationObserver } from '../observability/operation-observer';

/** The two media types a single GraphQL result is sent as (GraphQL over HTTP), as Apollo Server spells them. */
const JSON_MEDIA_TYPE = 'application/json; charset=utf-8';
const GRAPHQL_RESPONSE_MEDIA_TYPE = 'application/graphql-response+json; charset=utf-8';
const NEGOTIATED_MEDIA_TYPES = [JSON_MEDIA_TYPE, GRAPHQL_RESPONSE_MEDIA_TYPE, 'application/json; callbackSpec=1.0; charset=utf-8'];
const MAX_ACCEPT_HEADERS = 64;

export interface PreparedExecutionDeps {
  schema: GraphQLSchema;
  documents: PreparedDocuments;
  rateLimiter: RateLimiter;
  observer: OperationObserver;
}

/** A request the prepared path can answer as Apollo's pipeline would: a valid query, its variables coerced. */
export interface PreparedRequest {
  /** The kept document and operation (shared by every request that sends the same text). */
  entry: PreparedOperation;
  variables: Record<string, unknown> | undefined;
  operationName: string | undefined;
  contentType: string;
}

export interface PreparedAnswer {
  status: number;
  headers: [string, string][];
  body: string;
}

interface GraphqlPostBody {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
  extensions?: unknown;
}

const acceptedMediaTypes = new Map<string, string | null>();

/** Apollo Server's choice between the two JSON media types for an Accept header, remembered per header value. */
function responseMediaType(accept: string | undefined): string | null {
  if (!accept) return JSON_MEDIA_TYPE;
  let chosen = acceptedMediaTypes.get(accept);
  if (chosen === undefined) {
    chosen = new Negotiator({ headers: { accept } }).mediaType(NEGOTIATED_MEDIA_TYPES) ?? null;
    if (acceptedMediaTypes.size >= MAX_ACCEPT_HEADERS) acceptedMediaTypes.clear();
    acceptedMediaTypes.set(accept, chosen);
  }
  return chosen;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Extensions Apollo Server does nothing with: Apollo Client's `clientLibrary` (name and version). */
const INFORMATIONAL_EXTENSIONS = new Set(['clientLibrary']);

/**
 * A persisted-query hash is answered here only for a registered operation sent by its hash alone:
 * the registry, not the text, vouched for it, so Apollo's check of the hash against the document
 * has nothing to add. Any other extension is Apollo's.
 */
function extensionsAllowPrepared(extensions: unknown, registeredByHash: boolean): boolean {
  if (extensions === undefined) return true;
  if (!isPlainObject(extensions)) return false;
  return Object.entries(extensions).every(([name, value]) =>
    name === 'persistedQuery' ? registeredByHash && isPlainObject(value) && value.version === 1 : INFORMATIONAL_EXTENSIONS.has(name),
  );
}

/**
 * The query documents clients send again and again (the portal's, the widgets', an integrator's) run
 * without Apollo Server's per-request pipeline, whose work (hashing the document, negotiating, plugin
 * hooks) costs a lookup as much as its execution. Anything this path does not answer exactly as
 * Apollo would returns null here and goes through Apollo, with nothing run yet: GET, another
 * content type, an extension other than a registered operation's hash or a client's name, a
 * document that does not parse or validate, variables that do not coerce, a mutation.
 */
export function prepareRequest(
  headers: IncomingHttpHeaders,
  body: unknown,
  registeredByHash: boolean,
  deps: PreparedExecutionDeps,
): PreparedRequest | null {
  const mediaType = headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  if (mediaType !== 'application/json' || !isPlainObject(body)) return null;
  const { query, variables, operationName, extensions } = body as GraphqlPostBody;
  if (typeof query !== 'string' || !extensionsAllowPrepared(extensions, registeredByHash)) return null;
  if (variables != null && !isPlainObject(variables)) return null;
  if (operationName != null && typeof operationName !== 'string') return null;
  const contentType = responseMediaType(headers.accept);
  if (contentType !== JSON_MEDIA_TYPE && contentType !== GRAPHQL_RESPONSE_MEDIA_TYPE) return null;
  const prepared = deps.documents.get(query, operationName ?? undefined);
  if (!prepared) return null;
  const definitions = prepared.operation.variableDefinitions ?? [];
  if (definitions.length > 0 || variables) {
    const coerced = getVariableValues(deps.schema, definitions, variables ?? {}, { maxErrors: 1 });
    if (coerced.errors) return null;
  }
  return { entry: prepared, variables: variables ?? undefined, operationName: operationName ?? undefined, contentType };
}

/** An error's extensions, with the `http` head (status, headers) that Apollo Server lifts into the answer. */
type ErrorExtensions = Record<string, unknown> & { http?: { status?: number; headers?: Map<string, string> } };

interface FormattedErrors {
  errors: GraphQLFormattedError[];
  status: number | null;
  headers: [string, string][];
}

/**
 * As Apollo Server formats errors: a default code, the `http` extension (status, headers) lifted
 * into the answer, then our formatError.
 */
function formatErrors(errors: readonly GraphQLError[]): FormattedErrors {
  const formatted: FormattedErrors = { errors: [], status: null, headers: [] };
  for (const error of errors) {
    const { http, ...own } = (error.extensions ?? {}) as ErrorExtensions;
    const extensions = { ...own, code: own.code ?? 'INTERNAL_SERVER_ERROR' };
    if (http?.status) formatted.status = http.status;
    for (const [name, value] of http?.headers ?? []) formatted.headers.push([name, value]);
    formatted.errors.push(formatError({ ...error.toJSON(), extensions }, error));
  }
  return formatted;
}

function asGraphqlError(error: unknown): GraphQLError {
  if (error instanceof GraphQLError) return error;
  const original = error instanceof Error ? error : new Error(`Unexpected error value: ${String(error)}`);
  return new GraphQLError(original.message, { originalError: original });
}

/** Admits, executes and settles a prepared request; the answer is byte for byte what Apollo's pipeline sends. */
export async function executePrepared(
  prepared: PreparedRequest,
  context: RequestContext,
  limits: RequestLimits,
  deps: PreparedExecutionDeps,
): Promise<PreparedAnswer> {
  const started = process.hrtime.bigint();
  graphqlPreparedOperations.inc();
  const { entry, variables, operationName } = prepared;
  const { document, operation } = entry;
  const { schema, rateLimiter, observer } = deps;
  const { requestId } = context;
  let result: { errors?: readonly GraphQLError[]; data?: unknown };
  try {
    await admitOperation(rateLimiter, limits, { schema, document, operation, variables, requestId });
    const compiled = deps.documents.compiled(entry);
    result = compiled
      ? await compiled.query(undefined, context, variables ?? {})
      : await execute({ schema, document, contextValue: context, variableValues: variables, operationName });
  } catch (error) {
    result = { errors: [asGraphqlError(error)] };
  }
  const formatted = result.errors ? formatErrors(result.errors) : null;
  if (result.errors) observer.encounteredErrors(result.errors, requestId);
  const cost = await settleOperation(rateLimiter, limits, { schema, document, operation, requestId }, result.data);
  const answer: Record<string, unknown> = formatted ? { errors: formatted.errors } : {};
  if ('data' in result) answer.data = result.data;
  if (cost) answer.extensions = { cost };
  const headers: [string, string][] = [['content-type', prepared.contentType], ...(formatted?.headers ?? [])];
  // As Apollo: an error thrown before or instead of execution (no data) is a 500 unless it names its status.
  let status = formatted?.status ?? ('data' in result ? 200 : 500);
  if (observer.finished({ requestId, operationName: operation.name?.value, type: 'query', started, errors: formatted?.errors ?? [] })) {
    status = 503;
    headers.push(['retry-after', '1']);
  }
  return { status, headers, body: `${JSON.stringify(answer)}\n` };
}
