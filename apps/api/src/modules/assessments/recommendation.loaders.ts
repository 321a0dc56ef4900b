import type { RequestContext } from '../../graphql/context';
import { groupBy } from '../../graphql/loaders';
import { EVENT_COLUMNS, toEvent, type Event, type EventRow } from '../events/event.type';
import { ARTICLE_COLUMNS, toKnowledgeArticle, type KnowledgeArticle, type KnowledgeArticleRow } from '../knowledge/knowledge-article.type';

/** Links per recommendation: a short list. */
export const LINKS_PER_RECOMMENDATION = 3;

const INTERESTS = (org: string) => `COALESCE((SELECT array_agg(x.country) FROM export_interest x WHERE x.organization_id = ${org}), '{}')`;

/**
 * Articles of the recommended kinds for many (organization, kinds) pairs in one statement: those
 * about the organization's export countries first, then the newest.
 */
export function recommendedArticlesLoader(context: RequestContext) {
  return context.loaders.get<{ organizationId: number; kinds: string[] }, KnowledgeArticle[]>(
    'assessment.articles',
    async (keys) => {
      const rows = await context.db.query<KnowledgeArticleRow & { lb_key: number }>(
        `SELECT k.lb_key, r.* FROM jsonb_to_recordset($1::jsonb) AS k(lb_key int, org int, kinds text[])
         CROSS JOIN LATERAL (
           SELECT ${ARTICLE_COLUMNS} FROM knowledge_article ka WHERE ka.kind = ANY(k.kinds)
           ORDER BY (ka.target_countries && ${INTERESTS('k.org')}) DESC, ka.published_at DESC, ka.id DESC LIMIT ${LINKS_PER_RECOMMENDATION}
         ) r ORDER BY k.lb_key`,
        [JSON.stringify(keys.map((k, index) => ({ lb_key: index, org: k.organizationId, kinds: k.kinds })))],
      );
      return groupBy(
        keys.map((_, index) => index),
        rows,
        (r) => r.lb_key,
      ).map((group) => group.map(toKnowledgeArticle));
    },
    (key) => `${key.organizationId}:${key.kinds.join(',')}`,
  );
}

/**
 * Missions and events for many organizations in one statement: upcoming before past, those to the
 * organization's export countries first, then the most recent.
 */
export function recommendedEventsLoader(context: RequestContext) {
  return context.loaders.get<number, Event[]>('assessment.events', async (ids) => {
    const rows = await context.db.query<EventRow & { lb_org: number }>(
      `SELECT k.lb_org, r.* FROM unnest($1::int[]) AS k(lb_org) CROSS JOIN LATERAL (
         SELECT ${EVENT_COLUMNS} FROM event e WHERE e.kind IN ('TRADE_MISSION', 'MATCHMAKING', 'CLUSTER_EXCHANGE', 'TRADE_FAIR')
         ORDER BY (e.ends_on >= current_date) DESC, (e.target_countries && ${INTERESTS('k.lb_org')}) DESC, e.starts_on DESC, e.id DESC
         LIMIT ${LINKS_PER_RECOMMENDATION}
       ) r`,
      [ids],
    );
    return groupBy(ids, rows, (r) => r.lb_org).map((group) => group.map(toEvent));
  });
}
