import type { RequestContext } from '../../graphql/context';
import { LinkKind } from './link.type';

/** Longest path searched, in links: beyond this, two communities or clusters are treated as unconnected. */
export const MAX_PATH_LENGTH = 8;

export interface PathIds {
  /** Community or cluster ids from the start to the end. */
  nodes: number[];
  /** Link ids between consecutive nodes. */
  links: number[];
}

/**
 * A shortest path over ACCEPTED links, taken as undirected, by a breadth-first search that runs one
 * batched statement per level (at most MAX_PATH_LENGTH), so its cost depends on the distance, not on
 * the number of links. Ties go to the lowest link ids, which makes the answer deterministic.
 */
export async function findLinkPath(context: RequestContext, kind: LinkKind, start: number, end: number): Promise<PathIds | null> {
  if (start === end) return { nodes: [start], links: [] };
  const [from, to] = kind === LinkKind.COMMUNITY ? ['from_community_id', 'to_community_id'] : ['from_cluster_id', 'to_cluster_id'];
  const reachedBy = new Map<number, { previous: number; link: number } | null>([[start, null]]);
  let frontier = [start];
  for (let depth = 0; depth < MAX_PATH_LENGTH && frontier.length > 0; depth++) {
    const edges = await context.db.query<{ id: number; a: number; b: number }>(
      `SELECT l.id, l.${from} AS a, l.${to} AS b FROM link l
       WHERE l.kind = $1 AND l.status = 'ACCEPTED' AND (l.${from} = ANY($2::int[]) OR l.${to} = ANY($2::int[]))
       ORDER BY l.id`,
      [kind, frontier],
    );
    const inFrontier = new Set(frontier);
    const next: number[] = [];
    for (const edge of edges) {
      for (const [here, there] of [
        [edge.a, edge.b],
        [edge.b, edge.a],
      ] as const) {
        if (!inFrontier.has(here) || reachedBy.has(there)) continue;
        reachedBy.set(there, { previous: here, link: edge.id });
        next.push(there);
      }
    }
    if (reachedBy.has(end)) return walkBack(reachedBy, end);
    frontier = next;
  }
  return null;
}

function walkBack(reachedBy: Map<number, { previous: number; link: number } | null>, end: number): PathIds {
  const nodes = [end];
  const links: number[] = [];
  let step = reachedBy.get(end);
  while (step) {
    links.push(step.link);
    nodes.push(step.previous);
    step = reachedBy.get(step.previous);
  }
  return { nodes: nodes.reverse(), links: links.reverse() };
}
