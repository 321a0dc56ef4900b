import { ArrayMaxSize, ArrayMinSize, IsIn, IsOptional, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { VersionedChange } from '../../graphql/versioned-change';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DATE_MESSAGE = { message: 'must be a date "YYYY-MM-DD"' };

@InputType({ description: 'An organization signing an agreement.' })
export class SignatoryInput {
  @Field(() => ID, { description: 'The signing organization (often a cluster, possibly from a third country).' })
  organizationId!: string;

  @Field(() => String, { nullable: true, description: 'The person who signed for it.' })
  @IsOptional()
  @MaxLength(200)
  signedBy?: string | null;
}

@InputType({ description: 'A new agreement or memorandum of understanding, recorded by a signatory cluster.' })
export class CreateAgreementInput {
  @Field(() => ID, { description: 'The cluster recording it; you must manage it, and it is a signatory.' })
  clusterId!: string;

  @Field(() => String, { description: 'MOU or PARTNERSHIP_AGREEMENT.' })
  @IsIn(['MOU', 'PARTNERSHIP_AGREEMENT'])
  kind!: 'MOU' | 'PARTNERSHIP_AGREEMENT';

  @Field(() => String, { description: 'Title (1 to 300 characters).' })
  @Length(1, 300)
  title!: string;

  @Field(() => String, { description: 'URL identifier: lower-case words joined by hyphens.' })
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'must be lower-case words joined by hyphens' })
  @MaxLength(100)
  slug!: string;

  @Field(() => String, { description: 'Date signed, "YYYY-MM-DD".' })
  @Matches(DATE, DATE_MESSAGE)
  signedOn!: string;

  @Field(() => String, { nullable: true, description: 'Valid until, "YYYY-MM-DD" (not before signedOn).' })
  @IsOptional()
  @Matches(DATE, DATE_MESSAGE)
  validUntil?: string | null;

  @Field(() => String, { nullable: true, description: 'Where it was signed.' })
  @IsOptional()
  @MaxLength(200)
  place?: string | null;

  @Field(() => String, { defaultValue: '', description: 'What it covers (at most 5,000 characters).' })
  @MaxLength(5000)
  scope!: string;

  @Field(() => [SignatoryInput], { description: 'The other signatories (1 to 50).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested()
  signatories!: SignatoryInput[];
}

@InputType({ description: 'Changes to an agreement; omitted fields stay as they are.' })
export class UpdateAgreementInput extends VersionedChange('Agreement', 'agreement') {
  @Field(() => String, { nullable: true, description: 'Title (1 to 300 characters).' })
  @IsOptional()
  @Length(1, 300)
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Valid until, "YYYY-MM-DD".' })
  @IsOptional()
  @Matches(DATE, DATE_MESSAGE)
  validUntil?: string | null;

  @Field(() => String, { nullable: true, description: 'What it covers (at most 5,000 characters).' })
  @IsOptional()
  @MaxLength(5000)
  scope?: string | null;
}
