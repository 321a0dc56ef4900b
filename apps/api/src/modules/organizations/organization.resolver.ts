import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { organizationColumns } from './organization-columns';
import { Connection, type ConnectionResult } from '../../graphql/connection';
import type { RequestContext } from '../../graphql/context';
import { NotFoundError } from '../../graphql/errors';
import { registerNodeType } from '../../graphql/node';
import { Term } from '../taxonomy/term.type';
import { OrganizationsArgs } from './organization.args';
import { organizationByIdLoader, organizationBySlugLoader } from './organization.loaders';
import { organizationGroupsLoader } from './organization-groups';
import { listOrganizations } from './organization.service';
import { loadTaxonomy } from '../taxonomy/taxonomy-snapshot';
import { Organization } from './organization.type';

export const OrganizationConnection = Connection(Organization, 'Organization', 'A page of organizations.');

registerNodeType('Organization', (context, id) => organizationByIdLoader(context).load(id));

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization, { description: 'An organization by its slug. NOT_FOUND when no organization has that slug.' })
  async organization(
    @Arg('slug', () => String, { description: 'The organization slug.' }) slug: string,
    @Ctx() context: RequestContext,
  ): Promise<Organization> {
    const organization = await organizationBySlugLoader(context).load(slug);
    if (!organization) throw new NotFoundError('organization', slug);
    return organization;
  }

  @Query(() => OrganizationConnection, {
    description: 'Organizations matching a filter: by kind, place, cluster, technology, application, stage, TRL, or free text.',
  })
  organizations(
    @Args(() => OrganizationsArgs) args: OrganizationsArgs,
    @Ctx() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionResult<Organization>> {
    return listOrganizations(context, args, organizationColumns(info));
  }
}

@Resolver(() => Term)
export class TermProvidersResolver {
  @FieldResolver(() => OrganizationConnection, {
    description: 'Organizations with a capability in this term or any of its descendants; the filter narrows them further.',
  })
  async providers(
    @Root() term: Term,
    @Args(() => OrganizationsArgs) args: OrganizationsArgs,
    @Ctx() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionResult<Organization>> {
    const taxonomy = await loadTaxonomy(context);
    const ids = [term.dbId, ...taxonomy.descendantsOf(term.dbId).map((t) => t.dbId)];
    return organizationGroupsLoader(context, term.facet, args, { columns: organizationColumns(info) }).load({ key: term.dbId, ids });
  }
}
