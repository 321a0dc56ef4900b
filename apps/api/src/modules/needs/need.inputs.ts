import { IsIn, IsOptional, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { NEED_KINDS, type NeedKind as Kind } from './need.entity';
import { NeedKind } from './need.type';
import { VersionedChange } from '../../graphql/versioned-change';

@InputType({ description: 'A new need of an organization (opened at once).' })
export class OpenNeedInput {
  @Field(() => ID, { description: 'The organization looking.' })
  organizationId!: string;

  @Field(() => NeedKind, { description: 'Kind of need.' })
  @IsIn([...NEED_KINDS])
  kind!: Kind;

  @Field(() => String, { nullable: true, description: 'Technology term code, when the need is about a technology.' })
  @IsOptional()
  @MaxLength(100)
  technology?: string | null;

  @Field(() => String, { nullable: true, description: 'Value-chain stage term code.' })
  @IsOptional()
  @MaxLength(100)
  stage?: string | null;

  @Field(() => String, { nullable: true, description: 'Country of a market-access need (ISO 3166-1 alpha-2).' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'must be an ISO 3166-1 alpha-2 code such as "FR"' })
  country?: string | null;

  @Field(() => String, { description: 'What is needed (at most 5,000 characters).' })
  @MaxLength(5000)
  description!: string;
}

@InputType({ description: 'Changes to a need; omitted fields stay as they are.' })
export class UpdateNeedInput extends VersionedChange('Need', 'need') {
  @Field(() => String, { nullable: true, description: 'What is needed (at most 5,000 characters).' })
  @IsOptional()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Country (ISO 3166-1 alpha-2).' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'must be an ISO 3166-1 alpha-2 code such as "FR"' })
  country?: string | null;

  @Field(() => String, { nullable: true, description: 'Technology term code.' })
  @IsOptional()
  @MaxLength(100)
  technology?: string | null;

  @Field(() => String, { nullable: true, description: 'Value-chain stage term code.' })
  @IsOptional()
  @MaxLength(100)
  stage?: string | null;
}
