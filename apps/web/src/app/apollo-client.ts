import { ApolloClient, HttpLink, InMemoryCache, type ApolloLink } from '@apollo/client';
import hashes from 'virtual:registered-operations';
import { registeredOperationsLink } from './registered-operations-link';

/**
 * GraphQL at the same origin: the API serves the portal, and Vite proxies /graphql in development.
 * `network` replaces the HTTP link (the build uses that to see exactly what would be sent).
 */
export function createApolloClient(network: ApolloLink = new HttpLink({ uri: '/graphql', credentials: 'same-origin' })): ApolloClient {
  return new ApolloClient({
    link: registeredOperationsLink(hashes).concat(network),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
