import type { RequestContext } from '../../graphql/context';
import { keyedRowsLoader } from '../../graphql/keyed-rows-loader';
import { groupBy } from '../../graphql/loaders';
import { COMMUNITY_COLUMNS, toCommunity, type Community } from './community.type';

export function communityByIdLoader(context: RequestContext) {
  return keyedRowsLoader(context, {
    name: 'community.byId',
    select: `SELECT ${COMMUNITY_COLUMNS} FROM community cm`,
    key: 'cm.id',
    type: 'int',
    toObject: toCommunity,
    keyOf: (c: Community) => c.dbId,
  });
}

export function communityBySlugLoader(context: RequestContext) {
  return keyedRowsLoader(context, {
    name: 'community.bySlug',
    select: `SELECT ${COMMUNITY_COLUMNS} FROM community cm`,
    key: 'cm.slug',
    type: 'text',
    toObject: toCommunity,
    keyOf: (c: Community) => c.slug,
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
