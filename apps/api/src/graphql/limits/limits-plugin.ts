import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../context';
import { admitOperation, settleOperation } from './operation-admission';
import type { RateLimiter } from './rate-limiter';
import { requestLimitsOf } from './request-limits';

/**
 * The operation limits in Apollo's pipeline: admitted after parsing (Apollo's parser stops at
 * OPERATION_LIMITS.maxTokens) and validation (fragment cycles), settled after execution; the cost
 * goes into `extensions.cost` of every answer. The HTTP handler writes the X-RateLimit headers and
 * enforces the safelist before anything is parsed; the prepared path (http/prepared-execution.ts)
 * calls the same two functions.
 */
export function limitsPlugin(rateLimiter: RateLimiter): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(requestContext) {
          const limits = requestLimitsOf(requestContext.contextValue);
          const { operation, document, schema } = requestContext;
          if (!limits || !operation) return;
          const { variables } = requestContext.request;
          await admitOperation(rateLimiter, limits, {
            schema,
            document,
            operation,
            variables,
            requestId: requestContext.contextValue.requestId,
          });
        },

        async willSendResponse(requestContext) {
          const limits = requestLimitsOf(requestContext.contextValue);
          const body = requestContext.response.body;
          const { operation, document, schema } = requestContext;
          if (!limits || body.kind !== 'single') return;
          const executed = operation && document ? { schema, document, operation, requestId: requestContext.contextValue.requestId } : null;
          const cost = await settleOperation(rateLimiter, limits, executed, body.singleResult.data);
          if (cost) body.singleResult.extensions = { ...body.singleResult.extensions, cost };
        },
      };
    },
  };
}
