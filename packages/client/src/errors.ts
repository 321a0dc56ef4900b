/** One error of a GraphQL response, as the API sends it: a message and a code in `extensions`. */
export interface GraphqlErrorPayload {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

/** The API refused or failed the operation; `code` is one of the codes in docs/api.md. */
export class LightBridgeError extends Error {
  readonly code: string;

  constructor(
    message: string,
    code: string,
    readonly status: number,
    readonly errors: GraphqlErrorPayload[] = [],
  ) {
    super(message);
    this.name = new.target.name;
    this.code = code;
  }
}

/** BAD_USER_INPUT: `argumentName` names the argument at fault. */
export class BadInputError extends LightBridgeError {
  get argumentName(): string | undefined {
    const name = this.errors[0]?.extensions?.argumentName;
    return typeof name === 'string' ? name : undefined;
  }
}
export class UnauthenticatedError extends LightBridgeError {}
export class ForbiddenError extends LightBridgeError {}
export class NotFoundError extends LightBridgeError {}
/** QUERY_TOO_COMPLEX: the operation is over a limit (`limit`, `max`, `actual` in the error's extensions). */
export class QueryTooComplexError extends LightBridgeError {}
/** RATE_LIMITED, after the client's retries: `retryAfterSeconds` says when the budget refills. */
export class RateLimitedError extends LightBridgeError {
  constructor(
    message: string,
    status: number,
    errors: GraphqlErrorPayload[],
    readonly retryAfterSeconds: number,
  ) {
    super(message, 'RATE_LIMITED', status, errors);
  }
}

const BY_CODE: Record<string, new (message: string, code: string, status: number, errors: GraphqlErrorPayload[]) => LightBridgeError> = {
  BAD_USER_INPUT: BadInputError,
  UNAUTHENTICATED: UnauthenticatedError,
  FORBIDDEN: ForbiddenError,
  NOT_FOUND: NotFoundError,
  QUERY_TOO_COMPLEX: QueryTooComplexError,
};

/** The typed exception for a response's first error (all errors stay in `errors`). */
export function errorFromResponse(status: number, errors: GraphqlErrorPayload[], retryAfterSeconds = 0): LightBridgeError {
  const first = errors[0];
  const code = first?.extensions?.code ?? (status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST');
  const message = first?.message ?? `HTTP ${status}`;
  if (code === 'RATE_LIMITED') return new RateLimitedError(message, status, errors, retryAfterSeconds);
  const Type = BY_CODE[code] ?? LightBridgeError;
  return new Type(message, code, status, errors);
}
