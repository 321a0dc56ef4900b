import type http from 'node:http';

export interface RequestDrain {
  /** True once draining started: readiness turns 503 and responses close their connection. */
  readonly draining: boolean;
  readonly inFlight: number;
  /**
   * Stops accepting connections, lets in-flight requests finish for up to `timeoutMs`, then closes
   * every connection. Resolves with the number of requests that were cut off (0 normally).
   */
  drain(timeoutMs: number): Promise<number>;
}

/** Tracks a server's in-flight requests so that shutdown waits for them instead of resetting their connections. */
export function trackRequests(server: http.Server): RequestDrain {
  const active = new Set<http.ServerResponse>();
  let draining = false;
  let onIdle: (() => void) | null = null;
  server.prependListener('request', (_request: http.IncomingMessage, response: http.ServerResponse) => {
    active.add(response);
    // Clients must not send another request on a connection that is about to be closed.
    if (draining) response.setHeader('connection', 'close');
    response.once('close', () => {
      active.delete(response);
      if (active.size === 0) onIdle?.();
    });
  });
  return {
    get draining() {
      return draining;
    },
    get inFlight() {
      return active.size;
    },
    async drain(timeoutMs) {
      draining = true;
      for (const response of active) if (!response.headersSent) response.setHeader('connection', 'close');
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      let timer: NodeJS.Timeout | undefined;
      if (active.size > 0) {
        await new Promise<void>((resolve) => {
          onIdle = resolve;
          timer = setTimeout(resolve, timeoutMs);
        });
      }
      clearTimeout(timer);
      const cutOff = active.size;
      // Whatever remains is idle keep-alive connections, or requests over the bound.
      server.closeAllConnections();
      await closed;
      return cutOff;
    },
  };
}
