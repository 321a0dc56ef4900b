import { Args, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Connection, type ConnectionResult } from '../../graphql/connection';
import type { RequestContext } from '../../graphql/context';
import { ForwardPageArgs } from '../../graphql/pagination';
import { requireManager } from '../accounts/auth-checker';
import { Organization } from '../organizations/organization.type';
import { AssessmentAggregate } from './aggregate.type';
import { assessmentAggregateLoader } from './assessment-aggregate.service';
import { assessmentScope } from './assessment.access';
import { assessmentsByOrganizationLoader } from './assessment.loaders';
import { Assessment } from './assessment.type';

export const AssessmentConnection = Connection(Assessment, 'Assessment', 'A page of export-readiness assessments, newest first.');

@Resolver(() => Organization)
export class OrganizationAssessmentsResolver {
  @Authorized()
  @FieldResolver(() => AssessmentConnection, {
    description:
      "The organization's export-readiness assessments, newest first: all of them for its editors, only the shared ones for the managers of its clusters; FORBIDDEN for anyone else.",
  })
  async assessments(
    @Root() organization: Organization,
    @Args(() => ForwardPageArgs) args: ForwardPageArgs,
    @Ctx() context: RequestContext,
  ): Promise<ConnectionResult<Assessment>> {
    const scope = await assessmentScope(context, organization.dbId);
    return assessmentsByOrganizationLoader(context, scope, args).load(organization.dbId);
  }

  @Authorized()
  @FieldResolver(() => AssessmentAggregate, {
    nullable: true,
    description:
      'For a cluster, the export readiness of its active members in aggregate (managers of the cluster); figures are withheld for groups smaller than the minimum. Null for other kinds.',
  })
  exportReadiness(@Root() organization: Organization, @Ctx() context: RequestContext): Promise<AssessmentAggregate> | null {
    if (organization.kind !== 'CLUSTER') return null;
    requireManager(context, organization.dbId);
    return assessmentAggregateLoader(context).load(organization.dbId);
  }
}
