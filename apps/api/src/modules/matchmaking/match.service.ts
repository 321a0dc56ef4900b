import type { RequestContext } from '../../graphql/context';
import { connectionFromSortedArray, type ConnectionResult } from '../../graphql/connection';
import { BadInputError } from '../../graphql/errors';
import { parsePageArgs, type ForwardPageArgs } from '../../graphql/pagination';
import { Params } from '../../graphql/sql';
import { loadTaxonomy } from '../taxonomy/taxonomy-snapshot';
import { matchProfilesLoader, termLookup, type LoadedProfile } from './match-profiles';
import { rankCandidates, type Profile, type ProfileNeed } from './match-scoring';
import { Match, MatchReason } from './match.type';

/** How many candidates the cheap SQL prefilter hands to the scoring, per organization (or need). */
export const CANDIDATE_LIMIT = 500;

export interface MatchRequest {
  organizationId: number;
  needId: number | null;
}

const requestKey = (r: MatchRequest) => `${r.organizationId}:${r.needId ?? ''}`;

/** The prefilter's inputs for one request: what candidates must have. */
function candidateCriteria(key: string, source: Profile, need: ProfileNeed | null) {
  const applications = [...new Set(source.capabilities.flatMap((c) => c.applicationIds))];
  if (need) {
    const specific = need.technologyIds.length > 0 || need.stageIds.length > 0 || need.country !== null || need.kind === 'FUNDING';
    const terms = need.kind === 'PARTNER' || need.kind === 'SKILLS';
    return {
      key,
      source: source.id,
      application_ids: specific ? [] : applications,
      technology_ids: terms && need.technologyIds.length > 0 ? need.technologyIds : null,
      stage_ids: terms && need.stageIds.length > 0 ? need.stageIds : null,
      country: need.kind === 'MARKET_ACCESS' ? need.country : null,
      investors: need.kind === 'FUNDING',
    };
  }
  const sought = source.needs.filter((n) => n.kind === 'PARTNER' || n.kind === 'SKILLS').flatMap((n) => n.technologyIds);
  return {
    key,
    source: source.id,
    application_ids: applications,
    technology_ids: sought.length > 0 ? [...new Set(sought)] : null,
    stage_ids: null,
    country: null,
    investors: source.needs.some((n) => n.kind === 'FUNDING'),
  };
}

/**
 * Candidate ids for many requests in one statement: organizations sharing an application area, or
 * with a capability in a sought technology/stage, or in a sought market, or investors for funding;
 * each request keeps its best CANDIDATE_LIMIT by a cheap weight, then by id.
 */
async function candidateIds(context: RequestContext, criteria: ReturnType<typeof candidateCriteria>[]): Promise<Map<string, number[]>> {
  const params = new Params();
  const rows = await context.db.query<{ key: string; id: number }>(
    `SELECT r.key, x.id FROM jsonb_to_recordset(${params.add(JSON.stringify(criteria))}::jsonb)
       AS r(key text, source int, application_ids int[], technology_ids int[], stage_ids int[], country text, investors boolean)
     CROSS JOIN LATERAL (
       SELECT s.id, sum(s.w) AS w FROM (
         SELECT c.organization_id AS id, 1 AS w FROM capability_application ca JOIN capability c ON c.id = ca.capability_id
           WHERE ca.application_id = ANY(r.application_ids)
         UNION ALL
         SELECT c.organization_id, 4 FROM capability c
           WHERE c.technology_id = ANY(r.technology_ids) AND (r.stage_ids IS NULL OR c.stage_id = ANY(r.stage_ids))
         UNION ALL
         SELECT c.organization_id, 2 FROM capability c WHERE r.technology_ids IS NULL AND c.stage_id = ANY(r.stage_ids)
         UNION ALL
         SELECT o.id, 3 FROM organization o WHERE o.country = r.country
         UNION ALL
         SELECT o.id, 3 FROM organization o WHERE r.investors AND o.kind = 'INVESTOR'
       ) s JOIN organization o ON o.id = s.id
       WHERE o.id <> r.source AND o.deleted_at IS NULL AND o.kind <> 'CLUSTER'
       GROUP BY s.id ORDER BY w DESC, s.id LIMIT ${CANDIDATE_LIMIT}
     ) x`,
    params.values,
  );
  const byKey = new Map<string, number[]>();
  for (const row of rows) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row.id]);
  return byKey;
}

/**
 * Ranked matches of many organizations (or needs) in a fixed number of statements: profiles of
 * the organizations, candidates by prefilter, profiles of the candidates; then the pure scoring.
 */
export function matchesLoader(context: RequestContext, args: ForwardPageArgs) {
  return context.loaders.get<MatchRequest, ConnectionResult<Match>>(
    `match.matches:${JSON.stringify([args.first, args.after])}`,
    async (requests) => {
      const page = parsePageArgs({ first: args.first, after: args.after });
      const taxonomy = await loadTaxonomy(context);
      const profiles = matchProfilesLoader(context, taxonomy);
      const sources = await profiles.loadMany(requests.map((r) => r.organizationId));
      const criteria: ReturnType<typeof candidateCriteria>[] = [];
      const needs = requests.map((request, index) => {
        const source = sources[index];
        if (!source || source instanceof Error) return null;
        const need = request.needId === null ? null : (source.profile.needs.find((n) => n.id === request.needId) ?? null);
        criteria.push(candidateCriteria(requestKey(request), source.profile, need));
        return need;
      });
      const candidates = criteria.length > 0 ? await candidateIds(context, criteria) : new Map<string, number[]>();
      const loaded = await profiles.loadMany([...new Set([...candidates.values()].flat())]);
      const byId = new Map(loaded.filter((p): p is LoadedProfile => p !== null && !(p instanceof Error)).map((p) => [p.profile.id, p]));
      const terms = termLookup(taxonomy);
      return requests.map((request, index) => {
        const source = sources[index];
        if (!source || source instanceof Error) return connectionFromSortedArray<Match>([], page, () => [0, 0]);
        const pool = (candidates.get(requestKey(request)) ?? []).map((id) => byId.get(id)).filter((p): p is LoadedProfile => !!p);
        const ranked = rankCandidates(
          source.profile,
          pool.map((p) => p.profile),
          needs[index] ?? null,
          terms,
        ).map((m) =>
          Object.assign(new Match(), {
            candidateDbId: m.candidateId,
            organization: byId.get(m.candidateId)!.organization,
            score: m.score,
            reasons: m.reasons.map((r) => Object.assign(new MatchReason(), r)),
          }),
        );
        // Cursor on (-score, id): the connection helper pages ascending.
        return connectionFromSortedArray(ranked, page, (m) => [-m.score, m.candidateDbId]);
      });
    },
    requestKey,
  );
}

/** Checks that a need is an open need of the organization, in the profile already loaded for matching. */
export async function checkNeedOfOrganization(
  context: RequestContext,
  organizationId: number,
  needId: number,
  slug: string,
): Promise<void> {
  const taxonomy = await loadTaxonomy(context);
  const source = await matchProfilesLoader(context, taxonomy).load(organizationId);
  if (!source?.profile.needs.some((n) => n.id === needId)) {
    throw new BadInputError('need', `"need" is not an open need of "${slug.slice(0, 100)}".`);
  }
}
