import type { Logger } from '../../logger';
import type { RateLimitStore } from './rate-limit-store';

const WINDOW_MS = 3_600_000;

/** Who spends a budget: an API key, or an anonymous client address. */
export interface BudgetOwner {
  /** Counter key, e.g. "key:12" or "ip:203.0.113.7". */
  key: string;
  /** Points per hour. */
  limit: number;
}

/** The budget as the caller sees it (headers, extensions.cost, the rateLimit query). */
export interface RateLimitState {
  limit: number;
  used: number;
  remaining: number;
  /** When the window ends and the budget refills, in seconds since the epoch. */
  resetAt: number;
  /** Points this operation was charged (0 when it was refused): its requested cost until settled, then its actual cost. */
  cost: number;
  allowed: boolean;
  /** The window the points were counted in, so that settling after execution adjusts the same counter. */
  window: number;
}

function windowOf(now: number): { id: number; endsAt: number } {
  const id = Math.floor(now / WINDOW_MS);
  return { id, endsAt: (id + 1) * WINDOW_MS };
}

/** Fixed hourly windows: simple, one counter per owner and hour, the same in memory and in Redis. */
export class RateLimiter {
  constructor(
    private readonly store: RateLimitStore,
    private readonly logger: Logger,
  ) {}

  async spend(owner: BudgetOwner, cost: number, requestId?: string): Promise<RateLimitState> {
    const window = windowOf(Date.now());
    try {
      const result = await this.store.spend(`${owner.key}:${window.id}`, cost, owner.limit, window.endsAt - Date.now() + 60_000);
      return this.state(owner, result.used, window, result.allowed ? cost : 0, result.allowed);
    } catch (error) {
      // The counters are a protection, not a dependency: without Redis, serve and say so in the log.
      this.logger.warn({ err: error, requestId }, 'rate limit store unavailable; request not counted');
      return this.state(owner, 0, window, 0, true);
    }
  }

  /**
   * After execution: the points reserved for the requested cost are replaced by the actual cost
   * (a refund, or an overrun that may pass the limit: the next operation is then refused).
   */
  async settle(owner: BudgetOwner, reserved: RateLimitState, actual: number, requestId?: string): Promise<RateLimitState> {
    if (!reserved.allowed || actual === reserved.cost) return reserved;
    const window = { id: reserved.window, endsAt: reserved.resetAt * 1000 };
    try {
      const ttl = Math.max(60_000, window.endsAt - Date.now() + 60_000);
      const used = await this.store.adjust(`${owner.key}:${window.id}`, actual - reserved.cost, ttl);
      return this.state(owner, used, window, actual, true);
    } catch (error) {
      this.logger.warn({ err: error, requestId }, 'rate limit store unavailable; actual cost not settled');
      return reserved;
    }
  }

  async peek(owner: BudgetOwner, requestId?: string): Promise<RateLimitState> {
    const window = windowOf(Date.now());
    let used = 0;
    try {
      used = await this.store.used(`${owner.key}:${window.id}`);
    } catch (error) {
      this.logger.warn({ err: error, requestId }, 'rate limit store unavailable');
    }
    return this.state(owner, used, window, 0, used < owner.limit);
  }

  close(): Promise<void> {
    return this.store.close();
  }

  private state(owner: BudgetOwner, used: number, window: { id: number; endsAt: number }, cost: number, allowed: boolean): RateLimitState {
    const resetAt = Math.ceil(window.endsAt / 1000);
    return { limit: owner.limit, used, remaining: Math.max(0, owner.limit - used), resetAt, cost, allowed, window: window.id };
  }
}

export function rateLimitHeaders(state: RateLimitState): [string, string][] {
  return [
    ['x-ratelimit-limit', String(state.limit)],
    ['x-ratelimit-remaining', String(state.remaining)],
    ['x-ratelimit-used', String(state.used)],
    ['x-ratelimit-reset', String(state.resetAt)],
  ];
}
