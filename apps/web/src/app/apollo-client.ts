import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** GraphQL at the same origin: the API serves the portal, and Vite proxies /graphql in development. */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
