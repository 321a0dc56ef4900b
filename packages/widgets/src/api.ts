import type { OperationName } from './operations';

/** Operation name → sha256 of its document, injected by the build (see scripts/build.mjs). */
declare const LB_OPERATION_HASHES: Record<string, string>;

/** Why data could not be shown; each has a polite message in every language. */
export type FailureKind = 'refused' | 'unreachable' | 'notFound' | 'failed';

export class WidgetFailure extends Error {
  constructor(readonly kind: FailureKind) {
    super(kind);
  }
}

interface GraphqlBody<T> {
  data?: T | null;
  errors?: { extensions?: { code?: string } }[];
}

/**
 * Runs one registered operation by its hash alone (Apollo's persisted-query extension): the API
 * knows the document from the manifest this build wrote, and an API in safelist mode runs nothing
 * else. The API lets the page read a refusal of its origin (403 FORBIDDEN); a network error (or a
 * CORS block) is reported as unreachable.
 */
export async function runOperation<T>(
  api: string,
  apiKey: string | null,
  name: OperationName,
  variables: Record<string, unknown>,
  signal: AbortSignal,
): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (apiKey) headers.authorization = `Bearer ${apiKey}`;
  let response: Response;
  try {
    response = await fetch(`${api.replace(/\/+$/, '')}/graphql`, {
      method: 'POST',
      headers,
      credentials: 'omit',
      signal,
      body: JSON.stringify({
        operationName: name,
        variables,
        extensions: { persistedQuery: { version: 1, sha256Hash: LB_OPERATION_HASHES[name] } },
      }),
    });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new WidgetFailure('unreachable');
  }
  let body: GraphqlBody<T>;
  try {
    body = (await response.json()) as GraphqlBody<T>;
  } catch {
    throw new WidgetFailure(response.status === 401 || response.status === 403 ? 'refused' : 'failed');
  }
  const code = body.errors?.[0]?.extensions?.code;
  if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN') throw new WidgetFailure('refused');
  if (code === 'NOT_FOUND' || code === 'BAD_USER_INPUT') throw new WidgetFailure('notFound');
  if (code || !body.data) throw new WidgetFailure('failed');
  return body.data;
}
