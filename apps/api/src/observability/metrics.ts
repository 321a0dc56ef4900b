import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { DataSource } from 'typeorm';
import { pgPoolOf } from '../db/pg-pool';

/**
 * The process's Prometheus metrics, served at /metrics. Module-level so that any module can count
 * (the rate limiter increments `rateLimitRejections`); several apps in one process (tests) share
 * them, so tests compare deltas.
 */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry });

const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export const httpRequests = new Counter({
  name: 'lightbridge_http_requests_total',
  help: 'HTTP requests answered, by method, route and status code.',
  labelNames: ['method', 'route', 'status'] as const,
  registers: [metricsRegistry],
});

export const httpRequestDuration = new Histogram({
  name: 'lightbridge_http_request_duration_seconds',
  help: 'Time from receiving an HTTP request to the end of its response.',
  labelNames: ['method', 'route'] as const,
  buckets: DURATION_BUCKETS,
  registers: [metricsRegistry],
});

export const httpRequestsInFlight = new Gauge({
  name: 'lightbridge_http_requests_in_flight',
  help: 'HTTP requests received and not yet answered.',
  registers: [metricsRegistry],
});

export const graphqlOperationDuration = new Histogram({
  name: 'lightbridge_graphql_operation_duration_seconds',
  help: 'GraphQL operation duration by operation name and type (query, mutation).',
  labelNames: ['operation', 'type'] as const,
  buckets: DURATION_BUCKETS,
  registers: [metricsRegistry],
});

/** Beside the operation count: the share of operations that skipped Apollo Server's pipeline (http/prepared-execution.ts). */
export const graphqlPreparedOperations = new Counter({
  name: 'lightbridge_graphql_prepared_operations_total',
  help: 'GraphQL operations answered on the prepared path rather than through Apollo Server.',
  registers: [metricsRegistry],
});

export const graphqlErrors = new Counter({
  name: 'lightbridge_graphql_errors_total',
  help: 'Errors returned in GraphQL responses, by error code.',
  labelNames: ['code'] as const,
  registers: [metricsRegistry],
});

/** The rate limiter increments this for each request it rejects (limiter: e.g. "ip", "api-key", "sign-in"). */
export const rateLimitRejections = new Counter({
  name: 'lightbridge_rate_limit_rejections_total',
  help: 'Requests rejected by a rate limit, by limiter.',
  labelNames: ['limiter'] as const,
  registers: [metricsRegistry],
});

const pools = new Map<DataSource, string>();

/** Reports a data source's pool in `lightbridge_db_pool_connections` until it is unregistered. */
export function registerPoolMetrics(dataSource: DataSource, name: string): () => void {
  pools.set(dataSource, name);
  return () => pools.delete(dataSource);
}

new Gauge({
  name: 'lightbridge_db_pool_connections',
  help: 'Database pool connections: total open, idle, and requests waiting for one, by pool (primary, replica).',
  labelNames: ['pool', 'state'] as const,
  registers: [metricsRegistry],
  collect() {
    this.reset();
    for (const [dataSource, name] of pools) {
      const pool = dataSource.isInitialized ? pgPoolOf(dataSource) : null;
      if (!pool) continue;
      this.set({ pool: name, state: 'total' }, pool.totalCount);
      this.set({ pool: name, state: 'idle' }, pool.idleCount);
      this.set({ pool: name, state: 'waiting' }, pool.waitingCount);
    }
  },
});
