import { operations, type OperationName } from './operations';

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
 * Runs one fixed operation. The document goes with its hash (Apollo's persisted-query extension)
 * so that a safelisting API can match either. A browser reports a CORS refusal as a network error,
 * which is what a key used from an unregistered origin produces.
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
        query: operations[name],
        variables,
        extensions: { persistedQuery: { version: 1, sha256Hash: LB_OPERATION_HASHES[name] } },
      }),
    });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new WidgetFailure('unreachable');
  }
  if (response.status === 401 || response.status === 403) throw new WidgetFailure('refused');
  let body: GraphqlBody<T>;
  try {
    body = (await response.json()) as GraphqlBody<T>;
  } catch {
    throw new WidgetFailure('failed');
  }
  const code = body.errors?.[0]?.extensions?.code;
  if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN') throw new WidgetFailure('refused');
  if (code === 'NOT_FOUND' || code === 'BAD_USER_INPUT') throw new WidgetFailure('notFound');
  if (code || !body.data) throw new WidgetFailure('failed');
  return body.data;
}
