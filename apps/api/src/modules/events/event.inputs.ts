import { ArrayMaxSize, IsIn, IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { EVENT_KINDS, type EventKind } from './event.entity';
import { VersionedChange } from '../../graphql/versioned-change';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DATE_MESSAGE = { message: 'must be a date "YYYY-MM-DD"' };
const COUNTRY = { message: 'must be an ISO 3166-1 alpha-2 code such as "FR"' };

@InputType({ description: 'A new event or mission, organized by a cluster.' })
export class CreateEventInput {
  @Field(() => ID, { description: 'The organizing cluster; you must manage it.' })
  organizerId!: string;

  @Field(() => String, { description: `Kind: ${EVENT_KINDS.join(', ')}.` })
  @IsIn([...EVENT_KINDS])
  kind!: EventKind;

  @Field(() => String, { description: 'Title (1 to 300 characters).' })
  @Length(1, 300)
  title!: string;

  @Field(() => String, { description: 'URL identifier: lower-case words joined by hyphens.' })
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'must be lower-case words joined by hyphens' })
  @MaxLength(100)
  slug!: string;

  @Field(() => String, { description: 'First day, "YYYY-MM-DD".' })
  @Matches(DATE, DATE_MESSAGE)
  startsOn!: string;

  @Field(() => String, { description: 'Last day, "YYYY-MM-DD" (not before startsOn).' })
  @Matches(DATE, DATE_MESSAGE)
  endsOn!: string;

  @Field(() => String, { nullable: true, description: 'City.' })
  @IsOptional()
  @MaxLength(200)
  city?: string | null;

  @Field(() => String, { nullable: true, description: 'Country (ISO 3166-1 alpha-2).' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, COUNTRY)
  country?: string | null;

  @Field(() => [String], { defaultValue: [], description: 'Target countries of a mission (ISO codes, at most 30).' })
  @ArrayMaxSize(30)
  @Matches(/^[A-Z]{2}$/, { ...COUNTRY, each: true })
  targetCountries!: string[];
}

@InputType({ description: 'Changes to an event; omitted fields stay as they are.' })
export class UpdateEventInput extends VersionedChange('Event', 'event') {
  @Field(() => String, { nullable: true, description: 'Title (1 to 300 characters).' })
  @IsOptional()
  @Length(1, 300)
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day, "YYYY-MM-DD".' })
  @IsOptional()
  @Matches(DATE, DATE_MESSAGE)
  endsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Outcomes: contacts made, agreements, follow-ups (at most 10,000 characters).' })
  @IsOptional()
  @MaxLength(10_000)
  outcomes?: string | null;
}

@InputType({ description: 'An organization taking part in an event, with its outcome.' })
export class EventParticipantInput {
  @Field(() => ID, { description: 'The event.' })
  eventId!: string;

  @Field(() => ID, { description: 'The participating organization.' })
  organizationId!: string;

  @Field(() => String, { defaultValue: 'PARTICIPANT', description: 'ORGANIZER, HOST or PARTICIPANT.' })
  @IsIn(['ORGANIZER', 'HOST', 'PARTICIPANT'])
  role!: 'ORGANIZER' | 'HOST' | 'PARTICIPANT';

  @Field(() => String, { defaultValue: '', description: 'What came out of it for this participant (at most 2,000 characters).' })
  @MaxLength(2000)
  outcome!: string;
}
