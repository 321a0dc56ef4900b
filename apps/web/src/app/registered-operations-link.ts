import { ApolloLink } from '@apollo/client';
import { throwError } from 'rxjs';

/**
 * Sends registered operations by hash only (the persisted-query extension, no document): the build
 * registered every gql document of the portal (scripts/registered-operations.mjs) and the API loads
 * them at start. `hashes` is null in the development server, which sends whole documents.
 */
export function registeredOperationsLink(hashes: Record<string, string> | null): ApolloLink {
  return new ApolloLink((operation, forward) => {
    if (!hashes) return forward(operation);
    const hash = operation.operationName ? hashes[operation.operationName] : undefined;
    if (!hash) {
      return throwError(
        () => new Error(`The operation ${operation.operationName ?? '(anonymous)'} is not registered; rebuild the portal.`),
      );
    }
    operation.extensions.persistedQuery = { version: 1, sha256Hash: hash };
    operation.setContext(({ http }: { http?: Record<string, unknown> }) => ({
      http: { ...http, includeQuery: false, includeExtensions: true },
    }));
    return forward(operation);
  });
}
