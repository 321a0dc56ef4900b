import type { ConnectionResult } from '../../graphql/connection';
import type { RequestContext } from '../../graphql/context';
import { BadInputError } from '../../graphql/errors';
import { keysetList } from '../../graphql/keyset-list';
import { parsePageArgs } from '../../graphql/pagination';
import { Params } from '../../graphql/sql';
import { communityBySlugLoader } from '../communities/community.loaders';
import { checkCountryCodes } from '../geography/country-codes';
import { organizationBySlugLoader } from '../organizations/organization.loaders';
import { parseSearchText } from '../search/search-text';
import { loadTaxonomy } from '../taxonomy/taxonomy-snapshot';
import { MAX_TERMS, type KnowledgeArticlesArgs } from './knowledge-article.args';
import { ARTICLE_COLUMNS, toKnowledgeArticle, type KnowledgeArticle, type KnowledgeArticleRow } from './knowledge-article.type';
import { COMMUNITY_RELATION, NEWEST_FIRST, ORGANIZATION_RELATION } from './knowledge.loaders';

/** The SQL condition that an article matches a search text: full text, or a typo-tolerant title match. */
export function articleMatches(alias: string, raw: string, tsquery: string | null): string {
  const vector = `public.knowledge_article_search_vector(${alias}.title, ${alias}.summary, ${alias}.body)`;
  const fuzzy = `public.lb_fold(${raw}) <% public.lb_fold(${alias}.title)`;
  return `(${tsquery ? `${vector} @@ to_tsquery('simple', ${tsquery}) OR ` : ''}${fuzzy})`;
}

function checkTermList(codes: string[] | null | undefined): string[] {
  if (codes == null) return [];
  if (codes.length > MAX_TERMS) throw new BadInputError('terms', `At most ${MAX_TERMS} term codes.`);
  return codes;
}

export async function listArticles(context: RequestContext, args: KnowledgeArticlesArgs): Promise<ConnectionResult<KnowledgeArticle>> {
  const page = parsePageArgs(args);
  const params = new Params();
  const where: string[] = [];
  const text = parseSearchText(args.query, 'query');
  if (text) where.push(articleMatches('ka', params.add(text.raw), text.tsquery ? params.add(text.tsquery) : null));
  if (args.kind) where.push(`ka.kind = ${params.add(args.kind)}`);
  if (args.language) where.push(`ka.language = ${params.add(args.language)}`);
  if (args.targetCountry != null) {
    where.push(`${params.add(checkCountryCodes([args.targetCountry], 'targetCountry')[0])}::text = ANY(ka.target_countries)`);
  }
  const terms = [
    ...(args.term != null ? [{ code: args.term, argument: 'term' }] : []),
    ...checkTermList(args.terms).map((code, index) => ({ code, argument: `terms[${index}]` })),
  ];
  if (terms.length > 0) {
    const taxonomy = await loadTaxonomy(context);
    for (const { code, argument } of terms) {
      const term = taxonomy.getByCode(code);
      if (!term) throw new BadInputError(argument, `No term has the code "${code.slice(0, 100)}".`);
      const ids = [term.dbId, ...taxonomy.descendantsOf(term.dbId).map((t) => t.dbId)];
      where.push(
        `EXISTS (SELECT 1 FROM knowledge_article_term kt WHERE kt.article_id = ka.id AND kt.term_id = ANY(${params.add(ids)}::int[]))`,
      );
    }
  }
  if (args.valueChain != null) {
    where.push(
      `EXISTS (SELECT 1 FROM knowledge_article_value_chain kv JOIN value_chain v ON v.id = kv.value_chain_id
               WHERE kv.article_id = ka.id AND v.slug = ${params.add(args.valueChain)})`,
    );
  }
  if (args.author != null) {
    where.push(
      `EXISTS (SELECT 1 FROM knowledge_article_author a JOIN organization o ON o.id = a.organization_id
               WHERE a.article_id = ka.id AND o.slug = ${params.add(args.author)})`,
    );
  }
  if (args.organization != null) {
    const organization = await organizationBySlugLoader(context).load(args.organization);
    if (!organization) throw new BadInputError('organization', `No organization has the slug "${args.organization.slice(0, 100)}".`);
    where.push(`ka.id IN (SELECT r.article_id FROM (${ORGANIZATION_RELATION}) r WHERE r.parent = ${params.add(organization.dbId)})`);
  }
  if (args.community != null) {
    const community = await communityBySlugLoader(context).load(args.community);
    if (!community) throw new BadInputError('community', `No community has the slug "${args.community.slice(0, 100)}".`);
    where.push(`ka.id IN (SELECT r.article_id FROM (${COMMUNITY_RELATION}) r WHERE r.parent = ${params.add(community.dbId)})`);
  }
  return keysetList(context, {
    from: 'knowledge_article ka',
    select: ARTICLE_COLUMNS,
    where,
    params,
    sort: NEWEST_FIRST,
    page,
    toNode: (row: KnowledgeArticleRow) => toKnowledgeArticle(row),
  });
}
