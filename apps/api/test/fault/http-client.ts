import http from 'node:http';

export interface Outcome {
  status: number | null;
  /** The transport error (ECONNRESET, socket hang up ...) when no complete response arrived. */
  error: string | null;
  body: string;
  ms: number;
}

/**
 * One POST with node:http (not fetch), so that a reset or truncated connection shows as an error
 * instead of being retried or hidden.
 */
export function postJson(
  url: string,
  body: unknown,
  agent?: http.Agent,
  timeoutMs = 60_000,
  headers: Record<string, string> = {},
): Promise<Outcome> {
  const started = Date.now();
  const payload = JSON.stringify(body);
  return new Promise((resolve) => {
    const request = http.request(
      url,
      { method: 'POST', agent, headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? null, error: null, body: text, ms: Date.now() - started }));
        response.on('error', (error) =>
          resolve({ status: response.statusCode ?? null, error: error.message, body: text, ms: Date.now() - started }),
        );
      },
    );
    request.setTimeout(timeoutMs, () => request.destroy(new Error('client timeout')));
    request.on('error', (error: NodeJS.ErrnoException) =>
      resolve({ status: null, error: error.code ?? error.message, body: '', ms: Date.now() - started }),
    );
    request.end(payload);
  });
}
