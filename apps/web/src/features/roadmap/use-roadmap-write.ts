import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { errorCode, graphqlErrors } from '../account/forms';
import { useSession } from '../session/use-viewer';
import { ROADMAP_ACTION_CURRENT, ROADMAP_REFETCH } from './roadmap-edit.queries';
import type { RoadmapActionItem } from './roadmap.queries';

export interface WriteFailure {
  code: string | null;
  /** The API's words, when it refused the input without naming a field of the form. */
  detail: string | null;
}

/**
 * Runs a roadmap write with the session's CSRF header, refreshes the timeline after it, and keeps
 * the refusal; `current` reads the stored action past the cache (after a version conflict).
 */
export function useRoadmapWrite() {
  const client = useApolloClient();
  const { mutationContext } = useSession();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<WriteFailure | null>(null);

  async function run<T>(
    write: (context: typeof mutationContext) => Promise<T>,
  ): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> {
    setBusy(true);
    setFailure(null);
    try {
      const value = await write(mutationContext);
      await client.refetchQueries({ include: ROADMAP_REFETCH });
      return { ok: true, value };
    } catch (error) {
      const code = errorCode(error);
      setFailure({ code, detail: code === 'BAD_USER_INPUT' ? (graphqlErrors(error)[0]?.message ?? null) : null });
      return { ok: false, error };
    } finally {
      setBusy(false);
    }
  }

  const current = async (slug: string): Promise<RoadmapActionItem | null> => {
    const { data } = await client.query({ query: ROADMAP_ACTION_CURRENT, variables: { slug }, fetchPolicy: 'network-only' });
    return data?.roadmapAction ?? null;
  };

  return { client, busy, failure, setFailure, run, current };
}
