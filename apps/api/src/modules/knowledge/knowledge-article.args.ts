import { ArgsType, Field } from 'type-graphql';
import { Language } from '../../graphql/language';
import { ForwardPageArgs } from '../../graphql/pagination';
import type { ArticleKind } from './knowledge-article.entity';
import { KnowledgeArticleKind } from './knowledge-article.type';

export const MAX_TERMS = 5;

@ArgsType()
export class KnowledgeArticlesArgs extends ForwardPageArgs {
  @Field(() => String, { nullable: true, description: 'Full-text search over title, summary and body (at most 200 characters).' })
  query?: string | null;

  @Field(() => KnowledgeArticleKind, { nullable: true, description: 'Only articles of this kind.' })
  kind?: ArticleKind | null;

  @Field(() => Language, { nullable: true, description: 'Only articles written in this language.' })
  language?: Language | null;

  @Field(() => String, { nullable: true, description: 'Only articles tagged with this term code or one of its descendants.' })
  term?: string | null;

  @Field(() => String, { nullable: true, description: 'Only articles about this target country (ISO 3166-1 alpha-2).' })
  targetCountry?: string | null;

  @Field(() => String, { nullable: true, description: 'Only articles about the value chain with this slug.' })
  valueChain?: string | null;

  @Field(() => String, { nullable: true, description: 'Only articles written by the organization with this slug.' })
  author?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: `Only articles tagged with every one of these term codes (each one or one of its descendants); at most ${MAX_TERMS}.`,
  })
  terms?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Only articles related to the organization with this slug, as its `knowledge` lists them: written by it, or reports of missions it organized or took part in.',
  })
  organization?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Only articles related to the community with this slug, as its `knowledge` lists them: tagged with one of the community's terms or written by one of its members.",
  })
  community?: string | null;
}
