import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { Language } from '../../graphql/language';
import { ARTICLE_KINDS, type ArticleKind } from './knowledge-article.entity';
import { KnowledgeArticleKind } from './knowledge-article.type';
import { VersionedChange } from '../../graphql/versioned-change';

const COUNTRY = { message: 'must be ISO 3166-1 alpha-2 codes such as "CA"', each: true };
export const MAX_BODY = 100_000;

@InputType({ description: 'A new knowledge article.' })
export class CreateKnowledgeArticleInput {
  @Field(() => String, { description: 'URL identifier: lower-case words joined by hyphens (at most 100 characters).' })
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'must be lower-case words joined by hyphens' })
  @MaxLength(100)
  slug!: string;

  @Field(() => KnowledgeArticleKind, { description: 'Kind of article.' })
  @IsIn([...ARTICLE_KINDS])
  kind!: ArticleKind;

  @Field(() => Language, { description: 'The language it is written in.' })
  @IsIn(Object.values(Language))
  language!: Language;

  @Field(() => String, { description: 'Title (1 to 300 characters).' })
  @Length(1, 300)
  title!: string;

  @Field(() => String, { defaultValue: '', description: 'Short plain-text summary (at most 1,000 characters).' })
  @MaxLength(1000)
  summary!: string;

  @Field(() => String, { description: `Body in Markdown (1 to ${MAX_BODY} characters); HTML in it is sanitized.` })
  @Length(1, MAX_BODY)
  body!: string;

  @Field(() => [ID], { description: 'The authoring organizations (1 to 10); you must edit or manage at least one of them.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  authorIds!: string[];

  @Field(() => [String], { defaultValue: [], description: 'Codes of approved classification terms, any facet (at most 30).' })
  @ArrayMaxSize(30)
  termCodes!: string[];

  @Field(() => [ID], { defaultValue: [], description: 'Value chains the article is about (at most 10).' })
  @ArrayMaxSize(10)
  valueChainIds!: string[];

  @Field(() => [String], { defaultValue: [], description: 'Target countries (ISO codes, at most 30).' })
  @ArrayMaxSize(30)
  @Matches(/^[A-Z]{2}$/, COUNTRY)
  targetCountries!: string[];

  @Field(() => ID, { nullable: true, description: 'For a mission report: the mission or event it reports on.' })
  @IsOptional()
  eventId?: string | null;
}

@InputType({ description: 'Changes to a knowledge article; omitted fields stay as they are. Every change makes a new version.' })
export class UpdateKnowledgeArticleInput extends VersionedChange('KnowledgeArticle', 'article') {
  @Field(() => KnowledgeArticleKind, { nullable: true, description: 'Kind of article.' })
  @IsOptional()
  @IsIn([...ARTICLE_KINDS])
  kind?: ArticleKind | null;

  @Field(() => Language, { nullable: true, description: 'The language it is written in.' })
  @IsOptional()
  @IsIn(Object.values(Language))
  language?: Language | null;

  @Field(() => String, { nullable: true, description: 'Title (1 to 300 characters).' })
  @IsOptional()
  @Length(1, 300)
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Summary (at most 1,000 characters).' })
  @IsOptional()
  @MaxLength(1000)
  summary?: string | null;

  @Field(() => String, { nullable: true, description: `Body in Markdown (1 to ${MAX_BODY} characters).` })
  @IsOptional()
  @Length(1, MAX_BODY)
  body?: string | null;

  @Field(() => [String], { nullable: true, description: 'Replaces the term codes (at most 30).' })
  @IsOptional()
  @ArrayMaxSize(30)
  termCodes?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Replaces the value chains (at most 10).' })
  @IsOptional()
  @ArrayMaxSize(10)
  valueChainIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Replaces the target countries (ISO codes, at most 30).' })
  @IsOptional()
  @ArrayMaxSize(30)
  @Matches(/^[A-Z]{2}$/, COUNTRY)
  targetCountries?: string[] | null;
}

@InputType({ description: 'An article to delete.' })
export class DeleteKnowledgeArticleInput {
  @Field(() => ID, { description: 'The article.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; CONFLICT when it changed since.' })
  @IsInt()
  version!: number;
}
