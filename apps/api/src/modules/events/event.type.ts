import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { toGlobalId } from '../../graphql/node-id';
import { Country, toCountry } from '../geography/country.type';
import type { Organization } from '../organizations/organization.type';
import { EVENT_KINDS, type EventKind as Kind } from './event.entity';

export const EventKind = Object.fromEntries(EVENT_KINDS.map((k) => [k, k])) as { [K in Kind]: K };
registerEnumType(EventKind, {
  name: 'EventKind',
  description: 'What kind of event this is; trade missions are the missions of the home-page counts.',
  valuesConfig: {
    WORKSHOP: { description: 'A workshop or seminar.' },
    TRADE_MISSION: { description: 'A business mission abroad, to a target market.' },
    CLUSTER_EXCHANGE: { description: 'A ClusterXchange visit between clusters.' },
    TRADE_FAIR: { description: 'A trade fair or exhibition.' },
    MATCHMAKING: { description: 'A matchmaking or brokerage session.' },
  },
});

export const EVENT_ROLES = ['ORGANIZER', 'HOST', 'PARTICIPANT'] as const;
export type EventRoleValue = (typeof EVENT_ROLES)[number];
export const EventRole = Object.fromEntries(EVENT_ROLES.map((k) => [k, k])) as { [K in EventRoleValue]: K };
registerEnumType(EventRole, {
  name: 'EventRole',
  description: 'The part an organization plays in an event.',
  valuesConfig: {
    ORGANIZER: { description: 'Organized the event.' },
    HOST: { description: 'Received the participants.' },
    PARTICIPANT: { description: 'Took part.' },
  },
});

@ObjectType({ implements: Node, description: 'A workshop, trade mission, ClusterXchange visit, trade fair or matchmaking session.' })
export class Event implements Node {
  readonly __typename = 'Event';

  dbId!: number;
  organizerDbId!: number | null;

  @Field(() => ID, { description: 'Opaque global ID.' })
  id!: string;

  @Field(() => String, { description: 'Stable, human-readable identifier used in URLs.' })
  slug!: string;

  @Field(() => EventKind, { description: 'Kind of event.' })
  kind!: Kind;

  @Field(() => String, { description: 'Title of the event.' })
  title!: string;

  @Field(() => String, { description: 'First day (ISO 8601, YYYY-MM-DD).' })
  startsOn!: string;

  @Field(() => String, { description: 'Last day (YYYY-MM-DD).' })
  endsOn!: string;

  @Field(() => String, { nullable: true, description: 'City where it takes place.' })
  city!: string | null;

  @Field(() => Country, { nullable: true, description: 'Country where it takes place.' })
  country!: Country | null;

  @Field(() => [Country], { description: 'The markets the event addresses, e.g. the destination of a mission (a short list).' })
  targetCountries!: Country[];

  @Field(() => String, { description: 'What came out of it (plain text).' })
  outcomes!: string;

  @Field(() => Date, { description: 'When the event was recorded.' })
  createdAt!: Date;

  @Field(() => Int, { description: 'Version, incremented by every change.' })
  version!: number;
}

@ObjectType({ description: 'An organization taking part in an event, with its role.' })
export class EventParticipant {
  @Field(() => EventRole, { description: 'Organizer, host or participant.' })
  role!: EventRoleValue;

  @Field(() => String, { description: 'What the event brought this organization (plain text; often empty).' })
  outcome!: string;

  organization!: Organization;
}

export interface EventRow {
  id: number;
  slug: string;
  kind: Kind;
  title: string;
  starts_on: string;
  ends_on: string;
  city: string | null;
  country: string | null;
  organizer_id: number | null;
  target_countries: string[];
  outcomes: string;
  created_at: Date;
  version: number;
}

/** Dates as text, so that no time zone shifts them. */
export const EVENT_COLUMNS =
  'e.id, e.slug, e.kind, e.title, e.starts_on::text AS starts_on, e.ends_on::text AS ends_on, e.city, e.country, e.organizer_id, e.target_countries, e.outcomes, e.created_at, e.version';

export function toEvent(row: EventRow): Event {
  return Object.assign(new Event(), {
    dbId: row.id,
    organizerDbId: row.organizer_id,
    id: toGlobalId('Event', row.id),
    slug: row.slug,
    kind: row.kind,
    title: row.title,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    city: row.city,
    country: row.country ? toCountry(row.country) : null,
    targetCountries: row.target_countries.map(toCountry),
    outcomes: row.outcomes,
    createdAt: row.created_at,
    version: row.version,
  });
}
