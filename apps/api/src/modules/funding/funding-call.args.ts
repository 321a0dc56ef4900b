import { ArgsType, Field } from 'type-graphql';
import { ForwardPageArgs } from '../../graphql/pagination';

@ArgsType()
export class FundingCallsArgs extends ForwardPageArgs {
  @Field(() => String, { nullable: true, description: 'Only calls of this programme (exact name, e.g. "Horizon Europe").' })
  programme?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Only calls with a topic among these term codes (any facet) or their descendants (at most 20 codes).',
  })
  topics?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only calls open to organizations of this country (ISO 3166-1 alpha-2): listed as eligible, or open to any country.',
  })
  eligibleCountry?: string | null;

  @Field(() => String, { nullable: true, description: 'Only calls whose deadline is on or after this date (YYYY-MM-DD).' })
  deadlineFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'Only calls whose deadline is on or before this date (YYYY-MM-DD).' })
  deadlineTo?: string | null;
}

@ArgsType()
export class FundingCallsForArgs extends ForwardPageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Only calls still open on this date (deadline on or after it; YYYY-MM-DD). Defaults to today (UTC).',
  })
  openOn?: string | null;
}
