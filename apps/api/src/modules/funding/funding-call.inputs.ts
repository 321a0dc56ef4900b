import { ArrayMaxSize, IsInt, IsOptional, IsUrl, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { VersionedChange } from '../../graphql/versioned-change';

const DATE = { message: 'must be a date as YYYY-MM-DD' };
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const COUNTRY = { message: 'must be ISO 3166-1 alpha-2 codes such as "FR"', each: true };
const URL_RULE = { protocols: ['http', 'https'], require_protocol: true };
const URL_MESSAGE = { message: 'must be an http(s) URL' };

@InputType({ description: 'A new funding call (curators and admins).' })
export class CreateFundingCallInput {
  @Field(() => String, { description: 'URL identifier: lower-case words joined by hyphens (at most 100 characters).' })
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'must be lower-case words joined by hyphens' })
  @MaxLength(100)
  slug!: string;

  @Field(() => String, { description: 'The funding programme, e.g. "Horizon Europe" (1 to 200 characters).' })
  @Length(1, 200)
  programme!: string;

  @Field(() => String, { description: "The programme's own identifier of the call (1 to 200 characters)." })
  @Length(1, 200)
  identifier!: string;

  @Field(() => String, { description: 'Title (1 to 300 characters).' })
  @Length(1, 300)
  title!: string;

  @Field(() => String, { defaultValue: '', description: 'What the call funds, plain text (at most 5,000 characters).' })
  @MaxLength(5000)
  summary!: string;

  @Field(() => String, { nullable: true, description: 'Opening date (YYYY-MM-DD), when known; not after the deadline.' })
  @IsOptional()
  @Matches(DATE_PATTERN, DATE)
  opensOn?: string | null;

  @Field(() => String, { description: 'Deadline for proposals (YYYY-MM-DD).' })
  @Matches(DATE_PATTERN, DATE)
  deadline!: string;

  @Field(() => String, { description: 'Where the call is published (an http or https URL).' })
  @IsUrl(URL_RULE, URL_MESSAGE)
  @MaxLength(500)
  url!: string;

  @Field(() => Float, { nullable: true, description: 'Indicative budget in whole euros (0 or more), when published.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1e13)
  budgetEur?: number | null;

  @Field(() => [String], { defaultValue: [], description: 'Countries whose organizations may apply (ISO codes); empty means any.' })
  @ArrayMaxSize(60)
  @Matches(/^[A-Z]{2}$/, COUNTRY)
  eligibleCountries!: string[];

  @Field(() => Int, { defaultValue: 1, description: 'How many different eligible countries a consortium must cover (1 to 30).' })
  @IsInt()
  @Min(1)
  @Max(30)
  minCountries!: number;

  @Field(() => [String], { defaultValue: [], description: 'Topics: codes of approved classification terms, any facet (at most 30).' })
  @ArrayMaxSize(30)
  topicCodes!: string[];
}

@InputType({ description: 'Changes to a funding call; omitted fields stay as they are (curators and admins).' })
export class UpdateFundingCallInput extends VersionedChange('FundingCall', 'funding call') {
  @Field(() => String, { nullable: true, description: 'The funding programme (1 to 200 characters).' })
  @IsOptional()
  @Length(1, 200)
  programme?: string | null;

  @Field(() => String, { nullable: true, description: "The programme's identifier of the call (1 to 200 characters)." })
  @IsOptional()
  @Length(1, 200)
  identifier?: string | null;

  @Field(() => String, { nullable: true, description: 'Title (1 to 300 characters).' })
  @IsOptional()
  @Length(1, 300)
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Summary, plain text (at most 5,000 characters).' })
  @IsOptional()
  @MaxLength(5000)
  summary?: string | null;

  @Field(() => String, { nullable: true, description: 'Opening date (YYYY-MM-DD); an empty string removes it.' })
  @IsOptional()
  @Matches(/^(\d{4}-\d{2}-\d{2})?$/, DATE)
  opensOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Deadline (YYYY-MM-DD).' })
  @IsOptional()
  @Matches(DATE_PATTERN, DATE)
  deadline?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the call is published (an http or https URL).' })
  @IsOptional()
  @IsUrl(URL_RULE, URL_MESSAGE)
  @MaxLength(500)
  url?: string | null;

  @Field(() => Float, { nullable: true, description: 'Indicative budget in whole euros (0 or more).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1e13)
  budgetEur?: number | null;

  @Field(() => [String], { nullable: true, description: 'Eligible countries (ISO codes); an empty list means any.' })
  @IsOptional()
  @ArrayMaxSize(60)
  @Matches(/^[A-Z]{2}$/, COUNTRY)
  eligibleCountries?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'How many different eligible countries a consortium must cover (1 to 30).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(30)
  minCountries?: number | null;

  @Field(() => [String], { nullable: true, description: 'Topics: codes of approved terms, any facet (at most 30); replaces the list.' })
  @IsOptional()
  @ArrayMaxSize(30)
  topicCodes?: string[] | null;
}

@InputType({ description: 'A funding call to delete, with the version you read.' })
export class DeleteFundingCallInput {
  @Field(() => ID, { description: 'The funding call.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; CONFLICT when it changed since.' })
  @IsInt()
  version!: number;
}
