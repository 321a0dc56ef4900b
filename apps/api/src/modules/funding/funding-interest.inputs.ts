import { MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: "An organization's interest in a funding call; expressing it again replaces the note." })
export class FundingInterestInput {
  @Field(() => ID, { description: 'The call; it must still be open.' })
  callId!: string;

  @Field(() => ID, { description: 'The organization; you must be one of its editors.' })
  organizationId!: string;

  @Field(() => String, { defaultValue: '', description: 'What the organization would bring or looks for (at most 2,000 characters).' })
  @MaxLength(2000)
  note!: string;
}
