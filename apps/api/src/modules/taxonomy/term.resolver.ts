import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Connection, connectionFromSortedArray, type ConnectionResult } from '../../graphql/connection';
import type { RequestContext } from '../../graphql/context';
import { NotFoundError } from '../../graphql/errors';
import { registerNodeType } from '../../graphql/node';
import { PageArgs, parsePageArgs } from '../../graphql/pagination';
import { parseSearchText } from '../search/search-text';
import { loadTaxonomy } from './taxonomy-snapshot';
import { TermsArgs } from './term.args';
import { Term, TermStatus } from './term.type';

export const TermConnection = Connection(Term, 'Term', 'A page of classification terms.');

registerNodeType('Term', async (context, id) => (await loadTaxonomy(context)).get(id));

@Resolver(() => Term)
export class TermResolver {
  @Query(() => Term, { description: 'A term by its stable code, e.g. "tech.fibre-lasers". NOT_FOUND when no term has that code.' })
  async term(@Arg('code', () => String, { description: 'The term code.' }) code: string, @Ctx() context: RequestContext): Promise<Term> {
    const term = (await loadTaxonomy(context)).getByCode(code);
    if (!term) throw new NotFoundError('term', code);
    return term;
  }

  @Query(() => TermConnection, {
    description: 'Terms of the classification scheme, sorted by code; filter by facet, parent, status and label text in any language.',
  })
  async terms(@Args(() => TermsArgs) args: TermsArgs, @Ctx() context: RequestContext): Promise<ConnectionResult<Term>> {
    const page = parsePageArgs(args, 50);
    const search = parseSearchText(args.search, 'search');
    const taxonomy = await loadTaxonomy(context);
    let terms = taxonomy.all();
    if (args.facet) terms = terms.filter((t) => t.facet === args.facet);
    if (args.parent !== undefined && args.parent !== null) {
      const parent = taxonomy.getByCode(args.parent);
      if (!parent) throw new NotFoundError('term', args.parent);
      terms = terms.filter((t) => t.parentDbId === parent.dbId);
    } else if (args.rootsOnly) {
      terms = terms.filter((t) => t.parentDbId === null);
    }
    const statuses = args.statuses ?? [TermStatus.APPROVED];
    terms = terms.filter((t) => statuses.includes(t.status));
    if (search) terms = terms.filter((t) => matchesSearch(t, search.raw));
    terms.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    return connectionFromSortedArray(terms, page, (t) => [t.code, t.dbId]);
  }

  @FieldResolver(() => Term, { nullable: true, description: 'The broader term; null for a root term.' })
  async parent(@Root() term: Term, @Ctx() context: RequestContext): Promise<Term | null> {
    return term.parentDbId === null ? null : (await loadTaxonomy(context)).get(term.parentDbId);
  }

  @FieldResolver(() => [Term], { description: 'The narrower terms, in order (a bounded list: the scheme is curated).' })
  async children(@Root() term: Term, @Ctx() context: RequestContext): Promise<Term[]> {
    return (await loadTaxonomy(context)).childrenOf(term.dbId).filter((t) => t.status === TermStatus.APPROVED);
  }

  @FieldResolver(() => [Term], { description: 'The broader terms up to the root, nearest first.' })
  async ancestors(@Root() term: Term, @Ctx() context: RequestContext): Promise<Term[]> {
    return (await loadTaxonomy(context)).ancestorsOf(term.dbId);
  }

  @FieldResolver(() => TermConnection, { description: 'All narrower terms at any depth, breadth first.' })
  async descendants(
    @Root() term: Term,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() context: RequestContext,
  ): Promise<ConnectionResult<Term>> {
    const page = parsePageArgs(args, 50);
    const descendants = (await loadTaxonomy(context)).descendantsOf(term.dbId).filter((t) => t.status === TermStatus.APPROVED);
    const order = new Map(descendants.map((t, index) => [t.dbId, index]));
    return connectionFromSortedArray(descendants, page, (t) => [order.get(t.dbId) ?? 0, t.dbId]);
  }

  @FieldResolver(() => Term, { nullable: true, description: 'For a deprecated term, the term that replaces it.' })
  async replacedBy(@Root() term: Term, @Ctx() context: RequestContext): Promise<Term | null> {
    return term.replacedByDbId === null ? null : (await loadTaxonomy(context)).get(term.replacedByDbId);
  }
}

function matchesSearch(term: Term, text: string): boolean {
  const needle = fold(text);
  const haystacks = [...Object.values(term.labelTexts), ...term.synonyms, term.code];
  return haystacks.some((h) => fold(h).includes(needle));
}

function fold(value: string): string {
  return value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}
