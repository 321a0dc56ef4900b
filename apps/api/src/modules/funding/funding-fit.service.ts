import type { RequestContext } from '../../graphql/context';
import { connectionFromSortedArray, type ConnectionResult } from '../../graphql/connection';
import { NotFoundError } from '../../graphql/errors';
import { parseDateArgument } from '../../graphql/keyset-list';
import { parsePageArgs } from '../../graphql/pagination';
import { expectGlobalId } from '../../graphql/node-id';
import { matchProfilesLoader } from '../matchmaking/match-profiles';
import { loadTaxonomy, type TaxonomySnapshot } from '../taxonomy/taxonomy-snapshot';
import { Facet } from '../taxonomy/term.type';
import type { FundingCallsForArgs } from './funding-call.args';
import { FUNDING_CALL_COLUMNS, FundingFit, FundingFitReason, toFundingCall, type FundingCallRow } from './funding-call.type';
import { rankCalls, type CallTopics, type TopicCover } from './funding-fit';

/** Open calls scored per request; far more than the programmes publish at once. */
export const MAX_OPEN_CALLS = 2000;

/** A call's topics split by facet, each with the ids it covers (itself and its descendants). */
export function callTopics(taxonomy: TaxonomySnapshot, call: { id: number; eligibleCountries: string[] }, topicIds: number[]): CallTopics {
  const covers = (facet: Facet): TopicCover[] =>
    topicIds
      .filter((id) => taxonomy.get(id)?.facet === facet)
      .map((id) => ({ termId: id, covers: new Set([id, ...taxonomy.descendantsOf(id).map((t) => t.dbId)]) }));
  return {
    id: call.id,
    eligibleCountries: call.eligibleCountries,
    technologies: covers(Facet.TECHNOLOGY),
    applications: covers(Facet.APPLICATION),
    stages: covers(Facet.STAGE),
  };
}

export const termLabel = (taxonomy: TaxonomySnapshot) => (id: number) => taxonomy.get(id)?.labelTexts.en ?? `term ${id}`;

const today = () => new Date().toISOString().slice(0, 10);

/**
 * The open calls that fit an organization's capabilities and needs, best first, each with its
 * reasons: two statements (the organization's profile, the open calls with their topics).
 */
export async function fundingCallsFor(
  context: RequestContext,
  organizationGlobalId: string,
  args: FundingCallsForArgs,
): Promise<ConnectionResult<FundingFit>> {
  const page = parsePageArgs(args);
  const organizationId = expectGlobalId(organizationGlobalId, 'Organization', 'organizationId');
  const openOn = parseDateArgument(args.openOn, 'openOn') ?? today();
  const taxonomy = await loadTaxonomy(context);
  const loaded = await matchProfilesLoader(context, taxonomy).load(organizationId);
  if (!loaded) throw new NotFoundError('organization', organizationGlobalId);
  const { profile } = loaded;
  const rows = await context.db.query<FundingCallRow & { topic_ids: number[] }>(
    `SELECT ${FUNDING_CALL_COLUMNS},
       COALESCE((SELECT array_agg(ft.term_id ORDER BY ft.term_id) FROM funding_call_topic ft WHERE ft.call_id = f.id), '{}') AS topic_ids
     FROM funding_call f
     WHERE f.deadline >= $1::date AND (cardinality(f.eligible_countries) = 0 OR $2::text = ANY(f.eligible_countries))
     ORDER BY f.deadline, f.id LIMIT ${MAX_OPEN_CALLS}`,
    [openOn, profile.country],
  );
  const ranked = rankCalls(
    rows,
    profile,
    (row) => callTopics(taxonomy, { id: row.id, eligibleCountries: row.eligible_countries }, row.topic_ids),
    termLabel(taxonomy),
  );
  const fits = ranked.map(({ call, fit }) =>
    Object.assign(new FundingFit(), {
      call: toFundingCall(call),
      score: fit.score,
      reasons: fit.reasons.map((r) => Object.assign(new FundingFitReason(), r)),
    }),
  );
  // Cursor over (rank, id): the ranking is recomputed per request, so a cursor resumes after the same position.
  const rank = new Map(fits.map((f, index) => [f.call.dbId, index]));
  return connectionFromSortedArray(fits, page, (f) => [rank.get(f.call.dbId)!, f.call.dbId]);
}
