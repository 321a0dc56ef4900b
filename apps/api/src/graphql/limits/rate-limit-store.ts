import type { Redis } from 'ioredis';

/** Points spent in one fixed window, after an attempt to spend more. */
export interface SpendResult {
  allowed: boolean;
  used: number;
}

/** Where budgets are counted: Redis when several API processes share them, memory otherwise. */
export interface RateLimitStore {
  /** Adds `cost` to the window's counter unless that would pass `limit`; either way returns the counter. */
  spend(key: string, cost: number, limit: number, windowMs: number): Promise<SpendResult>;
  /** Adds `delta` (negative: a refund) to the window's counter without a limit check; returns the counter. */
  adjust(key: string, delta: number, windowMs: number): Promise<number>;
  used(key: string): Promise<number>;
  close(): Promise<void>;
}

export class MemoryRateLimitStore implements RateLimitStore {
  private readonly counters = new Map<string, { used: number; expiresAt: number }>();

  spend(key: string, cost: number, limit: number, windowMs: number): Promise<SpendResult> {
    const now = Date.now();
    this.evictExpired(now);
    const counter = this.counters.get(key) ?? { used: 0, expiresAt: now + windowMs };
    if (counter.used + cost > limit) return Promise.resolve({ allowed: false, used: counter.used });
    counter.used += cost;
    this.counters.set(key, counter);
    return Promise.resolve({ allowed: true, used: counter.used });
  }

  adjust(key: string, delta: number, windowMs: number): Promise<number> {
    const counter = this.counters.get(key) ?? { used: 0, expiresAt: Date.now() + windowMs };
    counter.used = Math.max(0, counter.used + delta);
    this.counters.set(key, counter);
    return Promise.resolve(counter.used);
  }

  used(key: string): Promise<number> {
    const counter = this.counters.get(key);
    return Promise.resolve(counter && counter.expiresAt > Date.now() ? counter.used : 0);
  }

  close(): Promise<void> {
    this.counters.clear();
    return Promise.resolve();
  }

  private lastSweep = 0;

  /** Window keys carry their hour, so stale ones are only dropped here, at most once a minute. */
  private evictExpired(now: number): void {
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    for (const [key, counter] of this.counters) if (counter.expiresAt <= now) this.counters.delete(key);
  }
}

// Check and increment in one atomic step, so that two processes cannot both spend the last points.
const SPEND_SCRIPT = `
local used = tonumber(redis.call('GET', KEYS[1]) or '0')
local cost = tonumber(ARGV[1])
if used + cost > tonumber(ARGV[2]) then return {0, used} end
used = redis.call('INCRBY', KEYS[1], cost)
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return {1, used}`;

const ADJUST_SCRIPT = `
local used = math.max(0, tonumber(redis.call('GET', KEYS[1]) or '0') + tonumber(ARGV[1]))
redis.call('SET', KEYS[1], used, 'PX', ARGV[2])
return used`;

export class RedisRateLimitStore implements RateLimitStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async spend(key: string, cost: number, limit: number, windowMs: number): Promise<SpendResult> {
    const [allowed, used] = (await this.redis.eval(SPEND_SCRIPT, 1, this.prefix + key, cost, limit, windowMs)) as [number, number];
    return { allowed: allowed === 1, used };
  }

  async adjust(key: string, delta: number, windowMs: number): Promise<number> {
    return Number(await this.redis.eval(ADJUST_SCRIPT, 1, this.prefix + key, delta, windowMs));
  }

  async used(key: string): Promise<number> {
    return Number((await this.redis.get(this.prefix + key)) ?? '0');
  }

  async close(): Promise<void> {
    await this.redis.quit();
  }
}
