import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { childPagesLoader } from '../../graphql/child-pages';
import { Connection, type ConnectionResult } from '../../graphql/connection';
import type { RequestContext } from '../../graphql/context';
import { NotFoundError } from '../../graphql/errors';
import { registerNodeType } from '../../graphql/node';
import { PageArgs } from '../../graphql/pagination';
import { OrganizationsArgs } from '../organizations/organization.args';
import { OrganizationConnection } from '../organizations/organization.resolver';
import { organizationGroupsLoader } from '../organizations/organization-groups';
import { organizationColumns } from '../organizations/organization-columns';
import { Organization } from '../organizations/organization.type';
import { loadTaxonomy } from '../taxonomy/taxonomy-snapshot';
import { Term } from '../taxonomy/term.type';
import { CommunitiesArgs, EndLinksArgs } from './community.args';
import { communityByIdLoader, communityBySlugLoader, communityTermIdsLoader } from './community.loaders';
import { listCommunities } from './community.service';
import { COMMUNITY_COLUMNS, Community, toCommunity, type CommunityRow } from './community.type';
import { LinkConnection } from './link.resolver';
import { linksByEndLoader } from './link.service';
import { LinkKind, type Link } from './link.type';

export const CommunityConnection = Connection(Community, 'Community', 'A page of communities.');

registerNodeType('Community', (context, id) => communityByIdLoader(context).load(id));

@Resolver(() => Community)
export class CommunityResolver {
  @Query(() => Community, { description: 'A community by its slug. NOT_FOUND when no community has that slug.' })
  async community(
    @Arg('slug', () => String, { description: 'The community slug.' }) slug: string,
    @Ctx() context: RequestContext,
  ): Promise<Community> {
    const community = await communityBySlugLoader(context).load(slug);
    if (!community) throw new NotFoundError('community', slug);
    return community;
  }

  @Query(() => CommunityConnection, { description: 'Communities by name, optionally matching a search text or tagged with terms.' })
  communities(@Args(() => CommunitiesArgs) args: CommunitiesArgs, @Ctx() context: RequestContext): Promise<ConnectionResult<Community>> {
    return listCommunities(context, args);
  }

  @FieldResolver(() => OrganizationConnection, {
    description: 'The organizations taking part in this community, filtered and sorted like `organizations`.',
  })
  members(
    @Root() community: Community,
    @Args(() => OrganizationsArgs) args: OrganizationsArgs,
    @Ctx() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionResult<Organization>> {
    return organizationGroupsLoader(context, 'COMMUNITY', args, { columns: organizationColumns(info) }).load({
      key: community.dbId,
      ids: [community.dbId],
    });
  }

  @FieldResolver(() => [Term], { description: 'The terms this community is tagged with (a short list).' })
  async terms(@Root() community: Community, @Ctx() context: RequestContext): Promise<Term[]> {
    const [taxonomy, ids] = await Promise.all([loadTaxonomy(context), communityTermIdsLoader(context).load(community.dbId)]);
    return ids.map((id) => taxonomy.get(id)).filter((t): t is Term => t !== null);
  }

  @FieldResolver(() => LinkConnection, { description: 'Links to other communities, where this one is either side, newest first.' })
  links(
    @Root() community: Community,
    @Args(() => EndLinksArgs) args: EndLinksArgs,
    @Ctx() context: RequestContext,
  ): Promise<ConnectionResult<Link>> {
    const { status = null, ...page } = args;
    return linksByEndLoader(context, LinkKind.COMMUNITY, status, page).load(community.dbId);
  }
}

@Resolver(() => Organization)
export class OrganizationCommunitiesResolver {
  @FieldResolver(() => CommunityConnection, { description: 'The communities this organization takes part in, by name.' })
  communities(
    @Root() organization: Organization,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() context: RequestContext,
  ): Promise<ConnectionResult<Community>> {
    return childPagesLoader(
      context,
      {
        name: 'community.byOrganization',
        from: 'community_member cmm JOIN community cm ON cm.id = cmm.community_id',
        parent: 'cmm.organization_id',
        select: COMMUNITY_COLUMNS,
        sort: { expression: 'cm.name', type: 'text', direction: 'ASC', id: 'cm.id' },
        toNode: (row: CommunityRow) => toCommunity(row),
      },
      args,
    ).load(organization.dbId);
  }
}
