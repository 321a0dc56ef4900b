import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Organization } from '../organizations/organization.type';
import type { MatchReasonKind as Kind } from './match-scoring';

export const MatchReasonKind = {
  NEEDED_TECHNOLOGY: 'NEEDED_TECHNOLOGY',
  NEEDED_STAGE: 'NEEDED_STAGE',
  MARKET_PRESENCE: 'MARKET_PRESENCE',
  FUNDING_SOURCE: 'FUNDING_SOURCE',
  SHARED_APPLICATION: 'SHARED_APPLICATION',
  ADJACENT_STAGE: 'ADJACENT_STAGE',
  TRL_FIT: 'TRL_FIT',
  DIFFERENT_CLUSTER: 'DIFFERENT_CLUSTER',
  COMMON_TARGET_MARKET: 'COMMON_TARGET_MARKET',
} as const satisfies { [K in Kind]: K };

registerEnumType(MatchReasonKind, {
  name: 'MatchReasonKind',
  description: 'Why an organization matches; docs/matchmaking.md gives the points of each.',
  valuesConfig: {
    NEEDED_TECHNOLOGY: { description: 'It offers a technology (or a descendant) that a need asks for.' },
    NEEDED_STAGE: { description: 'It works at the value-chain stage that a need asks for.' },
    MARKET_PRESENCE: { description: 'It is based in the country of a market-access need.' },
    FUNDING_SOURCE: { description: 'It is an investor, for a funding need.' },
    SHARED_APPLICATION: { description: 'Its capabilities serve the same application areas.' },
    ADJACENT_STAGE: { description: 'It works at the stage just upstream or downstream in the value chain.' },
    TRL_FIT: { description: 'Its readiness level is at least yours.' },
    DIFFERENT_CLUSTER: { description: 'It belongs to a cluster you are not in: a bridge between clusters.' },
    COMMON_TARGET_MARKET: { description: 'It targets the same export countries.' },
  },
});

@ObjectType({ description: 'One reason a match scores, with its points.' })
export class MatchReason {
  @Field(() => MatchReasonKind, { description: 'Kind of reason.' })
  kind!: Kind;

  @Field(() => Int, { description: 'Points this reason adds to the score.' })
  points!: number;

  @Field(() => String, { description: 'The reason in words, naming the terms and countries.' })
  explanation!: string;

  termIds!: number[];

  @Field(() => [String], { description: 'Countries the reason is about (ISO 3166-1 alpha-2; a short list).' })
  countries!: string[];
}

@ObjectType({ description: 'A complementary organization with its score and the reasons that make it up.' })
export class Match {
  candidateDbId!: number;

  @Field(() => Organization, { description: 'The matching organization.' })
  organization!: Organization;

  @Field(() => Int, { description: 'The score: the sum of the points of the reasons.' })
  score!: number;

  @Field(() => [MatchReason], { description: 'The reasons, in the order they are scored (a short list).' })
  reasons!: MatchReason[];
}
