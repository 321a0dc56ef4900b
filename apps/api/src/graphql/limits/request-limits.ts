import type { ApiKeyPrincipal } from '../../modules/accounts/api-key.authenticator';
import type { RequestContext } from '../context';
import type { OperationCost } from './operation-cost';
import type { BudgetOwner, RateLimitState } from './rate-limiter';

/** What the limits know about one request, kept beside its GraphQL context. */
export interface RequestLimits {
  owner: BudgetOwner;
  apiKey: ApiKeyPrincipal | null;
  /** Only registered operations may run (SAFELIST=1). */
  safelistOnly: boolean;
  cost: OperationCost | null;
  state: RateLimitState | null;
}

// A symbol property rather than a WeakMap: Apollo Server copies the context object per operation.
const LIMITS = Symbol('requestLimits');
type WithLimits = RequestContext & { [LIMITS]?: RequestLimits };

export function attachRequestLimits(context: RequestContext, limits: RequestLimits): void {
  (context as WithLimits)[LIMITS] = limits;
}

export function requestLimitsOf(context: RequestContext): RequestLimits | null {
  return (context as WithLimits)[LIMITS] ?? null;
}
