import { ArgsType, Field } from 'type-graphql';
import { ForwardPageArgs } from '../../graphql/pagination';
import { RoadmapStatus } from './roadmap-action.type';
import type { RoadmapStatus as Status } from './roadmap-action.entity';

@ArgsType()
export class RoadmapActionsArgs extends ForwardPageArgs {
  @Field(() => String, { nullable: true, description: 'Only actions this cluster (slug) owns or is a partner of.' })
  cluster?: string | null;

  @Field(() => RoadmapStatus, { nullable: true, description: 'Only actions with this status.' })
  status?: Status | null;

  @Field(() => String, { nullable: true, description: 'Only actions addressing this market (ISO 3166-1 alpha-2).' })
  targetCountry?: string | null;

  @Field(() => String, { nullable: true, description: 'Only actions that end on or after this date (YYYY-MM-DD).' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Only actions that start on or before this date (YYYY-MM-DD).' })
  to?: string | null;
}
