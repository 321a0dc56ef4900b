import { useQuery } from '@apollo/client/react';
import { VIEWER, type ViewerRef } from './viewer.queries';

export interface Session {
  viewer: ViewerRef | null;
  loading: boolean;
  /** Context for a mutation made with the session cookie: the API checks this double-submit CSRF header. */
  mutationContext: { headers: Record<string, string> };
  hasRole(role: string): boolean;
}

/** The signed-in user (null when anonymous), read once and kept in the Apollo cache. */
export function useSession(): Session {
  const { data, loading } = useQuery(VIEWER, { fetchPolicy: 'cache-first' });
  const viewer = data?.viewer ?? null;
  return {
    viewer,
    loading,
    mutationContext: { headers: viewer?.csrfToken ? { 'x-csrf-token': viewer.csrfToken } : {} },
    hasRole: (role) => viewer?.roles.some((grant) => grant.role === role || grant.role === 'ADMIN') ?? false,
  };
}
