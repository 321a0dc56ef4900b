import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Connection, type ConnectionResult } from '../../graphql/connection';
import type { RequestContext } from '../../graphql/context';
import { registerNodeType } from '../../graphql/node';
import { ForwardPageArgs } from '../../graphql/pagination';
import { Organization } from '../organizations/organization.type';
import { clusterKpisLoader, kpiBenchmark, kpiDefinitionById, listKpiDefinitions, parsePeriods } from './kpi.service';
import { ClusterKpi, KpiBenchmarkEntry, KpiDefinition } from './kpi.type';

export const KpiDefinitionConnection = Connection(KpiDefinition, 'KpiDefinition', 'A page of KPI definitions, by code.');
export const KpiBenchmarkEntryConnection = Connection(KpiBenchmarkEntry, 'KpiBenchmarkEntry', 'Clusters compared on a KPI, best first.');

registerNodeType('KpiDefinition', (context, id) => kpiDefinitionById(context, id));

@Resolver(() => KpiDefinition)
export class KpiResolver {
  @Query(() => KpiDefinitionConnection, { description: 'The KPI definitions, by code.' })
  kpiDefinitions(
    @Args(() => ForwardPageArgs) args: ForwardPageArgs,
    @Ctx() context: RequestContext,
  ): Promise<ConnectionResult<KpiDefinition>> {
    return listKpiDefinitions(context, args);
  }

  @Query(() => KpiBenchmarkEntryConnection, {
    description:
      'Clusters compared on one KPI for one period: value, rank and percentile. Computed KPIs compare every given cluster (zero included); reported KPIs only the clusters that reported a value.',
  })
  kpiBenchmark(
    @Arg('kpi', () => String, { description: 'The KPI code, e.g. "agreements-signed".' }) kpi: string,
    @Arg('period', () => String, { description: 'The period: a year ("2024"), a quarter ("2024-Q2") or a month ("2024-06").' })
    period: string,
    @Arg('clusters', () => [String], { nullable: true, description: 'Clusters to compare (slugs); all clusters when omitted.' })
    clusters: string[] | null,
    @Args(() => ForwardPageArgs) args: ForwardPageArgs,
    @Ctx() context: RequestContext,
  ): Promise<ConnectionResult<KpiBenchmarkEntry>> {
    return kpiBenchmark(context, kpi, period, clusters, args);
  }
}

@Resolver(() => Organization)
export class OrganizationKpisResolver {
  @FieldResolver(() => [ClusterKpi], {
    description:
      "A cluster's KPIs (one per KPI definition, a short list) with targets and values per period; empty for organizations that are not clusters. Computed KPIs are computed from the platform data for each period.",
  })
  async kpis(
    @Root() organization: Organization,
    @Arg('periods', () => [String], {
      nullable: true,
      description:
        'Periods to report (at most 20): years, quarters or months. Default: the periods the cluster has records for, and the current year.',
    })
    periods: string[] | null,
    @Ctx() context: RequestContext,
  ): Promise<ClusterKpi[]> {
    const parsed = parsePeriods(periods, 'periods');
    if (organization.kind !== 'CLUSTER') return [];
    return clusterKpisLoader(context, parsed).load(organization.dbId);
  }
}
