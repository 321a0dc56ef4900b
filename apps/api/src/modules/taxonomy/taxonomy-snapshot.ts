import type { RequestContext } from '../../graphql/context';
import { BadInputError } from '../../graphql/errors';
import { termChangeListenerOf, type TermChangeListener } from './term-change-listener';
import { TERM_COLUMNS, toTerm, type Facet, type Term, type TermRow } from './term.type';

/**
 * The whole classification scheme, loaded once per request with one statement: it is a few hundred
 * rows, and tree questions (children, ancestors, descendants for filters) are then answered from
 * memory whatever their depth or number.
 */
export class TaxonomySnapshot {
  private readonly byId = new Map<number, Term>();
  private readonly byCode = new Map<string, Term>();
  private readonly children = new Map<number | null, Term[]>();

  constructor(terms: Term[]) {
    for (const term of terms) {
      this.byId.set(term.dbId, term);
      this.byCode.set(term.code, term);
      const siblings = this.children.get(term.parentDbId);
      if (siblings) siblings.push(term);
      else this.children.set(term.parentDbId, [term]);
    }
    for (const siblings of this.children.values()) siblings.sort((a, b) => a.position - b.position || a.code.localeCompare(b.code));
  }

  all(): Term[] {
    return [...this.byId.values()];
  }

  get(id: number): Term | null {
    return this.byId.get(id) ?? null;
  }

  getByCode(code: string): Term | null {
    return this.byCode.get(code) ?? null;
  }

  childrenOf(id: number | null): Term[] {
    return this.children.get(id) ?? [];
  }

  roots(facet: Facet): Term[] {
    return this.childrenOf(null).filter((t) => t.facet === facet);
  }

  /** Nearest first. */
  ancestorsOf(id: number): Term[] {
    const ancestors: Term[] = [];
    const seen = new Set<number>([id]);
    let current = this.get(id)?.parentDbId ?? null;
    while (current !== null && !seen.has(current)) {
      const term = this.get(current);
      if (!term) break;
      ancestors.push(term);
      seen.add(current);
      current = term.parentDbId;
    }
    return ancestors;
  }

  /** Breadth first, without the term itself. */
  descendantsOf(id: number): Term[] {
    const result: Term[] = [];
    const queue = [...this.childrenOf(id)];
    const seen = new Set<number>([id]);
    while (queue.length > 0) {
      const term = queue.shift()!;
      if (seen.has(term.dbId)) continue;
      seen.add(term.dbId);
      result.push(term);
      queue.push(...this.childrenOf(term.dbId));
    }
    return result;
  }

  /**
   * Resolves codes given as a filter to the ids of those terms and all their descendants; an
   * unknown code or one of another facet is a BAD_USER_INPUT error naming the argument.
   */
  expandCodes(codes: readonly string[], facet: Facet, argument: string): number[] {
    const ids = new Set<number>();
    for (const code of codes) {
      const term = this.getByCode(code);
      if (!term) throw new BadInputError(argument, `Unknown term code "${code.slice(0, 100)}" in "${argument}".`);
      if (term.facet !== facet) {
        throw new BadInputError(argument, `Term "${code}" is a ${term.facet} term; "${argument}" takes ${facet} terms.`);
      }
      ids.add(term.dbId);
      for (const descendant of this.descendantsOf(term.dbId)) ids.add(descendant.dbId);
    }
    return [...ids];
  }
}

/** The last snapshot this process built, the fingerprint of the term table it was built from, and under which listener generation. */
let lastSnapshot: { fingerprint: string; snapshot: TaxonomySnapshot; listener: TermChangeListener | null; generation: number } | null =
  null;

/**
 * The scheme as of this request. While the process listens for term changes (term-change-listener.ts)
 * and none came since the kept snapshot was read, no statement at all; otherwise one, which returns
 * the terms only when the table's fingerprint (row count and sum of row versions: any insert,
 * update or delete changes it) differs from that of the kept snapshot, which saves reading and
 * parsing a few hundred kilobytes on every request that filters by terms.
 */
export async function loadTaxonomy(context: RequestContext): Promise<TaxonomySnapshot> {
  const loader = context.loaders.get<'all', TaxonomySnapshot>('taxonomy', async (keys) => {
    const known = lastSnapshot;
    const listener = termChangeListenerOf(context.db.primary);
    if (known && listener?.listening && known.listener === listener && known.generation === listener.generation) {
      loadedThisRequest.set(context, known.snapshot);
      return keys.map(() => known.snapshot);
    }
    // Read before the statement: a change notified while it runs leaves the result untrusted.
    const generation = listener?.generation ?? 0;
    const rows = await context.db.query<Partial<TermRow> & { fingerprint: string }>(
      `WITH v AS (SELECT count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) AS fingerprint FROM term)
       SELECT v.fingerprint, ${TERM_COLUMNS} FROM v LEFT JOIN term t ON v.fingerprint IS DISTINCT FROM $1`,
      [known?.fingerprint ?? null],
    );
    const fingerprint = rows[0]?.fingerprint ?? '';
    let snapshot: TaxonomySnapshot;
    if (known && known.fingerprint === fingerprint) snapshot = known.snapshot;
    else snapshot = new TaxonomySnapshot(rows.filter((row) => row.id != null).map((row) => toTerm(row as TermRow)));
    lastSnapshot = { fingerprint, snapshot, listener, generation };
    loadedThisRequest.set(context, snapshot);
    return keys.map(() => snapshot);
  });
  return loader.load('all');
}

const loadedThisRequest = new WeakMap<RequestContext, TaxonomySnapshot>();

/**
 * Answers from the scheme without a promise once this request has loaded it: the resolvers of
 * terms on long lists (a capability's technology, stage, applications) run hundreds of times per
 * request, and a value graphql-js gets directly costs less than one it has to await.
 */
export function withTaxonomy<T>(context: RequestContext, use: (taxonomy: TaxonomySnapshot) => T): T | Promise<T> {
  const loaded = loadedThisRequest.get(context);
  return loaded ? use(loaded) : loadTaxonomy(context).then(use);
}
