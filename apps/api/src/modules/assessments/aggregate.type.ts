import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DimensionScore } from './assessment.type';
import { ReadinessLevel } from './questionnaire.type';
import type { ReadinessLevel as Level } from './questionnaire.types';

@ObjectType({ description: 'How many assessed members are at one level.' })
export class ReadinessLevelCount {
  @Field(() => ReadinessLevel, { description: 'The level.' })
  level!: Level;

  @Field(() => Int, { description: 'Members at that level.' })
  count!: number;
}

@ObjectType({
  description:
    "Export readiness of a cluster's active members, from each member's latest assessment. The figures are null (suppressed) while fewer members than `minimumGroupSize` have been assessed, so that no member's scores can be told.",
})
export class AssessmentAggregate {
  @Field(() => Int, { description: 'Active members with at least one assessment.' })
  assessedMembers!: number;

  @Field(() => Int, { description: 'Fewest assessed members for the figures to be shown.' })
  minimumGroupSize!: number;

  @Field(() => Boolean, { description: 'True when the figures are withheld because the group is too small.' })
  suppressed!: boolean;

  @Field(() => Float, { nullable: true, description: 'Mean overall score, one decimal; null when suppressed.' })
  overallScore!: number | null;

  @Field(() => [DimensionScore], { nullable: true, description: 'Mean score per dimension (a short list); null when suppressed.' })
  dimensionScores!: DimensionScore[] | null;

  @Field(() => [ReadinessLevelCount], {
    nullable: true,
    description: 'Members per level, lowest first (a short list); null when suppressed.',
  })
  levels!: ReadinessLevelCount[] | null;
}
