import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../graphql/context';
import type { OperationObserver } from './operation-observer';

/**
 * Times every operation by name, counts errors by code, logs one line per operation, and answers
 * HTTP 503 (with Retry-After) when the database was unavailable, so that proxies and clients retry.
 */
export function createObservabilityPlugin(observer: OperationObserver): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async didEncounterErrors({ errors, contextValue }) {
          observer.encounteredErrors(errors, contextValue.requestId);
        },
        async willSendResponse({ operationName, operation, response, contextValue }) {
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const type = operation?.operation ?? 'invalid';
          if (observer.finished({ requestId: contextValue.requestId, operationName, type, started, errors })) {
            response.http.status = 503;
            response.http.headers.set('retry-after', '1');
          }
        },
      };
    },
  };
}
