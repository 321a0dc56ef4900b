import { ArrayMaxSize, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { VersionedChange } from '../../graphql/versioned-change';

@InputType({ description: 'A new community.' })
export class CreateCommunityInput {
  @Field(() => String, { description: 'Name (1 to 200 characters).' })
  @Length(1, 200)
  name!: string;

  @Field(() => String, { description: 'URL identifier: lower-case words joined by hyphens (at most 100 characters).' })
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'must be lower-case words joined by hyphens' })
  @MaxLength(100)
  slug!: string;

  @Field(() => String, { defaultValue: '', description: 'What the community is about (at most 5,000 characters).' })
  @MaxLength(5000)
  description!: string;

  @Field(() => [String], { defaultValue: [], description: 'Classification term codes it is tagged with (at most 20).' })
  @ArrayMaxSize(20)
  @IsString({ each: true })
  terms!: string[];
}

@InputType({ description: 'Changes to a community; omitted fields stay as they are.' })
export class UpdateCommunityInput extends VersionedChange('Community', 'community') {
  @Field(() => String, { nullable: true, description: 'Name (1 to 200 characters).' })
  @IsOptional()
  @Length(1, 200)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Description (at most 5,000 characters).' })
  @IsOptional()
  @MaxLength(5000)
  description?: string | null;
}
