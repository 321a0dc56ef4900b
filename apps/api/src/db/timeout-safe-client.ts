import { Client } from 'pg';

const READ_TIMEOUT = 'Query read timeout';
type AnyQuery = (this: Client, ...args: unknown[]) => unknown;
const query = Client.prototype.query as AnyQuery;

function isReadTimeout(error: unknown): boolean {
  return error instanceof Error && error.message === READ_TIMEOUT;
}

/**
 * pg's `query_timeout` answers the caller but leaves the statement running on the connection, and
 * pg-pool then hands that connection out again: every later query on it queues behind the stuck
 * one and times out too, so one hung statement would hold a pool slot for as long as it runs.
 * This client closes its connection on such a timeout instead; the pool drops a closed client on
 * release and opens a fresh one. (The server's own `statement_timeout` fires first in normal
 * operation; this is for a server or network that stopped answering.)
 */
export class TimeoutSafeClient extends Client {
  constructor(config?: ConstructorParameters<typeof Client>[0]) {
    super(config);
    // pg-pool's query() listens for one error while its query runs; a connection that PostgreSQL
    // terminates (an outage) can emit a second one after that, which with no listener left would
    // crash the process. Every error still reaches the query's caller and the pool; this only keeps
    // a late one from being unhandled.
    this.on('error', () => undefined);
  }
}

Object.defineProperty(TimeoutSafeClient.prototype, 'query', {
  writable: true,
  configurable: true,
  value: function timeoutSafeQuery(this: Client, ...args: unknown[]): unknown {
    const discard = (error: unknown) => {
      if (isReadTimeout(error)) void this.end().catch(() => undefined);
    };
    const last = args.length - 1;
    const callback = args[last];
    if (typeof callback === 'function') {
      args[last] = (error: unknown, result: unknown) => {
        discard(error);
        (callback as (error: unknown, result: unknown) => void)(error, result);
      };
      return query.apply(this, args);
    }
    const result = query.apply(this, args);
    // Registered before the caller's own handlers, so the client is closed before it is released to the pool.
    if (result instanceof Promise) result.then(undefined, discard);
    return result;
  },
});
