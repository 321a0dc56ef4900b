import { GraphQLError, type GraphQLFormattedError } from 'graphql';

export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** An error whose message is meant for the caller; every other error is shown without internals. */
export class DomainError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
    this.name = 'DomainError';
  }
}

export class BadInputError extends DomainError {
  /** @param argument the argument or input field at fault, as the caller wrote it (e.g. "first", "input.trl"). */
  constructor(argument: string, message: string) {
    super('BAD_USER_INPUT', message, { argumentName: argument });
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, key: string) {
    super('NOT_FOUND', `No ${what} found for "${truncate(key, 100)}".`);
  }
}

export function truncate(value: string, max: number): string {
  return value.length <= max ? value : `${value.slice(0, max)}…`;
}

/** Every code an answer's error may carry: ours, and those of Apollo Server and the limits. */
export const KNOWN_ERROR_CODES: ReadonlySet<string> = new Set<string>([
  ...ERROR_CODES,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_COMPLEX',
  'PAYLOAD_TOO_LARGE',
]);

const PASSTHROUGH_CODES = new Set([...KNOWN_ERROR_CODES].filter((code) => code !== 'INTERNAL_SERVER_ERROR'));

/**
 * Keeps coded errors as they are and replaces anything unexpected with a generic message, so that
 * no SQL, stack or driver detail reaches the caller. The original is logged by the caller of this.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PASSTHROUGH_CODES.has(code)) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  const original = error instanceof GraphQLError ? error.originalError : error;
  const failure = databaseFailure(original);
  if (failure)
    return { message: failure.message, path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE', reason: failure.reason } };
  return { message: 'Internal server error.', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '08000', '08001', '08003', '08006', '53300']);
const UNAVAILABLE_MESSAGES =
  /ECONNREFUSED|ECONNRESET|EPIPE|Connection terminated|not queryable|timeout exceeded when trying to connect|Query read timeout|Connection ended|the database system is (starting up|shutting down|in recovery mode)/i;
/**
 * TypeORM marks a query runner released when its connection emits an error (the server went away
 * between two statements of one request); the next statement then fails with one of these (the second
 * when it goes through the transaction's EntityManager), not with a driver error.
 */
const RELEASED_RUNNER_ERRORS = new Set(['QueryRunnerAlreadyReleasedError', 'QueryRunnerProviderAlreadyReleasedError']);
/** query_canceled: statement_timeout fired (or an operator cancelled the statement); the connection stays usable. */
const CANCELED_SQLSTATE = '57014';

export interface DatabaseFailure {
  /** DATABASE_UNAVAILABLE: unreachable, restarting or out of connections; STATEMENT_TIMEOUT: cancelled after STATEMENT_TIMEOUT_MS. */
  reason: 'DATABASE_UNAVAILABLE' | 'STATEMENT_TIMEOUT';
  message: string;
}

/**
 * A failure of the database rather than of the request: answered with SERVICE_UNAVAILABLE, HTTP 503
 * and Retry-After, wherever it happens (resolvers, session or API-key lookup, exports).
 */
export function databaseFailure(error: unknown): DatabaseFailure | null {
  if (!error || typeof error !== 'object') return null;
  const record = error as { code?: unknown; message?: unknown; name?: unknown; driverError?: unknown; cause?: unknown };
  if (record.code === CANCELED_SQLSTATE) {
    return { reason: 'STATEMENT_TIMEOUT', message: 'The database did not finish this request in time; try again shortly or ask for less.' };
  }
  if (
    (typeof record.code === 'string' && (UNAVAILABLE_SQLSTATES.has(record.code) || /^E(CONNREFUSED|CONNRESET|PIPE)$/.test(record.code))) ||
    (typeof record.message === 'string' && UNAVAILABLE_MESSAGES.test(record.message)) ||
    (typeof record.name === 'string' && RELEASED_RUNNER_ERRORS.has(record.name))
  ) {
    return { reason: 'DATABASE_UNAVAILABLE', message: 'The database is unavailable; try again shortly.' };
  }
  if (record.driverError) return databaseFailure(record.driverError);
  return record.cause ? databaseFailure(record.cause) : null;
}
