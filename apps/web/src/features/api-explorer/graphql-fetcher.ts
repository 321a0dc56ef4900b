/** What GraphiQL sends: one operation. */
export interface FetcherParams {
  query: string;
  operationName?: string | null;
  variables?: unknown;
}

/**
 * GraphiQL's fetcher for this portal's own /graphql: same origin, so the session cookie goes along;
 * a signed-in user's mutations need the CSRF token as well, and headers typed in the editor win.
 */
export function createFetcher(endpoint: string, csrfToken: () => string | null) {
  return async (params: FetcherParams, options?: { headers?: Record<string, unknown> }) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    const token = csrfToken();
    if (token) headers['x-csrf-token'] = token;
    for (const [name, value] of Object.entries(options?.headers ?? {})) if (typeof value === 'string') headers[name] = value;
    const response = await fetch(endpoint, {
      method: 'POST',
      credentials: 'same-origin',
      headers,
      body: JSON.stringify({ query: params.query, operationName: params.operationName ?? undefined, variables: params.variables }),
    });
    return (await response.json()) as Record<string, unknown>;
  };
}
