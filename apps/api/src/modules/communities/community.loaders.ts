import type { RequestContext } from '../../graphql/context';
import { groupBy, indexBy } from '../../graphql/loaders';
import { COMMUNITY_COLUMNS, toCommunity, type Community, type CommunityRow } from './community.type';

export function communityByIdLoader(context: RequestContext) {
  return context.loaders.get<number, Community | null>('community.byId', async (ids) => {
    const rows = await context.db.query<CommunityRow>(`SELECT ${COMMUNITY_COLUMNS} FROM community cm WHERE cm.id = ANY($1::int[])`, [ids]);
    return indexBy(ids, rows.map(toCommunity), (c) => c.dbId);
  });
}

export function communityBySlugLoader(context: RequestContext) {
  return context.loaders.get<string, Community | null>('community.bySlug', async (slugs) => {
    const rows = await context.db.query<CommunityRow>(`SELECT ${COMMUNITY_COLUMNS} FROM community cm WHERE cm.slug = ANY($1::text[])`, [
      slugs,
    ]);
    return indexBy(slugs, rows.map(toCommunity), (c) => c.slug);
  });
}

/** The term ids each community is tagged with, for many communities in one statement. */
export function communityTermIdsLoader(context: RequestContext) {
  return context.loaders.get<number, number[]>('community.termIds', async (ids) => {
    const rows = await context.db.query<{ community_id: number; term_id: number }>(
      'SELECT community_id, term_id FROM community_term WHERE community_id = ANY($1::int[]) ORDER BY term_id',
      [ids],
    );
    return groupBy(ids, rows, (r) => r.community_id).map((group) => group.map((r) => r.term_id));
  });
}
