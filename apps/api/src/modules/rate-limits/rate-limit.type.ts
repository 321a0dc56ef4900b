import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'The caller’s hourly points budget (an API key’s, a signed-in user’s, or an anonymous address’s).' })
export class RateLimit {
  @Field(() => Int, { description: 'Points per hour.' })
  limit!: number;

  @Field(() => Int, { description: 'Points this operation was charged.' })
  cost!: number;

  @Field(() => Int, { description: 'Points spent in the current window, this operation included.' })
  used!: number;

  @Field(() => Int, { description: 'Points left in the current window.' })
  remaining!: number;

  @Field(() => Date, { description: 'When the window ends and the budget refills.' })
  resetAt!: Date;

  @Field(() => Int, { description: 'Items this operation may return at most (its connections filled to their page sizes).' })
  nodeCount!: number;
}
