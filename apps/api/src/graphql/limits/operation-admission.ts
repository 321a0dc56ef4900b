import type { DocumentNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { actualCost } from './actual-cost';
import { cachedOperationCost, documentFragments, documentHasNulString, documentShape } from './document-analysis';
import { httpError, tooComplex } from './limit-errors';
import { OPERATION_LIMITS } from './limits';
import type { OperationCost } from './operation-cost';
import { refuseNulCharacters } from './nul-characters';
import { checkDocumentShape } from './operation-shape';
import type { RateLimiter } from './rate-limiter';
import type { RequestLimits } from './request-limits';

/** One resolved operation of one request, as both execution paths (Apollo's and the prepared one) see it. */
export interface AdmittedOperation {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: Record<string, unknown> | undefined;
  requestId: string;
}

/**
 * Checked after parsing and validation, before execution: the document's shape, its cost, and the
 * caller's budget, from which the requested cost is reserved. Throws the refusal (with its HTTP status).
 */
export async function admitOperation(rateLimiter: RateLimiter, limits: RequestLimits, input: AdmittedOperation): Promise<void> {
  const { schema, document, operation, variables, requestId } = input;
  checkDocumentShape(documentShape(document));
  refuseNulCharacters(documentHasNulString(document), variables);
  if (operation.operation === 'mutation' && limits.apiKey?.scope === 'READ') {
    throw httpError(403, 'FORBIDDEN', 'This API key is read-only; mutations need a READ_WRITE key.');
  }
  const cost = cachedOperationCost(schema, document, operation, variables);
  limits.cost = cost;
  if (cost.nodes > OPERATION_LIMITS.maxNodes) throw tooComplex('nodes', OPERATION_LIMITS.maxNodes, cost.nodes);
  if (cost.cost > OPERATION_LIMITS.maxCost) throw tooComplex('cost', OPERATION_LIMITS.maxCost, cost.cost);
  const state = await rateLimiter.spend(limits.owner, cost.cost, requestId);
  limits.state = state;
  if (!state.allowed) {
    const retryAfter = Math.max(1, state.resetAt - Math.floor(Date.now() / 1000));
    throw httpError(429, 'RATE_LIMITED', `The hourly budget of ${state.limit} points is spent; it refills in ${retryAfter} s.`, {
      retryAfter,
    });
  }
}

/** What `extensions.cost` of an answer says. */
export interface CostExtension {
  requested: number;
  requestedNodes: number;
  actual: number | null;
  actualNodes: number | null;
  charged: number;
  remaining: number | null;
  limit: number | null;
  resetAt: string | null;
}

/**
 * After execution: the reservation is settled to the actual cost of the result. Returns the answer's
 * `extensions.cost`, or null when the operation was refused before its cost was known.
 */
export async function settleOperation(
  rateLimiter: RateLimiter,
  limits: RequestLimits,
  executed: Omit<AdmittedOperation, 'variables'> | null,
  data: unknown,
): Promise<CostExtension | null> {
  if (!limits.cost) return null;
  let actual: OperationCost | null = null;
  if (limits.state?.allowed && executed) {
    actual = actualCost(executed.schema, executed.operation, documentFragments(executed.document), data);
    limits.state = await rateLimiter.settle(limits.owner, limits.state, actual.cost, executed.requestId);
  }
  return {
    requested: limits.cost.cost,
    requestedNodes: limits.cost.nodes,
    actual: actual?.cost ?? null,
    actualNodes: actual?.nodes ?? null,
    charged: limits.state?.cost ?? 0,
    remaining: limits.state?.remaining ?? null,
    limit: limits.state?.limit ?? null,
    resetAt: limits.state ? new Date(limits.state.resetAt * 1000).toISOString() : null,
  };
}
