import { ArrayMaxSize, IsIn, IsInt, IsNumber, IsOptional, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DATE_MESSAGE = { message: 'must be a date "YYYY-MM-DD"' };
const COUNTRY = /^[A-Z]{2}$/;

@InputType({ description: 'A KPI a roadmap action contributes to.' })
export class RoadmapKpiInput {
  @Field(() => String, { description: 'KPI code, e.g. "b2b-meetings".' })
  @MaxLength(100)
  kpi!: string;

  @Field(() => Float, { description: 'The amount the action should deliver when done, in the unit of the KPI (0 to 1e9).' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1e9)
  contribution!: number;
}

/** Fields shared by creation and change; on change, omitted ones stay as they are and given lists replace the old ones. */
@InputType('RoadmapActionFieldsInput', { description: 'Fields shared by the roadmap-action inputs.' })
class RoadmapActionFields {
  @Field(() => String, { nullable: true, description: 'What the action is about (at most 5,000 characters).' })
  @IsOptional()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => Float, { nullable: true, description: 'Budget in euros (0 to 1e10); on a change, null clears it and omitting it keeps it.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1e10)
  budgetEur?: number | null;

  @Field(() => [String], { nullable: true, description: 'Markets addressed, ISO 3166-1 alpha-2 codes (at most 20).' })
  @IsOptional()
  @ArrayMaxSize(20)
  @Matches(COUNTRY, { each: true, message: 'must hold ISO 3166-1 alpha-2 codes such as "CA"' })
  targetCountries?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Partner clusters and organizations (at most 50).' })
  @IsOptional()
  @ArrayMaxSize(50)
  partnerIds?: string[] | null;

  @Field(() => [RoadmapKpiInput], { nullable: true, description: 'KPIs the action contributes to (at most 20).' })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested()
  kpis?: RoadmapKpiInput[] | null;

  @Field(() => [ID], { nullable: true, description: 'Agreements the action implements or prepares (at most 20).' })
  @IsOptional()
  @ArrayMaxSize(20)
  agreementIds?: string[] | null;
}

@InputType({ description: "A new joint action on a cluster's roadmap." })
export class CreateRoadmapActionInput extends RoadmapActionFields {
  @Field(() => ID, { description: 'The owner cluster; you must manage it.' })
  ownerClusterId!: string;

  @Field(() => String, { description: 'URL identifier: lower-case words joined by hyphens.' })
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'must be lower-case words joined by hyphens' })
  @MaxLength(100)
  slug!: string;

  @Field(() => String, { description: 'Title (1 to 300 characters).' })
  @Length(1, 300)
  title!: string;

  @Field(() => String, { description: 'First day, "YYYY-MM-DD".' })
  @Matches(DATE, DATE_MESSAGE)
  startsOn!: string;

  @Field(() => String, { description: 'Last day planned, "YYYY-MM-DD" (not before startsOn).' })
  @Matches(DATE, DATE_MESSAGE)
  endsOn!: string;
}

@InputType({ description: 'Changes to a roadmap action (its owner cluster managers); omitted fields stay, given lists replace.' })
export class UpdateRoadmapActionInput extends RoadmapActionFields {
  @Field(() => ID, { description: 'The action.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; CONFLICT when it changed since.' })
  @IsInt()
  version!: number;

  @Field(() => String, { nullable: true, description: 'Title (1 to 300 characters).' })
  @IsOptional()
  @Length(1, 300)
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'First day, "YYYY-MM-DD".' })
  @IsOptional()
  @Matches(DATE, DATE_MESSAGE)
  startsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day planned, "YYYY-MM-DD".' })
  @IsOptional()
  @Matches(DATE, DATE_MESSAGE)
  endsOn?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'PLANNED, IN_PROGRESS or CANCELLED; an action becomes DONE by a progress report of 100.',
  })
  @IsOptional()
  @IsIn(['PLANNED', 'IN_PROGRESS', 'CANCELLED'])
  status?: 'PLANNED' | 'IN_PROGRESS' | 'CANCELLED' | null;
}

@InputType({ description: 'A progress report on a roadmap action: 100 marks it DONE on the day of the report.' })
export class ReportRoadmapProgressInput {
  @Field(() => ID, { description: 'The action; you manage its owner cluster or edit one of its partners.' })
  actionId!: string;

  @Field(() => Int, { description: 'Percent done, 0 to 100.' })
  @IsInt()
  @Min(0)
  @Max(100)
  progress!: number;

  @Field(() => String, { defaultValue: '', description: 'What happened (at most 2,000 characters).' })
  @MaxLength(2000)
  note!: string;

  @Field(() => String, { description: 'The day of the report, "YYYY-MM-DD".' })
  @Matches(DATE, DATE_MESSAGE)
  reportedOn!: string;
}
