import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { Connection, type ConnectionResult } from '../../graphql/connection';
import type { RequestContext } from '../../graphql/context';
import { registerNodeType } from '../../graphql/node';
import { PageArgs } from '../../graphql/pagination';
import { connectionItemFields } from '../../graphql/selected-fields';
import { organizationByIdLoader } from '../organizations/organization.loaders';
import { Organization } from '../organizations/organization.type';
import { withTaxonomy } from '../taxonomy/taxonomy-snapshot';
import { Term } from '../taxonomy/term.type';
import { capabilitiesByOrganizationLoader, capabilityApplicationsLoader, capabilityByIdLoader } from './capability.loaders';
import { Capability } from './capability.type';

export const CapabilityConnection = Connection(Capability, 'Capability', 'A page of capabilities.');

registerNodeType('Capability', (context, id) => capabilityByIdLoader(context).load(id));

@Resolver(() => Capability)
export class CapabilityResolver {
  @FieldResolver(() => Organization, { description: 'The organization that offers this capability.' })
  async organization(@Root() capability: Capability, @Ctx() context: RequestContext): Promise<Organization | null> {
    return organizationByIdLoader(context).load(capability.organizationDbId);
  }

  @FieldResolver(() => Term, { description: 'The enabling technology.' })
  technology(@Root() capability: Capability, @Ctx() context: RequestContext): Term | null | Promise<Term | null> {
    return withTaxonomy(context, (taxonomy) => taxonomy.get(capability.technologyDbId));
  }

  @FieldResolver(() => Term, { description: 'The value-chain stage at which it is offered.' })
  stage(@Root() capability: Capability, @Ctx() context: RequestContext): Term | null | Promise<Term | null> {
    return withTaxonomy(context, (taxonomy) => taxonomy.get(capability.stageDbId));
  }

  @FieldResolver(() => [Term], { description: 'The application areas it serves (a short list).' })
  applications(@Root() capability: Capability, @Ctx() context: RequestContext): Term[] | Promise<Term[]> {
    const toTerms = (ids: readonly number[]) =>
      withTaxonomy(context, (taxonomy) => ids.map((id) => taxonomy.get(id)).filter((t): t is Term => t !== null));
    // Listed capabilities bring their application ids along (capabilitiesByOrganizationLoader).
    return capability.applicationDbIds
      ? toTerms(capability.applicationDbIds)
      : capabilityApplicationsLoader(context).load(capability.dbId).then(toTerms);
  }
}

@Resolver(() => Organization)
export class OrganizationCapabilitiesResolver {
  @FieldResolver(() => CapabilityConnection, { description: "The organization's capabilities, highest readiness first." })
  capabilities(
    @Root() organization: Organization,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionResult<Capability>> {
    return capabilitiesByOrganizationLoader(context, args, connectionItemFields(info).has('applications')).load(organization.dbId);
  }
}
