import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { ERROR_CODES, formatError } from '../graphql/errors';
import type { RequestContext } from '../graphql/context';
import type { Logger } from '../logger';
import { graphqlErrors, graphqlOperationDuration } from './metrics';

/** Distinct operation names kept as label values; beyond, names are counted as "other" (clients choose names). */
const MAX_OPERATION_NAMES = 500;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const KNOWN_CODES = new Set<string>([
  ...ERROR_CODES,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_COMPLEX',
  'PAYLOAD_TOO_LARGE',
]);

const seenOperations = new Set<string>();

function operationLabel(name: string | null | undefined): string {
  if (!name) return 'anonymous';
  if (!OPERATION_NAME.test(name)) return 'other';
  if (seenOperations.has(name)) return name;
  if (seenOperations.size >= MAX_OPERATION_NAMES) return 'other';
  seenOperations.add(name);
  return name;
}

function errorCode(error: GraphQLFormattedError): string {
  const code = error.extensions?.code;
  return typeof code === 'string' && KNOWN_CODES.has(code) ? code : 'OTHER';
}

/**
 * Times every operation by name, counts errors by code, logs one line per operation, and answers
 * HTTP 503 (with Retry-After) when the database was unavailable, so that proxies and clients retry.
 */
export function createObservabilityPlugin(logger: Logger): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            const code = formatError(error.toJSON(), error).extensions?.code;
            if (code === 'INTERNAL_SERVER_ERROR' || code === 'SERVICE_UNAVAILABLE') {
              logger.error({ err: error, code, requestId: contextValue.requestId }, 'unexpected GraphQL error');
            }
          }
        },
        async willSendResponse({ operationName, operation, response, contextValue }) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          const type = operation?.operation ?? 'invalid';
          const operationLabelValue = operationLabel(operationName);
          graphqlOperationDuration.observe({ operation: operationLabelValue, type }, seconds);
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const codes = errors.map(errorCode);
          for (const code of codes) graphqlErrors.inc({ code });
          if (codes.includes('SERVICE_UNAVAILABLE')) {
            response.http.status = 503;
            response.http.headers.set('retry-after', '1');
          }
          logger.debug(
            {
              requestId: contextValue.requestId,
              operation: operationLabelValue,
              type,
              ms: Math.round(seconds * 1e4) / 10,
              ...(codes.length ? { errors: codes } : {}),
            },
            'graphql operation',
          );
        },
      };
    },
  };
}
