import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'The caller’s hourly points budget (an API key’s, a signed-in user’s, or an anonymous address’s).' })
export class RateLimit {
  @Field(() => Int, { description: 'Points per hour.' })
  limit!: number;

  @Field(() => Int, {
    description:
      'Points reserved for this operation: its requested cost. After execution the budget is charged the actual cost instead (extensions.cost.actual).',
  })
  cost!: number;

  @Field(() => Int, { description: 'Points spent in the current window, this operation’s reservation included.' })
  used!: number;

  @Field(() => Int, { description: 'Points left in the current window.' })
  remaining!: number;

  @Field(() => Date, { description: 'When the window ends and the budget refills.' })
  resetAt!: Date;

  @Field(() => Int, { description: 'Items this operation may return at most (its connections filled to their page sizes).' })
  nodeCount!: number;
}
