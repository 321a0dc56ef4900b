import type { RequestContext } from '../../graphql/context';
import { connectionFromSortedArray, type ConnectionResult } from '../../graphql/connection';
import { BadInputError } from '../../graphql/errors';
import { parsePageArgs, type ForwardPageArgs } from '../../graphql/pagination';
import { Params } from '../../graphql/sql';
import { loadOrganizationsBySlug } from '../organizations/organization.loaders';
import { ORGANIZATION_COLUMNS, toOrganization, type OrganizationRow } from '../organizations/organization.type';
import { computedKpisSql } from './kpi-compute';
import { comparePeriods, parsePeriod, type KpiPeriod } from './kpi-period';
import { ClusterKpi, KpiBenchmarkEntry, toKpiDefinition, type KpiDefinition, type KpiDefinitionRow } from './kpi.type';

const KPI_COLUMNS = 'k.id, k.code, k.name, k.description, k.unit, k.computed';

/** Every KPI definition, once per request (a few dozen rows at most). */
export function loadKpiDefinitions(context: RequestContext): Promise<KpiDefinition[]> {
  return context.loaders
    .get<'all', KpiDefinition[]>('kpi.definitions', async (keys) => {
      const rows = await context.db.query<KpiDefinitionRow>(`SELECT ${KPI_COLUMNS} FROM kpi_definition k ORDER BY k.code, k.id`);
      const definitions = rows.map(toKpiDefinition);
      return keys.map(() => definitions);
    })
    .load('all');
}

export async function kpiDefinitionById(context: RequestContext, id: number): Promise<KpiDefinition | null> {
  return (await loadKpiDefinitions(context)).find((k) => k.dbId === id) ?? null;
}

export async function listKpiDefinitions(context: RequestContext, args: ForwardPageArgs): Promise<ConnectionResult<KpiDefinition>> {
  const page = parsePageArgs({ first: args.first, after: args.after });
  return connectionFromSortedArray(await loadKpiDefinitions(context), page, (k) => [k.code, k.dbId]);
}

const MAX_PERIODS = 20;

export function parsePeriods(periods: readonly string[] | null | undefined, argument: string): KpiPeriod[] | null {
  if (periods == null) return null;
  if (periods.length > MAX_PERIODS) throw new BadInputError(argument, `"${argument}" takes at most ${MAX_PERIODS} periods.`);
  return [...new Set(periods)].map((p) => parsePeriod(p, argument));
}

const pairsParam = (pairs: { cluster_id: number; period: KpiPeriod }[], params: Params) =>
  `SELECT * FROM jsonb_to_recordset(${params.add(
    JSON.stringify(pairs.map((p) => ({ cluster_id: p.cluster_id, period: p.period.period, starts: p.period.starts, ends: p.period.ends }))),
  )}::jsonb) AS x(cluster_id int, period text, starts date, ends date)`;

/**
 * KPIs of many clusters in three statements whatever their number: the definitions, the stored
 * targets and reported values, and the computed values of every (cluster, period) pair.
 * Without `periods`, a cluster's periods are those it has records for, plus the current year.
 */
export function clusterKpisLoader(context: RequestContext, periods: KpiPeriod[] | null) {
  return context.loaders.get<number, ClusterKpi[]>(
    `kpi.byCluster:${JSON.stringify(periods?.map((p) => p.period) ?? null)}`,
    async (clusterIds) => {
      const definitions = await loadKpiDefinitions(context);
      const stored = await context.db.query<{
        cluster_id: number;
        kpi_id: number;
        kind: 'TARGET' | 'MEASUREMENT';
        period: string;
        value: number;
      }>('SELECT cluster_id, kpi_id, kind, period, value FROM kpi_value WHERE cluster_id = ANY($1::int[])', [clusterIds]);
      const recordKey = (cluster: number, kpi: number, period: string) => `${cluster}:${kpi}:${period}`;
      const targets = new Map<string, number>();
      const measured = new Map<string, number>();
      const storedPeriods = new Map<number, Set<string>>();
      for (const row of stored) {
        (row.kind === 'TARGET' ? targets : measured).set(recordKey(row.cluster_id, row.kpi_id, row.period), row.value);
        storedPeriods.set(row.cluster_id, (storedPeriods.get(row.cluster_id) ?? new Set()).add(row.period));
      }
      const currentYear = String(new Date().getUTCFullYear());
      const periodsOf = (cluster: number): string[] =>
        periods ? periods.map((p) => p.period) : [...new Set([...(storedPeriods.get(cluster) ?? []), currentYear])].sort(comparePeriods);
      const computedCodes = definitions.filter((d) => d.computed).map((d) => d.code);
      const pairs = clusterIds.flatMap((cluster) =>
        periodsOf(cluster).map((period) => ({ cluster_id: cluster, period: parsePeriod(period, 'periods') })),
      );
      const computed = new Map<string, number>();
      if (computedCodes.length > 0 && pairs.length > 0) {
        const params = new Params();
        const sql = computedKpisSql(pairsParam(pairs, params), computedCodes, params);
        for (const row of await context.db.query<{ cluster_id: number; period: string; code: string; value: number }>(sql, params.values)) {
          computed.set(`${row.cluster_id}:${row.code}:${row.period}`, row.value);
        }
      }
      return clusterIds.map((cluster) =>
        definitions.map((kpi) => {
          const own = kpi.computed
            ? periodsOf(cluster)
            : periods
              ? periods.map((p) => p.period)
              : [...(storedPeriods.get(cluster) ?? [])].sort(comparePeriods);
          return Object.assign(new ClusterKpi(), {
            kpi,
            periods: own
              .filter(
                (period) =>
                  kpi.computed ||
                  periods ||
                  targets.has(recordKey(cluster, kpi.dbId, period)) ||
                  measured.has(recordKey(cluster, kpi.dbId, period)),
              )
              .map((period) => ({
                period,
                target: targets.get(recordKey(cluster, kpi.dbId, period)) ?? null,
                value: kpi.computed
                  ? (computed.get(`${cluster}:${kpi.code}:${period}`) ?? null)
                  : (measured.get(recordKey(cluster, kpi.dbId, period)) ?? null),
                computed: kpi.computed && computed.has(`${cluster}:${kpi.code}:${period}`),
              })),
          });
        }),
      );
    },
  );
}

/**
 * Clusters compared on one KPI for one period in one statement: each cluster's value (computed,
 * or reported for typed KPIs: clusters without a report are left out), its rank and percentile.
 */
export async function kpiBenchmark(
  context: RequestContext,
  code: string,
  periodText: string,
  slugs: readonly string[] | null | undefined,
  args: ForwardPageArgs,
): Promise<ConnectionResult<KpiBenchmarkEntry>> {
  const page = parsePageArgs({ first: args.first, after: args.after });
  const period = parsePeriod(periodText, 'period');
  const kpi = (await loadKpiDefinitions(context)).find((k) => k.code === code);
  if (!kpi) throw new BadInputError('kpi', `No KPI has the code "${code.slice(0, 100)}".`);
  if (slugs && slugs.length > 100) throw new BadInputError('clusters', '"clusters" takes at most 100 values.');
  let clusterIds: number[] | null = null;
  if (slugs?.length) {
    const clusters = await loadOrganizationsBySlug(context, slugs);
    clusterIds = clusters.map((cluster, index) => {
      if (!cluster || cluster.kind !== 'CLUSTER')
        throw new BadInputError('clusters', `No cluster has the slug "${slugs[index]!.slice(0, 100)}".`);
      return cluster.dbId;
    });
  }
  const params = new Params();
  const clusterFilter = clusterIds ? `AND o.id = ANY(${params.add(clusterIds)}::int[])` : '';
  const pairs = `SELECT o.id AS cluster_id, ${params.add(period.period)}::text AS period, ${params.add(period.starts)}::date AS starts, ${params.add(period.ends)}::date AS ends
    FROM organization o WHERE o.kind = 'CLUSTER' AND o.deleted_at IS NULL ${clusterFilter}`;
  const values = kpi.computed
    ? `SELECT cluster_id, value FROM (${computedKpisSql(pairs, [kpi.code], params)}) computed`
    : `SELECT v.cluster_id, v.value FROM kpi_value v JOIN (${pairs}) p ON p.cluster_id = v.cluster_id
       WHERE v.kpi_id = ${params.add(kpi.dbId)} AND v.kind = 'MEASUREMENT' AND v.period = p.period`;
  const rows = await context.db.query<OrganizationRow & { value: number; rank: string; percentile: number }>(
    `SELECT ${ORGANIZATION_COLUMNS}, r.value, r.rank, r.percentile FROM (
       SELECT cluster_id, value, rank() OVER (ORDER BY value DESC) AS rank, 100 * cume_dist() OVER (ORDER BY value ASC) AS percentile
       FROM (${values}) v WHERE value IS NOT NULL
     ) r JOIN organization o ON o.id = r.cluster_id
     ORDER BY r.rank, o.id`,
    params.values,
  );
  const entries = rows.map((row) =>
    Object.assign(new KpiBenchmarkEntry(), {
      cluster: toOrganization(row),
      value: row.value,
      rank: Number(row.rank),
      percentile: Math.round(row.percentile * 10) / 10,
    }),
  );
  return connectionFromSortedArray(entries, page, (e) => [e.rank, e.cluster.dbId]);
}
