import { ApolloProvider } from '@apollo/client/react';
import { Suspense, useMemo } from 'react';
import { I18nProvider } from '../i18n/i18n';
import { ErrorBoundary } from '../ui/error-boundary';
import { Loading } from '../ui/states';
import { NotFound } from '../ui/not-found';
import { createApolloClient } from './apollo-client';
import { Layout } from './layout';
import { matchRoute } from './match-route';
import { useLocation } from './router';
import { ROUTES } from './routes';

function CurrentPage() {
  const { pathname } = useLocation();
  for (const route of ROUTES) {
    const params = matchRoute(route.pattern, pathname);
    if (params) {
      const Page = route.page;
      return (
        <ErrorBoundary key={pathname}>
          <Suspense fallback={<Loading />}>
            <Page params={params} />
          </Suspense>
        </ErrorBoundary>
      );
    }
  }
  return <NotFound />;
}

export function App() {
  const client = useMemo(() => createApolloClient(), []);
  return (
    <ApolloProvider client={client}>
      <I18nProvider>
        <Layout>
          <CurrentPage />
        </Layout>
      </I18nProvider>
    </ApolloProvider>
  );
}
