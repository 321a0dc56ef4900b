import { Args, Ctx, FieldResolver, Query, Resolver } from 'type-graphql';
import type { ConnectionResult } from '../../graphql/connection';
import type { RequestContext } from '../../graphql/context';
import { ForwardPageArgs } from '../../graphql/pagination';
import { AgreementConnection } from '../agreements/agreement.resolver';
import { listAgreements } from '../agreements/agreement.service';
import type { Agreement } from '../agreements/agreement.type';
import { EventConnection } from '../events/event.resolver';
import { listEvents } from '../events/event.service';
import type { Event } from '../events/event.type';
import { loadStats } from './stats.service';
import { Stats } from './stats.type';

@Resolver(() => Stats)
export class StatsResolver {
  @Query(() => Stats, { description: "Counts for the portal's home page, with the latest agreements and events." })
  stats(@Ctx() context: RequestContext): Promise<Stats> {
    return loadStats(context);
  }

  @FieldResolver(() => AgreementConnection, { description: 'The most recently signed agreements, newest first.' })
  latestAgreements(
    @Args(() => ForwardPageArgs) args: ForwardPageArgs,
    @Ctx() context: RequestContext,
  ): Promise<ConnectionResult<Agreement>> {
    return listAgreements(context, args);
  }

  @FieldResolver(() => EventConnection, { description: 'The most recent events and missions, newest first.' })
  latestEvents(@Args(() => ForwardPageArgs) args: ForwardPageArgs, @Ctx() context: RequestContext): Promise<ConnectionResult<Event>> {
    return listEvents(context, args);
  }
}
