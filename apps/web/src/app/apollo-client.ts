import { ApolloClient, HttpLink, InMemoryCache, type ApolloLink } from '@apollo/client';
import hashes from 'virtual:registered-operations';
import { csrfHeaders } from './csrf';
import { registeredOperationsLink } from './registered-operations-link';

const httpLink = () =>
  new HttpLink({
    uri: '/graphql',
    credentials: 'same-origin',
    fetch: (input, init) => {
      const headers = new Headers(init?.headers);
      for (const [name, value] of Object.entries(csrfHeaders())) headers.set(name, value);
      return fetch(input, { ...init, headers });
    },
  });

/**
 * GraphQL at the same origin: the API serves the portal, and Vite proxies /graphql in development.
 * `network` replaces the HTTP link (the build uses that to see exactly what would be sent).
 */
export function createApolloClient(network: ApolloLink = httpLink()): ApolloClient {
  return new ApolloClient({
    link: registeredOperationsLink(hashes).concat(network),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
