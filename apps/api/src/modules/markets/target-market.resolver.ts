import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Connection, type ConnectionResult } from '../../graphql/connection';
import type { RequestContext } from '../../graphql/context';
import { registerNodeType } from '../../graphql/node';
import { ForwardPageArgs } from '../../graphql/pagination';
import { OrganizationConnection } from '../organizations/organization.resolver';
import { Organization } from '../organizations/organization.type';
import { loadTaxonomy } from '../taxonomy/taxonomy-snapshot';
import { Term } from '../taxonomy/term.type';
import { TargetMarketsArgs } from './target-market.args';
import { exportInterestsLoader, interestedOrganizationsLoader, listTargetMarkets, targetMarketByIdLoader } from './target-market.service';
import { ExportInterest, TargetMarket } from './target-market.type';

export const TargetMarketConnection = Connection(TargetMarket, 'TargetMarket', 'A page of target markets.');

registerNodeType('TargetMarket', (context, id) => targetMarketByIdLoader(context).load(id));

@Resolver(() => TargetMarket)
export class TargetMarketResolver {
  @Query(() => TargetMarketConnection, { description: 'Countries with market potential per application area, highest potential first.' })
  targetMarkets(
    @Args(() => TargetMarketsArgs) args: TargetMarketsArgs,
    @Ctx() context: RequestContext,
  ): Promise<ConnectionResult<TargetMarket>> {
    return listTargetMarkets(context, args);
  }

  @FieldResolver(() => Term, { description: 'The application area.' })
  async application(@Root() market: TargetMarket, @Ctx() context: RequestContext): Promise<Term | null> {
    return (await loadTaxonomy(context)).get(market.applicationDbId);
  }

  @FieldResolver(() => OrganizationConnection, {
    description: 'Organizations that want to export to this country, for this application area or for any; by name.',
  })
  interestedOrganizations(
    @Root() market: TargetMarket,
    @Args(() => ForwardPageArgs) args: ForwardPageArgs,
    @Ctx() context: RequestContext,
  ): Promise<ConnectionResult<Organization>> {
    return interestedOrganizationsLoader(context, args).load(market.dbId);
  }
}

@Resolver(() => ExportInterest)
export class ExportInterestResolver {
  @FieldResolver(() => Term, { nullable: true, description: 'The application area; null when the interest is for any.' })
  async application(@Root() interest: ExportInterest, @Ctx() context: RequestContext): Promise<Term | null> {
    return interest.applicationDbId === null ? null : (await loadTaxonomy(context)).get(interest.applicationDbId);
  }
}

@Resolver(() => Organization)
export class OrganizationExportInterestsResolver {
  @FieldResolver(() => [ExportInterest], { description: 'The countries this organization wants to export to (a short list).' })
  exportInterests(@Root() organization: Organization, @Ctx() context: RequestContext): Promise<ExportInterest[]> {
    return exportInterestsLoader(context).load(organization.dbId);
  }
}
