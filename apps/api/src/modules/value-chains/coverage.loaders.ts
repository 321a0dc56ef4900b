import type { RequestContext } from '../../graphql/context';
import { toConnection, type ConnectionResult } from '../../graphql/connection';
import { groupBy } from '../../graphql/loaders';
import { parsePageArgs, type ForwardPageArgs } from '../../graphql/pagination';
import { cursorKey, keysetPage, Params, type KeysetSort } from '../../graphql/sql';
import { ORGANIZATION_COLUMNS, toOrganization, type OrganizationRow } from '../organizations/organization.type';
import { insideScopeSql, isEmptyScope, type CoverageScope } from './coverage-scope';
import { EUROPEAN_COUNTRIES } from './european-countries';
import type { StageGroup, ValueChainProvider } from './value-chain.type';

export interface StageCounts {
  inside: number;
  elsewhere: number;
}

export type ProviderSide = 'INSIDE' | 'ELSEWHERE';

const groupKey = (group: StageGroup) => group.key;

/** The jsonb record set of the groups: one row per stage, each with its own term ids. */
function groupsSql(groups: readonly StageGroup[], params: Params): string {
  const json = JSON.stringify(
    groups.map((g) => ({ key: g.key, stage_ids: g.stageIds, application_ids: g.applicationIds, technology_ids: g.technologyIds })),
  );
  return `jsonb_to_recordset(${params.add(json)}::jsonb) AS g(key text, stage_ids int[], application_ids int[], technology_ids int[])`;
}

/** The technology condition on capability c; omitted when no group of the batch has one, so indexes stay usable. */
function technologySql(groups: readonly StageGroup[]): string {
  const withTechnology = groups.filter((g) => g.technologyIds !== null).length;
  if (withTechnology === 0) return '';
  if (withTechnology === groups.length) return 'AND c.technology_id = ANY(g.technology_ids)';
  return 'AND (g.technology_ids IS NULL OR c.technology_id = ANY(g.technology_ids))';
}

/**
 * The capabilities of every stage's application terms, read once from the application index
 * (capability_application(application_id, capability_id)) for the union of the stages' terms and
 * kept as a CTE that each stage then filters: one index pass whatever the number of stages.
 */
function hitsSql(groups: readonly StageGroup[], params: Params): string {
  const applications = params.add([...new Set(groups.flatMap((g) => g.applicationIds))]);
  const technologies = groups.every((g) => g.technologyIds !== null)
    ? `AND c.technology_id = ANY(${params.add([...new Set(groups.flatMap((g) => g.technologyIds ?? []))])}::int[])`
    : '';
  return `hits AS MATERIALIZED (
    SELECT ca.application_id, c.stage_id, c.technology_id, c.organization_id, max(c.trl) AS trl
    FROM capability_application ca JOIN capability c ON c.id = ca.capability_id
    WHERE ca.application_id = ANY(${applications}::int[]) ${technologies}
    GROUP BY 1, 2, 3, 4
  )`;
}

/**
 * Counts from coverage_count (kept by triggers, see the CoverageCounts migration): organizations
 * under the stage term and the application term, by country. It answers scopes of countries only,
 * for chains without a technology; its rows are few whatever the number of organizations.
 */
async function countsFromSummary(context: RequestContext, scope: CoverageScope, groups: readonly StageGroup[]): Promise<StageCounts[]> {
  const params = new Params();
  const roots = params.add(
    JSON.stringify(groups.map((g) => ({ key: g.key, stage_id: g.stageIds[0], application_id: g.applicationIds[0] }))),
  );
  const inside = isEmptyScope(scope) ? 'TRUE' : `cc.country = ANY(${params.add(scope.countries)}::text[])`;
  const elsewhere = isEmptyScope(scope) ? 'FALSE' : `NOT ${inside} AND cc.country = ANY(${params.add(EUROPEAN_COUNTRIES)}::text[])`;
  const rows = await context.db.query<{ key: string; inside: string; elsewhere: string }>(
    `SELECT g.key, coalesce(sum(cc.organizations) FILTER (WHERE ${inside}), 0) AS inside,
            coalesce(sum(cc.organizations) FILTER (WHERE ${elsewhere}), 0) AS elsewhere
     FROM jsonb_to_recordset(${roots}::jsonb) AS g(key text, stage_id int, application_id int)
     JOIN coverage_count cc ON cc.application_id = g.application_id AND cc.stage_id = g.stage_id
     GROUP BY g.key`,
    params.values,
  );
  const byKey = new Map(rows.map((r) => [r.key, { inside: Number(r.inside), elsewhere: Number(r.elsewhere) }]));
  return groups.map((g) => byKey.get(g.key) ?? { inside: 0, elsewhere: 0 });
}

/** The summary holds countries, whole subtrees of stages and applications, and no technologies. */
function summaryAnswers(scope: CoverageScope, groups: readonly StageGroup[]): boolean {
  return scope.regionPatterns.length === 0 && scope.clusterIds.length === 0 && groups.every((g) => g.technologyIds === null);
}

/**
 * Provider counts of every stage, inside the scope and elsewhere in Europe: from the summary when
 * it answers the question, else one statement with a
 * GROUP BY over the stages, whatever their number. It reads the application index
 * (capability_application(application_id, capability_id)) once for the union of the stages'
 * application terms, then sorts each capability into the stages it belongs to.
 */
export function stageCountsLoader(context: RequestContext, scope: CoverageScope) {
  return context.loaders.get<StageGroup, StageCounts>(
    `valueChain.counts:${scope.key}`,
    async (groups) => {
      if (summaryAnswers(scope, groups)) return countsFromSummary(context, scope, groups);
      const params = new Params();
      const inside = insideScopeSql(scope, params);
      const elsewhere = isEmptyScope(scope) ? 'FALSE' : `NOT inside AND country = ANY(${params.add(EUROPEAN_COUNTRIES)}::text[])`;
      const rows = await context.db.query<{ key: string; inside: string; elsewhere: string }>(
        `WITH ${hitsSql(groups, params)}
         SELECT key, count(DISTINCT id) FILTER (WHERE inside) AS inside, count(DISTINCT id) FILTER (WHERE ${elsewhere}) AS elsewhere
         FROM (
           SELECT g.key, o.id, o.country, ${inside} AS inside
           FROM hits c
           JOIN ${groupsSql(groups, params)}
             ON c.application_id = ANY(g.application_ids) AND c.stage_id = ANY(g.stage_ids) ${technologySql(groups)}
           JOIN organization o ON o.id = c.organization_id AND o.deleted_at IS NULL
         ) p
         GROUP BY key`,
        params.values,
      );
      const byKey = new Map(rows.map((r) => [r.key, { inside: Number(r.inside), elsewhere: Number(r.elsewhere) }]));
      return groups.map((g) => byKey.get(g.key) ?? { inside: 0, elsewhere: 0 });
    },
    groupKey,
  );
}

/** Best first: highest readiness level at the stage, then verified, then by id. */
const PROVIDER_SORT: KeysetSort = { expression: '(b.best_trl * 2 + o.verified::int)', type: 'integer', direction: 'DESC', id: 'o.id' };

/**
 * A page of providers for each of many stages in one statement (a LATERAL subquery per stage),
 * inside the scope or elsewhere in Europe; totals come from stageCountsLoader.
 */
export function stageProvidersLoader(context: RequestContext, scope: CoverageScope, side: ProviderSide, args: ForwardPageArgs) {
  const counts = stageCountsLoader(context, scope);
  return context.loaders.get<StageGroup, ConnectionResult<ValueChainProvider>>(
    `valueChain.providers:${side}:${scope.key}:${JSON.stringify([args.first, args.after])}`,
    async (groups) => {
      const page = parsePageArgs({ first: args.first, after: args.after });
      const params = new Params();
      const hits = hitsSql(groups, params);
      const groupSet = groupsSql(groups, params);
      const inside = insideScopeSql(scope, params);
      const where = ['o.deleted_at IS NULL'];
      if (side === 'INSIDE') where.push(inside);
      else where.push(`NOT ${inside}`, `o.country = ANY(${params.add(EUROPEAN_COUNTRIES)}::text[])`);
      if (side === 'ELSEWHERE' && isEmptyScope(scope)) where.push('FALSE');
      const keyset = keysetPage(PROVIDER_SORT, page, params);
      if (keyset.where) where.push(keyset.where);
      const rows = await context.db.query<OrganizationRow & { group_key: string; best_trl: number; sort_key: number }>(
        `WITH ${hits}
         SELECT g.key AS group_key, x.* FROM ${groupSet}
         CROSS JOIN LATERAL (
           SELECT ${ORGANIZATION_COLUMNS}, b.best_trl, ${PROVIDER_SORT.expression} AS sort_key
           FROM (
             SELECT c.organization_id, max(c.trl) AS best_trl FROM hits c
             WHERE c.application_id = ANY(g.application_ids) AND c.stage_id = ANY(g.stage_ids) ${technologySql(groups)}
             GROUP BY c.organization_id
           ) b JOIN organization o ON o.id = b.organization_id
           WHERE ${where.join(' AND ')}
           ORDER BY ${keyset.orderBy} LIMIT ${keyset.limit}
         ) x`,
        params.values,
      );
      const grouped = groupBy(
        groups.map((group) => group.key),
        rows,
        (row) => row.group_key,
      );
      return groups.map((group, index) =>
        toConnection(
          grouped[index]!,
          page,
          (row) => cursorKey(row.sort_key, row.id),
          (row) => ({ organization: toOrganization(row), bestTrl: row.best_trl, country: row.country }),
          async () => {
            const total = await counts.load(group);
            return side === 'INSIDE' ? total.inside : total.elsewhere;
          },
        ),
      );
    },
    groupKey,
  );
}
