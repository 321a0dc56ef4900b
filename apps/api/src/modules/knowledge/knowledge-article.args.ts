import { ArgsType, Field } from 'type-graphql';
import { Language } from '../../graphql/language';
import { ForwardPageArgs } from '../../graphql/pagination';
import type { ArticleKind } from './knowledge-article.entity';
import { KnowledgeArticleKind } from './knowledge-article.type';

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
}
