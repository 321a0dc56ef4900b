import type { RequestContext } from '../../graphql/context';
import { BadInputError } from '../../graphql/errors';
import type { ConnectionResult } from '../../graphql/connection';
import { keysetList } from '../../graphql/keyset-list';
import { parsePageArgs } from '../../graphql/pagination';
import { Params } from '../../graphql/sql';
import { parseSearchText } from '../search/search-text';
import { loadTaxonomy } from '../taxonomy/taxonomy-snapshot';
import type { CommunitiesArgs } from './community.args';
import { COMMUNITY_COLUMNS, toCommunity, type Community, type CommunityRow } from './community.type';

const MAX_TERMS = 100;

/** Term codes of any facet, expanded to the terms and all their descendants. */
export async function expandAnyCodes(context: RequestContext, codes: readonly string[], argument: string): Promise<number[]> {
  if (codes.length > MAX_TERMS) throw new BadInputError(argument, `"${argument}" takes at most ${MAX_TERMS} values, got ${codes.length}.`);
  const taxonomy = await loadTaxonomy(context);
  const ids = new Set<number>();
  for (const code of codes) {
    const term = taxonomy.getByCode(code);
    if (!term) throw new BadInputError(argument, `Unknown term code "${code.slice(0, 100)}" in "${argument}".`);
    ids.add(term.dbId);
    for (const descendant of taxonomy.descendantsOf(term.dbId)) ids.add(descendant.dbId);
  }
  return [...ids];
}

/** The SQL condition on "cm" (community) for a search text: full-text prefix match or a trigram match on the name. */
export function communitySearchCondition(raw: string, tsquery: string | null, params: Params): string {
  const fuzzy = `public.lb_fold(${params.add(raw)}) <% public.lb_fold(cm.name)`;
  if (!tsquery) return fuzzy;
  return `(public.community_search_vector(cm.name, cm.description) @@ to_tsquery('simple', ${params.add(tsquery)}) OR ${fuzzy})`;
}

export async function listCommunities(context: RequestContext, args: CommunitiesArgs): Promise<ConnectionResult<Community>> {
  const page = parsePageArgs(args);
  const params = new Params();
  const where: string[] = [];
  const text = parseSearchText(args.search, 'search');
  if (text) where.push(communitySearchCondition(text.raw, text.tsquery, params));
  if (args.terms?.length) {
    const ids = await expandAnyCodes(context, args.terms, 'terms');
    where.push(`EXISTS (SELECT 1 FROM community_term ct WHERE ct.community_id = cm.id AND ct.term_id = ANY(${params.add(ids)}::int[]))`);
  }
  return keysetList(context, {
    from: 'community cm',
    select: COMMUNITY_COLUMNS,
    where,
    params,
    sort: { expression: 'cm.name', type: 'text', direction: 'ASC', id: 'cm.id' },
    page,
    toNode: (row: CommunityRow) => toCommunity(row),
  });
}
