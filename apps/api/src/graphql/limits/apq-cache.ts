import { InMemoryLRUCache, type KeyValueCache, type KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import type { Redis } from 'ioredis';

/** Documents registered by automatic persisted queries live a day; anything can re-register them. */
export const APQ_TTL_SECONDS = 86_400;
const MAX_MEMORY_BYTES = 8 * 1024 * 1024;

/** Shared by the API processes, so that a hash registered on one is found on the others. */
class RedisKeyValueCache implements KeyValueCache<string> {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async get(key: string): Promise<string | undefined> {
    return (await this.redis.get(this.prefix + key)) ?? undefined;
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    await this.redis.set(this.prefix + key, value, 'EX', options?.ttl ?? APQ_TTL_SECONDS);
  }

  async delete(key: string): Promise<boolean> {
    return (await this.redis.del(this.prefix + key)) > 0;
  }
}

/** A bounded cache: 8 MB of documents in memory (least recently used dropped), or Redis with expiry. */
export function createApqCache(redis: Redis | null, prefix: string): KeyValueCache<string> {
  if (redis) return new RedisKeyValueCache(redis, `${prefix}apq:`);
  return new InMemoryLRUCache<string>({ maxSize: MAX_MEMORY_BYTES, sizeCalculation: (value) => value.length + 64 });
}
