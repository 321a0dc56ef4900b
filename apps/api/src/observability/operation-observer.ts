import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import { formatError, KNOWN_ERROR_CODES } from '../graphql/errors';
import type { Logger } from '../logger';
import { graphqlErrors, graphqlOperationDuration } from './metrics';

/** Distinct operation names kept as label values; beyond, names are counted as "other" (clients choose names). */
const MAX_OPERATION_NAMES = 500;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

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
  return typeof code === 'string' && KNOWN_ERROR_CODES.has(code) ? code : 'OTHER';
}

export interface FinishedOperation {
  requestId: string;
  operationName: string | null | undefined;
  /** query, mutation or subscription; 'invalid' when no operation was resolved. */
  type: string;
  /** process.hrtime.bigint() when the request started. */
  started: bigint;
  errors: readonly GraphQLFormattedError[];
}

export interface OperationObserver {
  /** Logs the unexpected errors (internal, database) with their request's id. */
  encounteredErrors(errors: readonly GraphQLError[], requestId: string): void;
  /** Times the operation, counts its errors by code and logs it; true when the answer must be a 503 (database unavailable). */
  finished(operation: FinishedOperation): boolean;
}

/** What every GraphQL operation reports, whichever path executed it (Apollo's plugin or the prepared path). */
export function createOperationObserver(logger: Logger): OperationObserver {
  return {
    encounteredErrors(errors, requestId) {
      for (const error of errors) {
        const code = formatError(error.toJSON(), error).extensions?.code;
        if (code === 'INTERNAL_SERVER_ERROR' || code === 'SERVICE_UNAVAILABLE') {
          logger.error({ err: error, code, requestId }, 'unexpected GraphQL error');
        }
      }
    },
    finished({ requestId, operationName, type, started, errors }) {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const operation = operationLabel(operationName);
      graphqlOperationDuration.observe({ operation, type }, seconds);
      const codes = errors.map(errorCode);
      for (const code of codes) graphqlErrors.inc({ code });
      if (logger.isLevelEnabled('debug')) {
        logger.debug(
          { requestId, operation, type, ms: Math.round(seconds * 1e4) / 10, ...(codes.length ? { errors: codes } : {}) },
          'graphql operation',
        );
      }
      return codes.includes('SERVICE_UNAVAILABLE');
    },
  };
}
