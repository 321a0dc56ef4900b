import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Connection, type ConnectionResult } from '../../graphql/connection';
import type { RequestContext } from '../../graphql/context';
import { NotFoundError } from '../../graphql/errors';
import { registerNodeType } from '../../graphql/node';
import { ForwardPageArgs } from '../../graphql/pagination';
import { organizationByIdLoader } from '../organizations/organization.loaders';
import { Organization } from '../organizations/organization.type';
import { EventsArgs } from './event.args';
import { eventByIdLoader, eventBySlugLoader, eventsByOrganizationLoader, listEvents, participantsByEventLoader } from './event.service';
import { Event, EventParticipant } from './event.type';

export const EventConnection = Connection(Event, 'Event', 'A page of events.');
export const EventParticipantConnection = Connection(EventParticipant, 'EventParticipant', 'A page of event participants.');

registerNodeType('Event', (context, id) => eventByIdLoader(context).load(id));

@Resolver(() => Event)
export class EventResolver {
  @Query(() => Event, { description: 'An event by its slug. NOT_FOUND when no event has that slug.' })
  async event(@Arg('slug', () => String, { description: 'The event slug.' }) slug: string, @Ctx() context: RequestContext): Promise<Event> {
    const event = await eventBySlugLoader(context).load(slug);
    if (!event) throw new NotFoundError('event', slug);
    return event;
  }

  @Query(() => EventConnection, {
    description: 'Events and missions, newest first, filtered by kind, place, target market, dates and organization.',
  })
  events(@Args(() => EventsArgs) args: EventsArgs, @Ctx() context: RequestContext): Promise<ConnectionResult<Event>> {
    return listEvents(context, args);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organization that organized the event, when known.' })
  organizer(@Root() event: Event, @Ctx() context: RequestContext): Promise<Organization | null> {
    return event.organizerDbId === null ? Promise.resolve(null) : organizationByIdLoader(context).load(event.organizerDbId);
  }

  @FieldResolver(() => EventParticipantConnection, {
    description: 'The organizations taking part, with their roles: organizers and hosts first, then by name.',
  })
  participants(
    @Root() event: Event,
    @Args(() => ForwardPageArgs) args: ForwardPageArgs,
    @Ctx() context: RequestContext,
  ): Promise<ConnectionResult<EventParticipant>> {
    return participantsByEventLoader(context, args).load(event.dbId);
  }
}

@Resolver(() => EventParticipant)
export class EventParticipantResolver {
  @FieldResolver(() => Organization, { description: 'The participating organization.' })
  organization(@Root() participant: EventParticipant): Organization {
    return participant.organization;
  }
}

@Resolver(() => Organization)
export class OrganizationEventsResolver {
  @FieldResolver(() => EventConnection, { description: 'The events this organization organized, hosted or took part in, newest first.' })
  events(
    @Root() organization: Organization,
    @Args(() => ForwardPageArgs) args: ForwardPageArgs,
    @Ctx() context: RequestContext,
  ): Promise<ConnectionResult<Event>> {
    return eventsByOrganizationLoader(context, args).load(organization.dbId);
  }
}
