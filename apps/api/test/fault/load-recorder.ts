import type http from 'node:http';
import { postJson, type Outcome } from './http-client';

export interface Sample extends Outcome {
  startedAt: number;
  endedAt: number;
  kind: string;
  /** The first error code of a GraphQL response. */
  code: string | null;
  ok: boolean;
}

/**
 * Closed-loop clients that send GraphQL requests until stopped and keep every outcome, so that a
 * fault test can say what callers saw before, during and after the fault.
 */
export function startLoad(
  url: string,
  clients: {
    kind: string;
    count: number;
    next: (i: number) => { query: string; variables?: Record<string, unknown> };
    /** Sent with every request of these clients (a session cookie ...). */
    headers?: Record<string, string>;
  }[],
  agent?: http.Agent,
): { samples: Sample[]; stop(): Promise<void> } {
  const samples: Sample[] = [];
  let running = true;
  let sequence = 0;
  const loops = clients.flatMap(({ kind, count, next, headers }) =>
    Array.from({ length: count }, async () => {
      while (running) {
        const startedAt = Date.now();
        const outcome = await postJson(`${url}/graphql`, next(sequence++), agent, 60_000, headers);
        let code: string | null = null;
        let ok = false;
        if (outcome.error === null) {
          try {
            const body = JSON.parse(outcome.body) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
            code = body.errors?.[0]?.extensions?.code ?? null;
            ok = outcome.status === 200 && !body.errors && body.data != null;
          } catch {
            code = 'UNPARSABLE';
          }
        }
        samples.push({ ...outcome, startedAt, endedAt: Date.now(), kind, code, ok });
        if (!ok) await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }),
  );
  return {
    samples,
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
}
