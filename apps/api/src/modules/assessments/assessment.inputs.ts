import { ArrayMaxSize, IsBoolean, IsInt, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'The option chosen for one question.' })
export class AssessmentAnswerInput {
  @Field(() => String, { description: 'Question code, e.g. "strategy.plan".' })
  @MaxLength(100)
  question!: string;

  @Field(() => String, { description: 'Option code, e.g. "largely".' })
  @MaxLength(100)
  option!: string;
}

@InputType({ description: 'A complete set of answers to the current questionnaire, for one organization.' })
export class SubmitAssessmentInput {
  @Field(() => ID, { description: 'The organization assessed; you must edit it.' })
  organizationId!: string;

  @Field(() => [AssessmentAnswerInput], { description: 'One answer per question of the current questionnaire (at most 100).' })
  @ArrayMaxSize(100)
  @ValidateNested()
  answers!: AssessmentAnswerInput[];

  @Field(() => Boolean, {
    defaultValue: false,
    description: "Consent to show this assessment to the managers of the organization's clusters (they always see aggregates).",
  })
  @IsBoolean()
  shareWithClusters!: boolean;
}

@InputType({ description: "Grants or withdraws the consent to show an assessment to the managers of the organization's clusters." })
export class AssessmentSharingInput {
  @Field(() => ID, { description: 'The assessment.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; CONFLICT when it changed since.' })
  @IsInt()
  version!: number;

  @Field(() => Boolean, { description: 'True to share, false to withdraw.' })
  @IsBoolean()
  shared!: boolean;
}
