import { Field, ID, InputType, Int } from 'type-graphql';
import { ApiKeyScope } from './api-key.type';

@InputType({ description: 'A new API key for an organization.' })
export class CreateApiKeyInput {
  @Field(() => ID, { description: 'Global ID of the organization the key acts for; you must be able to edit it.' })
  organizationId!: string;

  @Field(() => String, { description: 'A name to recognize the key by (1 to 100 characters).' })
  name!: string;

  @Field(() => ApiKeyScope, { nullable: true, description: 'What the key may do. Defaults to READ.' })
  scope?: ApiKeyScope | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'Browser origins allowed to use the key, e.g. "https://cluster.example" (a short list, at most 20). Defaults to none: server-side use only.',
  })
  allowedOrigins?: string[] | null;

  @Field(() => Date, { nullable: true, description: 'When the key stops working (in the future). Defaults to never.' })
  expiresAt?: Date | null;

  @Field(() => Int, { nullable: true, description: 'Points the key may spend per hour, 1 to 100,000. Defaults to 5,000.' })
  hourlyBudget?: number | null;
}
