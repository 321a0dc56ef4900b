import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { childPagesLoader } from '../../graphql/child-pages';
import type { ConnectionResult } from '../../graphql/connection';
import type { RequestContext } from '../../graphql/context';
import { OrganizationsArgs } from '../organizations/organization.args';
import { OrganizationConnection } from '../organizations/organization.resolver';
import { organizationGroupsLoader } from '../organizations/organization-groups';
import { organizationColumns } from '../organizations/organization-columns';
import { ORGANIZATION_COLUMNS, Organization, toOrganization, type OrganizationRow } from '../organizations/organization.type';
import { PageArgs } from '../../graphql/pagination';

@Resolver(() => Organization)
export class MembershipResolver {
  @FieldResolver(() => OrganizationConnection, { description: 'The clusters this organization is an active member of, by name.' })
  clusters(
    @Root() organization: Organization,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() context: RequestContext,
  ): Promise<ConnectionResult<Organization>> {
    return childPagesLoader(
      context,
      {
        name: 'membership.clusters',
        from: "membership m JOIN organization o ON o.id = m.cluster_id AND o.deleted_at IS NULL AND m.status = 'ACTIVE'",
        parent: 'm.organization_id',
        select: ORGANIZATION_COLUMNS,
        sort: { expression: 'o.name', type: 'text', direction: 'ASC', id: 'o.id' },
        toNode: (row: OrganizationRow) => toOrganization(row),
      },
      args,
    ).load(organization.dbId);
  }

  @FieldResolver(() => OrganizationConnection, {
    description: 'For a cluster, its active members, filtered and sorted like `organizations`; empty for other kinds.',
  })
  members(
    @Root() organization: Organization,
    @Args(() => OrganizationsArgs) args: OrganizationsArgs,
    @Ctx() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionResult<Organization>> {
    return organizationGroupsLoader(context, 'CLUSTER', args, { columns: organizationColumns(info) }).load({
      key: organization.dbId,
      ids: [organization.dbId],
    });
  }
}
