import { ArgsType, Field } from 'type-graphql';
import { ForwardPageArgs } from '../../graphql/pagination';
import { EventKind } from './event.type';
import type { EventKind as Kind } from './event.entity';

@ArgsType()
export class EventsArgs extends ForwardPageArgs {
  @Field(() => EventKind, { nullable: true, description: 'Only events of this kind (TRADE_MISSION for missions).' })
  kind?: Kind | null;

  @Field(() => String, { nullable: true, description: 'Only events held in this country (ISO 3166-1 alpha-2).' })
  country?: string | null;

  @Field(() => String, { nullable: true, description: 'Only events addressing this target market (ISO 3166-1 alpha-2).' })
  targetCountry?: string | null;

  @Field(() => String, { nullable: true, description: 'Only events that end on or after this date (YYYY-MM-DD).' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Only events that start on or before this date (YYYY-MM-DD).' })
  to?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only events that the organization with this slug organized, hosted or took part in.',
  })
  organization?: string | null;
}
