import { Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { DomainError } from '../../graphql/errors';
import { requestLimitsOf } from '../../graphql/limits/request-limits';
import { RateLimit } from './rate-limit.type';

@Resolver(() => RateLimit)
export class RateLimitResolver {
  @Query(() => RateLimit, {
    description: 'Your hourly points budget after this operation, as in the X-RateLimit-* headers and extensions.cost.',
  })
  rateLimit(@Ctx() context: RequestContext): RateLimit {
    const limits = requestLimitsOf(context);
    if (!limits?.state || !limits.cost) throw new DomainError('SERVICE_UNAVAILABLE', 'The rate limit is not known for this request.');
    return Object.assign(new RateLimit(), {
      limit: limits.state.limit,
      cost: limits.state.cost,
      used: limits.state.used,
      remaining: limits.state.remaining,
      resetAt: new Date(limits.state.resetAt * 1000),
      nodeCount: limits.cost.nodes,
    });
  }
}
