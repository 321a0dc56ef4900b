import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { errorFromResponse, LightBridgeError, RateLimitedError, type GraphqlErrorPayload } from './errors';

/** A generated operation: its text, its result and variable types, and its registered hash. */
export type Operation<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & {
  toString(): string;
  __meta__?: Record<string, unknown>;
};

export interface ClientOptions {
  /** The GraphQL endpoint, e.g. "https://lightbridge.example/graphql". */
  url: string;
  /** An API key (`lb_live_...`), sent as `Authorization: Bearer`; anonymous without one. */
  apiKey?: string;
  /** Retries of an operation refused with 429 (default 2). */
  maxRetries?: number;
  /** A 429 whose Retry-After is longer than this is thrown at once (default 60 s). */
  maxRetryWaitSeconds?: number;
  fetch?: typeof fetch;
  /** How to wait before a retry (tests pass their own). */
  sleep?: (ms: number) => Promise<void>;
}

/** The budget as the last response reported it in its X-RateLimit-* headers. */
export interface RateLimitInfo {
  limit: number;
  remaining: number;
  used: number;
  /** When the budget refills. */
  resetAt: Date;
}

/** A Relay connection as the operations select it: enough to follow `endCursor`. */
export interface ConnectionPage<TNode> {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  nodes: TNode[];
}

interface ResponseBody<T> {
  data?: T | null;
  errors?: GraphqlErrorPayload[];
  extensions?: Record<string, unknown>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function readRateLimit(headers: Headers): RateLimitInfo | null {
  const limit = headers.get('x-ratelimit-limit');
  if (limit === null) return null;
  return {
    limit: Number(limit),
    remaining: Number(headers.get('x-ratelimit-remaining')),
    used: Number(headers.get('x-ratelimit-used')),
    resetAt: new Date(Number(headers.get('x-ratelimit-reset')) * 1000),
  };
}

/**
 * A small fetch-based client for the LightBridge API: typed operations, the API key, registered
 * operations sent by hash, pagination, and back-off on 429 honoring Retry-After. Errors are thrown
 * as typed exceptions (errors.ts) carrying the API's code.
 */
export class LightBridgeClient {
  /** The budget after the last response. */
  rateLimit: RateLimitInfo | null = null;
  private readonly fetch: typeof fetch;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: ClientOptions) {
    this.fetch = options.fetch ?? globalThis.fetch.bind(globalThis);
    this.sleep = options.sleep ?? defaultSleep;
  }

  /** Runs an operation and returns its data; throws a LightBridgeError subclass on any error. */
  async request<TResult, TVariables>(operation: Operation<TResult, TVariables>, variables?: TVariables): Promise<TResult> {
    const hash = typeof operation.__meta__?.hash === 'string' ? operation.__meta__.hash.replace(/^sha256:/, '') : null;
    // Registered operations go by hash first (smaller, and the only way in safelist mode).
    let body: Record<string, unknown> = hash
      ? { variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }
      : { query: operation.toString(), variables };
    for (let attempt = 0; ; attempt += 1) {
      const response = await this.fetch(this.options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          ...(this.options.apiKey ? { authorization: `Bearer ${this.options.apiKey}` } : {}),
        },
        body: JSON.stringify(body),
      });
      this.rateLimit = readRateLimit(response.headers) ?? this.rateLimit;
      const payload = (await response.json().catch(() => ({}))) as ResponseBody<TResult>;
      const errors = payload.errors ?? [];
      if (errors[0]?.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND' && 'extensions' in body) {
        body = { query: operation.toString(), variables };
        continue;
      }
      if (response.status === 429) {
        const retryAfter = Number(response.headers.get('retry-after') ?? '1');
        const canWait = retryAfter <= (this.options.maxRetryWaitSeconds ?? 60);
        if (attempt < (this.options.maxRetries ?? 2) && canWait) {
          await this.sleep(retryAfter * 1000);
          continue;
        }
        throw new RateLimitedError(errors[0]?.message ?? 'Rate limited.', 429, errors, retryAfter);
      }
      if (errors.length > 0) throw errorFromResponse(response.status, errors);
      if (!response.ok || payload.data == null) {
        throw new LightBridgeError(`HTTP ${response.status} without data`, 'BAD_RESPONSE', response.status);
      }
      return payload.data;
    }
  }

  /**
   * Every node of a connection, page after page: `select` picks the connection out of the result,
   * and each next page is requested with `after` set to the previous page's `endCursor`.
   */
  async *paginate<TResult, TVariables extends { after?: string | null }, TNode>(
    operation: Operation<TResult, TVariables>,
    variables: TVariables,
    select: (data: TResult) => ConnectionPage<TNode>,
  ): AsyncGenerator<TNode, void, undefined> {
    let after = variables.after ?? null;
    for (;;) {
      const page = select(await this.request(operation, { ...variables, after }));
      yield* page.nodes;
      if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return;
      after = page.pageInfo.endCursor;
    }
  }
}
