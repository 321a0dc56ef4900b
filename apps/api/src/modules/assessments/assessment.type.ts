import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { toGlobalId } from '../../graphql/node-id';
import { ReadinessDimension, ReadinessLevel } from './questionnaire.type';
import type { Dimension, ReadinessLevel as Level } from './questionnaire.types';

@ObjectType({ description: 'The score of one dimension.' })
export class DimensionScore {
  @Field(() => ReadinessDimension, { description: 'The dimension.' })
  dimension!: Dimension;

  @Field(() => Float, { description: 'Score from 0 to 100, one decimal.' })
  score!: number;

  @Field(() => Int, { description: 'Weight of the dimension in the overall score.' })
  weight!: number;
}

@ObjectType({ description: 'One answer of a submitted assessment.' })
export class AssessmentAnswer {
  @Field(() => String, { description: 'Question code.' })
  question!: string;

  @Field(() => String, { description: 'Option code chosen.' })
  option!: string;

  @Field(() => Int, { description: 'Points the option scored.' })
  points!: number;
}

@ObjectType({
  implements: Node,
  description:
    "An organization's export-readiness self-assessment. Readable by the organization's editors, and by the managers of its clusters only when the organization shared it.",
})
export class Assessment implements Node {
  readonly __typename = 'Assessment';

  dbId!: number;
  organizationDbId!: number;

  @Field(() => ID, { description: 'Opaque global ID.' })
  id!: string;

  @Field(() => Int, { description: 'Version of the questionnaire answered.' })
  questionnaireVersion!: number;

  @Field(() => Date, { description: 'When it was submitted.' })
  submittedAt!: Date;

  @Field(() => Float, { description: 'Overall score from 0 to 100: the weighted mean of the dimension scores.' })
  overallScore!: number;

  @Field(() => ReadinessLevel, { description: 'Readiness level.' })
  level!: Level;

  @Field(() => [DimensionScore], { description: 'Score per dimension, in questionnaire order (a short list).' })
  dimensionScores!: DimensionScore[];

  @Field(() => [AssessmentAnswer], { description: 'The answers, in questionnaire order (a short list).' })
  answers!: AssessmentAnswer[];

  @Field(() => Boolean, { description: "The organization's consent: true when the managers of its clusters may read this assessment." })
  sharedWithClusters!: boolean;

  @Field(() => Int, { description: 'Version of the record, incremented by every change (consent); send it back with a change.' })
  version!: number;
}

export interface AssessmentRow {
  id: number;
  organization_id: number;
  questionnaire_version: number;
  answers: AssessmentAnswer[];
  dimension_scores: DimensionScore[];
  overall_score: number;
  level: Level;
  shared_with_clusters: boolean;
  submitted_at: Date;
  version: number;
}

export const ASSESSMENT_COLUMNS =
  'a.id, a.organization_id, a.questionnaire_version, a.answers, a.dimension_scores, a.overall_score, a.level, a.shared_with_clusters, a.submitted_at, a.version';

export function toAssessment(row: AssessmentRow): Assessment {
  return Object.assign(new Assessment(), {
    dbId: row.id,
    organizationDbId: row.organization_id,
    id: toGlobalId('Assessment', row.id),
    questionnaireVersion: row.questionnaire_version,
    submittedAt: row.submitted_at,
    overallScore: row.overall_score,
    level: row.level,
    dimensionScores: row.dimension_scores,
    answers: row.answers,
    sharedWithClusters: row.shared_with_clusters,
    version: row.version,
  });
}
