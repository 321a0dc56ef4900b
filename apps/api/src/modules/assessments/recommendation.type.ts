import { Field, Float, ObjectType } from 'type-graphql';
import { ReadinessDimension } from './questionnaire.type';
import type { Dimension, RecommendationSpec } from './questionnaire.types';

@ObjectType({
  description:
    'What to do about a weak dimension: advice, and links to guides, missions and events, partners (matchmaking) and funding calls. The links are chosen when asked for, so they follow the platform’s data.',
})
export class AssessmentRecommendation {
  organizationDbId!: number;
  spec!: RecommendationSpec;

  @Field(() => ReadinessDimension, { description: 'The weak dimension.' })
  dimension!: Dimension;

  @Field(() => Float, { description: 'Its score.' })
  score!: number;

  @Field(() => String, { description: 'The advice, in the requested language.' })
  advice!: string;
}
