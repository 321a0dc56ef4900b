import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../context';
import { httpError, tooComplex } from './limit-errors';
import { OPERATION_LIMITS } from './limits';
import { actualCost } from './actual-cost';
import { cachedOperationCost, documentFragments, documentHasNulString, documentShape } from './document-analysis';
import type { OperationCost } from './operation-cost';
import { refuseNulCharacters } from './nul-characters';
import { checkDocumentShape } from './operation-shape';
import type { RateLimiter } from './rate-limiter';
import { requestLimitsOf } from './request-limits';

/**
 * The operation limits, checked after parsing (Apollo's parser stops at OPERATION_LIMITS.maxTokens)
 * and validation (fragment cycles), before execution: the document's shape, its cost, and the
 * caller's budget, from which the requested cost is reserved. After execution the reservation is
 * settled to the actual cost of the result. Both go into `extensions.cost` of every answer; the
 * HTTP handler writes the X-RateLimit headers and enforces the safelist before anything is parsed.
 */
export function limitsPlugin(rateLimiter: RateLimiter): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(requestContext) {
          const limits = requestLimitsOf(requestContext.contextValue);
          const { operation, document } = requestContext;
          if (!limits || !operation) return;
          checkDocumentShape(documentShape(document));
          refuseNulCharacters(documentHasNulString(document), requestContext.request.variables);
          if (operation.operation === 'mutation' && limits.apiKey?.scope === 'READ') {
            throw httpError(403, 'FORBIDDEN', 'This API key is read-only; mutations need a READ_WRITE key.');
          }
          const cost = cachedOperationCost(requestContext.schema, document, operation, requestContext.request.variables);
          limits.cost = cost;
          if (cost.nodes > OPERATION_LIMITS.maxNodes) throw tooComplex('nodes', OPERATION_LIMITS.maxNodes, cost.nodes);
          if (cost.cost > OPERATION_LIMITS.maxCost) throw tooComplex('cost', OPERATION_LIMITS.maxCost, cost.cost);
          const state = await rateLimiter.spend(limits.owner, cost.cost, requestContext.contextValue.requestId);
          limits.state = state;
          if (!state.allowed) {
            const retryAfter = Math.max(1, state.resetAt - Math.floor(Date.now() / 1000));
            throw httpError(429, 'RATE_LIMITED', `The hourly budget of ${state.limit} points is spent; it refills in ${retryAfter} s.`, {
              retryAfter,
            });
          }
        },

        async willSendResponse(requestContext) {
          const limits = requestLimitsOf(requestContext.contextValue);
          const body = requestContext.response.body;
          const { operation, document } = requestContext;
          if (!limits?.cost || body.kind !== 'single') return;
          let actual: OperationCost | null = null;
          if (limits.state?.allowed && operation && document) {
            actual = actualCost(requestContext.schema, operation, documentFragments(document), body.singleResult.data);
            limits.state = await rateLimiter.settle(limits.owner, limits.state, actual.cost, requestContext.contextValue.requestId);
          }
          body.singleResult.extensions = {
            ...body.singleResult.extensions,
            cost: {
              requested: limits.cost.cost,
              requestedNodes: limits.cost.nodes,
              actual: actual?.cost ?? null,
              actualNodes: actual?.nodes ?? null,
              charged: limits.state?.cost ?? 0,
              remaining: limits.state?.remaining ?? null,
              limit: limits.state?.limit ?? null,
              resetAt: limits.state ? new Date(limits.state.resetAt * 1000).toISOString() : null,
            },
          };
        },
      };
    },
  };
}
