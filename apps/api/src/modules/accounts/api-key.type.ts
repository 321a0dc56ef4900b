import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export const ApiKeyScope = { READ: 'READ', READ_WRITE: 'READ_WRITE' } as const;
export type ApiKeyScope = (typeof ApiKeyScope)[keyof typeof ApiKeyScope];
registerEnumType(ApiKeyScope, {
  name: 'ApiKeyScope',
  description: 'What an API key may do.',
  valuesConfig: {
    READ: { description: 'Queries only; mutations are refused with FORBIDDEN.' },
    READ_WRITE: { description: 'Queries, and mutations on behalf of the key’s organization.' },
  },
});

@ObjectType({ description: 'A key for third-party access to the API. The secret itself is shown only once, when the key is created.' })
export class ApiKey {
  /** Database id; not exposed. */
  dbId!: number;

  @Field(() => ID, { description: 'Opaque global ID.' })
  id!: string;

  @Field(() => String, { description: 'A name given by its creator, e.g. "Cluster portal".' })
  name!: string;

  @Field(() => String, { description: 'The first characters of the key, to tell keys apart (e.g. "lb_live_AbC1").' })
  prefix!: string;

  @Field(() => ApiKeyScope, { description: 'What the key may do.' })
  scope!: ApiKeyScope;

  @Field(() => [String], { description: 'Browser origins allowed to use the key (a short list); empty: server-side use only.' })
  allowedOrigins!: string[];

  @Field(() => Int, { description: 'Points the key may spend per hour (see the rateLimit query).' })
  hourlyBudget!: number;

  @Field(() => Date, { nullable: true, description: 'When the key stops working; null: never.' })
  expiresAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the key was last used, to the minute; null: never used.' })
  lastUsedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the key was revoked; null: active.' })
  revokedAt!: Date | null;

  @Field(() => Date, { description: 'When the key was created.' })
  createdAt!: Date;
}

@ObjectType({ description: 'A newly created API key with its secret.' })
export class CreatedApiKey {
  @Field(() => ApiKey, { description: 'The key.' })
  apiKey!: ApiKey;

  @Field(() => String, {
    description: 'The secret to send as `Authorization: Bearer <secret>`. Shown only in this response: only its hash is stored.',
  })
  secret!: string;
}
