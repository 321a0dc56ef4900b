import { ArrayMaxSize, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { VersionedChange } from '../../graphql/versioned-change';

@InputType({ description: 'A new capability of an organization.' })
export class AddCapabilityInput {
  @Field(() => ID, { description: 'The organization offering it.' })
  organizationId!: string;

  @Field(() => String, { description: 'Technology term code, e.g. "tech.lasers".' })
  @IsString()
  @MaxLength(100)
  technology!: string;

  @Field(() => String, { description: 'Value-chain stage term code, e.g. "stage.components".' })
  @IsString()
  @MaxLength(100)
  stage!: string;

  @Field(() => [String], { description: 'Application area term codes (at most 20), e.g. "app.automotive".' })
  @ArrayMaxSize(20)
  @IsString({ each: true })
  applications!: string[];

  @Field(() => Int, { description: 'Technology readiness level, 1 to 9.' })
  @IsInt()
  @Min(1, { message: 'TRL runs from 1 to 9' })
  @Max(9, { message: 'TRL runs from 1 to 9' })
  trl!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Evidence: a project, product, certification or publication (at most 2,000 characters).',
  })
  @IsOptional()
  @MaxLength(2000)
  evidence?: string | null;
}

@InputType({ description: 'Changes to a capability; omitted fields stay as they are.' })
export class UpdateCapabilityInput extends VersionedChange('Capability', 'capability') {
  @Field(() => String, { nullable: true, description: 'Technology term code.' })
  @IsOptional()
  @MaxLength(100)
  technology?: string | null;

  @Field(() => String, { nullable: true, description: 'Value-chain stage term code.' })
  @IsOptional()
  @MaxLength(100)
  stage?: string | null;

  @Field(() => [String], { nullable: true, description: 'Application area term codes (replaces the list; at most 20).' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  applications?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Technology readiness level, 1 to 9.' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'TRL runs from 1 to 9' })
  @Max(9, { message: 'TRL runs from 1 to 9' })
  trl?: number | null;

  @Field(() => String, { nullable: true, description: 'Evidence (at most 2,000 characters); an empty string removes it.' })
  @IsOptional()
  @MaxLength(2000)
  evidence?: string | null;
}
