import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import { Redis } from 'ioredis';
import type { Logger } from '../../logger';
import { createApqCache } from './apq-cache';
import type { OperationRegistry } from './operation-registry';
import { MemoryRateLimitStore, RedisRateLimitStore } from './rate-limit-store';
import { RateLimiter } from './rate-limiter';

export interface ApiLimitsOptions {
  redisUrl: string | null;
  /** Prefix of every Redis key, so that deployments (and test runs) sharing a Redis stay apart. */
  redisKeyPrefix: string;
  anonymousHourlyBudget: number;
  anonymousRegisteredHourlyBudget: number;
  trustedProxyHops: number;
  safelist: boolean;
}

export interface ApiLimits {
  rateLimiter: RateLimiter;
  apqCache: KeyValueCache<string>;
  anonymousHourlyBudget: number;
  /** Points per hour per anonymous address for the portal's and the widgets' registered operations. */
  anonymousRegisteredHourlyBudget: number;
  /** Reverse proxies in front of the API whose X-Forwarded-For entries name the client. */
  trustedProxyHops: number;
  safelist: boolean;
  registry: OperationRegistry;
  close(): Promise<void>;
}

/** The shared state of the limits: Redis when REDIS_URL is set (several processes), memory otherwise. */
export function createApiLimits(options: ApiLimitsOptions, registry: OperationRegistry, logger: Logger): ApiLimits {
  const redis = options.redisUrl
    ? new Redis(options.redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: true, connectTimeout: 2_000, lazyConnect: false })
    : null;
  redis?.on('error', (error: unknown) => logger.warn({ err: error }, 'redis error'));
  const store = redis ? new RedisRateLimitStore(redis, `${options.redisKeyPrefix}rl:`) : new MemoryRateLimitStore();
  const rateLimiter = new RateLimiter(store, logger);
  return {
    registry,
    rateLimiter,
    apqCache: createApqCache(redis, options.redisKeyPrefix),
    anonymousHourlyBudget: options.anonymousHourlyBudget,
    anonymousRegisteredHourlyBudget: options.anonymousRegisteredHourlyBudget,
    trustedProxyHops: options.trustedProxyHops,
    safelist: options.safelist,
    close: () => rateLimiter.close(),
  };
}
