import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { ConnectionResult } from '../../graphql/connection';
import type { RequestContext } from '../../graphql/context';
import { NotFoundError } from '../../graphql/errors';
import { parseDateArgument } from '../../graphql/keyset-list';
import { ForwardPageArgs } from '../../graphql/pagination';
import { EventConnection } from '../events/event.resolver';
import type { Event } from '../events/event.type';
import { organizationByIdLoader } from '../organizations/organization.loaders';
import { OrganizationConnection } from '../organizations/organization.resolver';
import { Organization } from '../organizations/organization.type';
import { MarketContact, MarketRegulation, TradeFair } from './market-profile.type';
import { contactsLoader, missionsLoader, partnerClustersLoader, regulationsLoader, tradeFairsLoader } from './market-profile.service';
import { targetMarketByKey } from './target-market.service';
import { TargetMarket } from './target-market.type';

/** The profile of a target market: who to talk to there, the rules, the fairs and the track record. */
@Resolver(() => TargetMarket)
export class MarketProfileResolver {
  @Query(() => TargetMarket, {
    description: 'The profile of one target market: a country for an application area. NOT_FOUND when the market is not profiled.',
  })
  async targetMarket(
    @Arg('country', () => String, { description: 'The country (ISO 3166-1 alpha-2).' }) country: string,
    @Arg('application', () => String, { description: 'The application area (a term code).' }) application: string,
    @Ctx() context: RequestContext,
  ): Promise<TargetMarket> {
    const market = await targetMarketByKey(context, country, application);
    if (!market) throw new NotFoundError('target market', `${country} ${application}`);
    return market;
  }

  @FieldResolver(() => [MarketContact], {
    description:
      'Contact points there for this application area or for every area: partner clusters, soft landing, agencies (a short list, at most 50).',
  })
  contacts(@Root() market: TargetMarket, @Ctx() context: RequestContext): Promise<MarketContact[]> {
    return contactsLoader(context).load(market.dbId);
  }

  @FieldResolver(() => [MarketRegulation], {
    description: 'Regulations, standards and certifications products must meet there, for this area first (a short list, at most 50).',
  })
  regulations(@Root() market: TargetMarket, @Ctx() context: RequestContext): Promise<MarketRegulation[]> {
    return regulationsLoader(context).load(market.dbId);
  }

  @FieldResolver(() => [TradeFair], { description: 'The trade-fair calendar there, soonest first (a short list, at most 50).' })
  tradeFairs(
    @Root() market: TargetMarket,
    @Arg('from', () => String, {
      nullable: true,
      description: 'Only fairs ending on or after this date (YYYY-MM-DD); all editions when omitted.',
    })
    from: string | null,
    @Ctx() context: RequestContext,
  ): Promise<TradeFair[]> {
    return tradeFairsLoader(context, parseDateArgument(from, 'from')).load(market.dbId);
  }

  @FieldResolver(() => OrganizationConnection, { description: 'The clusters based in the country, by name.' })
  partnerClusters(
    @Root() market: TargetMarket,
    @Args(() => ForwardPageArgs) args: ForwardPageArgs,
    @Ctx() context: RequestContext,
  ): Promise<ConnectionResult<Organization>> {
    return partnerClustersLoader(context, args).load(market.dbId);
  }

  @FieldResolver(() => EventConnection, {
    description:
      'Past and planned missions, matchmaking events and fairs addressing the country or held there, newest first, with their outcomes.',
  })
  missions(
    @Root() market: TargetMarket,
    @Args(() => ForwardPageArgs) args: ForwardPageArgs,
    @Ctx() context: RequestContext,
  ): Promise<ConnectionResult<Event>> {
    return missionsLoader(context, args).load(market.dbId);
  }
}

@Resolver(() => MarketContact)
export class MarketContactResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'Its profile on the platform, when it has one.' })
  organization(@Root() contact: MarketContact, @Ctx() context: RequestContext): Promise<Organization | null> {
    return contact.organizationDbId === null ? Promise.resolve(null) : organizationByIdLoader(context).load(contact.organizationDbId);
  }
}
