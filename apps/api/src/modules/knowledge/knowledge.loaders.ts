import { childPagesLoader } from '../../graphql/child-pages';
import type { RequestContext } from '../../graphql/context';
import { keyedRowsLoader } from '../../graphql/keyed-rows-loader';
import { groupBy, indexBy } from '../../graphql/loaders';
import type { ForwardPageArgs } from '../../graphql/pagination';
import type { KeysetSort } from '../../graphql/sql';
import { ORGANIZATION_COLUMNS, toOrganization, type Organization, type OrganizationRow } from '../organizations/organization.type';
import { VALUE_CHAIN_COLUMNS, toValueChain, type ValueChain, type ValueChainRow } from '../value-chains/value-chain.type';
import { ARTICLE_COLUMNS, toKnowledgeArticle, type KnowledgeArticle, type KnowledgeArticleRow } from './knowledge-article.type';

export const NEWEST_FIRST: KeysetSort = { expression: 'ka.published_at', type: 'timestamptz', direction: 'DESC', id: 'ka.id' };

export function articleByIdLoader(context: RequestContext) {
  return keyedRowsLoader(context, {
    name: 'knowledge.byId',
    select: `SELECT ${ARTICLE_COLUMNS} FROM knowledge_article ka`,
    key: 'ka.id',
    type: 'int',
    toObject: toKnowledgeArticle,
    keyOf: (a: KnowledgeArticle) => a.dbId,
  });
}

export function articleBySlugLoader(context: RequestContext) {
  return keyedRowsLoader(context, {
    name: 'knowledge.bySlug',
    select: `SELECT ${ARTICLE_COLUMNS} FROM knowledge_article ka`,
    key: 'ka.slug',
    type: 'text',
    toObject: toKnowledgeArticle,
    keyOf: (a: KnowledgeArticle) => a.slug,
  });
}

export function articleAuthorsLoader(context: RequestContext) {
  return context.loaders.get<number, Organization[]>('knowledge.authors', async (ids) => {
    const rows = await context.db.query<OrganizationRow & { article_id: number }>(
      `SELECT a.article_id, ${ORGANIZATION_COLUMNS} FROM knowledge_article_author a
       JOIN organization o ON o.id = a.organization_id AND o.deleted_at IS NULL
       WHERE a.article_id = ANY($1::int[]) ORDER BY o.name, o.id`,
      [ids],
    );
    return groupBy(ids, rows, (r) => r.article_id).map((group) => group.map(toOrganization));
  });
}

export function articleTermIdsLoader(context: RequestContext) {
  return context.loaders.get<number, number[]>('knowledge.termIds', async (ids) => {
    const rows = await context.db.query<{ article_id: number; term_id: number }>(
      `SELECT article_id, term_id FROM knowledge_article_term WHERE article_id = ANY($1::int[]) ORDER BY term_id`,
      [ids],
    );
    return groupBy(ids, rows, (r) => r.article_id).map((group) => group.map((r) => r.term_id));
  });
}

export function articleValueChainsLoader(context: RequestContext) {
  return context.loaders.get<number, ValueChain[]>('knowledge.valueChains', async (ids) => {
    const rows = await context.db.query<ValueChainRow & { article_id: number }>(
      `SELECT kv.article_id, ${VALUE_CHAIN_COLUMNS} FROM knowledge_article_value_chain kv JOIN value_chain v ON v.id = kv.value_chain_id
       WHERE kv.article_id = ANY($1::int[]) ORDER BY v.name, v.id`,
      [ids],
    );
    return groupBy(ids, rows, (r) => r.article_id).map((group) => group.map(toValueChain));
  });
}

export function authorNameLoader(context: RequestContext) {
  return context.loaders.get<number, string | null>('knowledge.authorName', async (ids) => {
    const rows = await context.db.query<{ id: number; display_name: string }>(
      `SELECT id, display_name FROM app_user WHERE id = ANY($1::int[])`,
      [ids],
    );
    return indexBy(ids, rows, (r) => r.id).map((r) => r?.display_name ?? null);
  });
}

/**
 * Articles related to a thing, for many things at once: `relation` is a SELECT of
 * (parent, article_id) pairs, each article once per parent.
 */
function relatedLoader(context: RequestContext, name: string, relation: string, args: ForwardPageArgs) {
  return childPagesLoader(
    context,
    {
      name: `knowledge.related.${name}`,
      from: `(SELECT DISTINCT parent, article_id FROM (${relation}) r) rel JOIN knowledge_article ka ON ka.id = rel.article_id`,
      parent: 'rel.parent',
      select: ARTICLE_COLUMNS,
      sort: NEWEST_FIRST,
      toNode: (row: KnowledgeArticleRow) => toKnowledgeArticle(row),
    },
    args,
  );
}

/**
 * (parent, article_id) pairs: the articles an organization wrote, or about an event it organized
 * or took part in. Shared with the `organization` filter of the list, so both give the same set.
 */
export const ORGANIZATION_RELATION = `SELECT organization_id AS parent, article_id FROM knowledge_article_author
     UNION ALL SELECT p.organization_id, k.id FROM knowledge_article k JOIN event_participant p ON p.event_id = k.event_id
     UNION ALL SELECT e.organizer_id, k.id FROM knowledge_article k JOIN event e ON e.id = k.event_id WHERE e.organizer_id IS NOT NULL`;

/** (parent, article_id) pairs: articles tagged with one of the community's terms, or written by one of its members. */
export const COMMUNITY_RELATION = `SELECT ct.community_id AS parent, kt.article_id FROM community_term ct JOIN knowledge_article_term kt ON kt.term_id = ct.term_id
     UNION ALL SELECT cm.community_id, a.article_id FROM community_member cm JOIN knowledge_article_author a ON a.organization_id = cm.organization_id`;

/** Articles an organization wrote, or about an event it organized or took part in. */
export const organizationKnowledgeLoader = (context: RequestContext, args: ForwardPageArgs) =>
  relatedLoader(context, 'organization', ORGANIZATION_RELATION, args);

/** Articles tagged with the term or any of its descendants. */
export const termKnowledgeLoader = (context: RequestContext, args: ForwardPageArgs) =>
  relatedLoader(
    context,
    'term',
    `WITH RECURSIVE up(ancestor, id) AS (
       SELECT t.id, t.id FROM term t WHERE t.id IN (SELECT term_id FROM knowledge_article_term)
       UNION SELECT p.parent_id, up.id FROM up JOIN term p ON p.id = up.ancestor WHERE p.parent_id IS NOT NULL)
     SELECT up.ancestor AS parent, kt.article_id FROM up JOIN knowledge_article_term kt ON kt.term_id = up.id`,
    args,
  );

/** Articles about the value chain, or tagged with its application area. */
export const valueChainKnowledgeLoader = (context: RequestContext, args: ForwardPageArgs) =>
  relatedLoader(
    context,
    'valueChain',
    `SELECT value_chain_id AS parent, article_id FROM knowledge_article_value_chain
     UNION ALL SELECT v.id, kt.article_id FROM value_chain v JOIN knowledge_article_term kt ON kt.term_id = v.application_id`,
    args,
  );

/** Articles tagged with one of the community's terms, or written by one of its members. */
export const communityKnowledgeLoader = (context: RequestContext, args: ForwardPageArgs) =>
  relatedLoader(context, 'community', COMMUNITY_RELATION, args);
