import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Connection, type ConnectionResult } from '../../graphql/connection';
import type { RequestContext } from '../../graphql/context';
import { NotFoundError } from '../../graphql/errors';
import { registerNodeType } from '../../graphql/node';
import { ForwardPageArgs } from '../../graphql/pagination';
import { agreementByIdLoader } from '../agreements/agreement.service';
import { Agreement } from '../agreements/agreement.type';
import { kpiDefinitionById } from '../kpis/kpi.service';
import { KpiDefinition } from '../kpis/kpi.type';
import { organizationByIdLoader } from '../organizations/organization.loaders';
import { Organization } from '../organizations/organization.type';
import { RoadmapActionsArgs } from './roadmap-action.args';
import {
  actionKpisLoader,
  actionsByOrganizationLoader,
  agreementIdsLoader,
  listRoadmapActions,
  partnerIdsLoader,
  progressReportsLoader,
  roadmapActionByIdLoader,
  roadmapActionBySlugLoader,
} from './roadmap-action.service';
import { mayManageRoadmapAction, mayReportRoadmapProgress } from './roadmap-action.rules';
import { RoadmapAction, RoadmapActionKpi, RoadmapProgressReport } from './roadmap-action.type';

export const RoadmapActionConnection = Connection(RoadmapAction, 'RoadmapAction', 'A page of roadmap actions, earliest start first.');

registerNodeType('RoadmapAction', (context, id) => roadmapActionByIdLoader(context).load(id));

const present = <T>(items: (T | null | Error)[]): T[] => items.flatMap((i) => (i && !(i instanceof Error) ? [i] : []));

@Resolver(() => RoadmapAction)
export class RoadmapActionResolver {
  @Query(() => RoadmapAction, { description: 'A roadmap action by its slug. NOT_FOUND when no action has that slug.' })
  async roadmapAction(
    @Arg('slug', () => String, { description: 'The action slug.' }) slug: string,
    @Ctx() context: RequestContext,
  ): Promise<RoadmapAction> {
    const action = await roadmapActionBySlugLoader(context).load(slug);
    if (!action) throw new NotFoundError('roadmap action', slug);
    return action;
  }

  @Query(() => RoadmapActionConnection, {
    description: 'The roadmap of joint actions as a timeline (earliest start first), by cluster, status, market and dates.',
  })
  roadmapActions(
    @Args(() => RoadmapActionsArgs) args: RoadmapActionsArgs,
    @Ctx() context: RequestContext,
  ): Promise<ConnectionResult<RoadmapAction>> {
    return listRoadmapActions(context, args);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The cluster that owns the action; null if it was deleted since.' })
  ownerCluster(@Root() action: RoadmapAction, @Ctx() context: RequestContext): Promise<Organization | null> {
    return organizationByIdLoader(context).load(action.ownerClusterDbId);
  }

  @FieldResolver(() => [Organization], { description: 'Partner clusters and organizations (a short list).' })
  async partners(@Root() action: RoadmapAction, @Ctx() context: RequestContext): Promise<Organization[]> {
    return present(await organizationByIdLoader(context).loadMany(await partnerIdsLoader(context).load(action.dbId)));
  }

  @FieldResolver(() => [Agreement], { description: 'The agreements the action implements or prepares (a short list).' })
  async agreements(@Root() action: RoadmapAction, @Ctx() context: RequestContext): Promise<Agreement[]> {
    return present(await agreementByIdLoader(context).loadMany(await agreementIdsLoader(context).load(action.dbId)));
  }

  @FieldResolver(() => [RoadmapActionKpi], { description: 'The KPIs the action contributes to, by KPI code (a short list).' })
  kpis(@Root() action: RoadmapAction, @Ctx() context: RequestContext): Promise<RoadmapActionKpi[]> {
    return actionKpisLoader(context).load(action.dbId);
  }

  @FieldResolver(() => Boolean, {
    description:
      'True when the viewer may change or delete the action (managers of the owner cluster, admins), as the mutations check. False when anonymous.',
  })
  viewerCanEdit(@Root() action: RoadmapAction, @Ctx() context: RequestContext): boolean {
    return context.viewer !== null && mayManageRoadmapAction(context.viewer, action.ownerClusterDbId);
  }

  @FieldResolver(() => Boolean, {
    description:
      'True when the viewer may report progress (managers of the owner cluster, editors or managers of a partner, admins). False when anonymous.',
  })
  async viewerCanReportProgress(@Root() action: RoadmapAction, @Ctx() context: RequestContext): Promise<boolean> {
    if (!context.viewer) return false;
    return mayReportRoadmapProgress(context.viewer, action.ownerClusterDbId, await partnerIdsLoader(context).load(action.dbId));
  }

  @FieldResolver(() => [RoadmapProgressReport], { description: 'Progress reports, newest first (a short list, at most 20).' })
  progressReports(@Root() action: RoadmapAction, @Ctx() context: RequestContext): Promise<RoadmapProgressReport[]> {
    return progressReportsLoader(context).load(action.dbId);
  }
}

@Resolver(() => RoadmapActionKpi)
export class RoadmapActionKpiResolver {
  @FieldResolver(() => KpiDefinition, { description: 'The KPI.' })
  async kpi(@Root() link: RoadmapActionKpi, @Ctx() context: RequestContext): Promise<KpiDefinition> {
    return (await kpiDefinitionById(context, link.kpiDbId))!;
  }
}

@Resolver(() => Organization)
export class OrganizationRoadmapResolver {
  @FieldResolver(() => RoadmapActionConnection, {
    description: 'The roadmap actions this organization owns or is a partner of, earliest start first.',
  })
  roadmapActions(
    @Root() organization: Organization,
    @Args(() => ForwardPageArgs) args: ForwardPageArgs,
    @Ctx() context: RequestContext,
  ): Promise<ConnectionResult<RoadmapAction>> {
    return actionsByOrganizationLoader(context, args).load(organization.dbId);
  }
}
