import { useApolloClient, useQuery } from '@apollo/client/react';
import { useCallback, useEffect } from 'react';
import { setCsrfToken } from '../../../app/csrf';
import { VIEWER } from '../../session/viewer.queries';
import { SIGN_OUT, type SignedIn, type Viewer, type ViewerOrganization } from './viewer.queries';

/** The signed-in user (null when anonymous), read once and kept in the cache. */
export function useViewer() {
  const { data, loading, error, refetch } = useQuery(VIEWER, { fetchPolicy: 'cache-first' });
  const viewer = data?.viewer ?? null;
  useEffect(() => setCsrfToken(viewer?.csrfToken ?? null), [viewer?.csrfToken]);
  return { viewer, loading: loading && !data, error, refetch };
}

/** After sign-in or sign-up: the viewer, and whatever was read anonymously, are read again. */
export function useSignedIn(): (session: SignedIn) => Promise<void> {
  const client = useApolloClient();
  return useCallback(
    async (session: SignedIn) => {
      setCsrfToken(session.csrfToken);
      await client.refetchQueries({ include: 'active' });
    },
    [client],
  );
}

export function useSignOut(): () => Promise<void> {
  const client = useApolloClient();
  return useCallback(async () => {
    await client.mutate({ mutation: SIGN_OUT });
    setCsrfToken(null);
    client.writeQuery({ query: VIEWER, data: { viewer: null } });
    await client.refetchQueries({ include: 'active' });
  }, [client]);
}

export const isAdmin = (viewer: Viewer): boolean => viewer.roles.some((r) => r.role === 'ADMIN');

/** Organizations the viewer edits and clusters they manage (a manager edits their cluster too), by name. */
export function myOrganizations(viewer: Viewer): ViewerOrganization[] {
  const byId = new Map<string, ViewerOrganization>();
  for (const organization of [...viewer.editableOrganizations, ...viewer.managedClusters]) byId.set(organization.id, organization);
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}
