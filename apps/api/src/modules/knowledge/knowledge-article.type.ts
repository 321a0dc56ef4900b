import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Language } from '../../graphql/language';
import { Node } from '../../graphql/node';
import { toGlobalId } from '../../graphql/node-id';
import { Country, toCountry } from '../geography/country.type';
import { ARTICLE_KINDS, type ArticleKind } from './knowledge-article.entity';

export const KnowledgeArticleKind = Object.fromEntries(ARTICLE_KINDS.map((k) => [k, k])) as { [K in ArticleKind]: K };
registerEnumType(KnowledgeArticleKind, {
  name: 'KnowledgeArticleKind',
  description: 'What kind of knowledge an article holds.',
  valuesConfig: {
    INTERNATIONALISATION_PRACTICE: { description: 'A best practice for taking SMEs international.' },
    CROSS_SECTOR_COLLABORATION: { description: 'A best practice for collaboration across sectors and clusters.' },
    MISSION_REPORT: { description: 'The report of a trade mission or visit, with its outcomes.' },
    MARKET_STUDY: { description: 'A study of a target market.' },
    GUIDE: { description: 'A how-to guide.' },
  },
});

@ObjectType({
  implements: Node,
  description: 'A guide, best practice, mission report or market study, written in Markdown and served as sanitized HTML.',
})
export class KnowledgeArticle implements Node {
  readonly __typename = 'KnowledgeArticle';

  dbId!: number;
  eventDbId!: number | null;
  authorUserDbId!: number | null;

  @Field(() => ID, { description: 'Opaque global ID.' })
  id!: string;

  @Field(() => String, { description: 'Stable, human-readable identifier used in URLs.' })
  slug!: string;

  @Field(() => KnowledgeArticleKind, { description: 'Kind of article.' })
  kind!: ArticleKind;

  @Field(() => Language, { description: 'The language the article is written in.' })
  language!: Language;

  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => String, { description: 'A short summary (plain text; may be empty).' })
  summary!: string;

  @Field(() => String, { description: 'The body as written, in Markdown. Display `bodyHtml` instead: it is sanitized.' })
  body!: string;

  @Field(() => String, {
    description:
      'The body rendered to HTML on the server and sanitized: no scripts, event handlers, styles or frames; links only to http(s) and mailto; images only over https.',
  })
  bodyHtml!: string;

  @Field(() => [Country], { description: 'The target markets the article is about (a short list, at most 30).' })
  targetCountries!: Country[];

  @Field(() => Date, { description: 'When the article was published.' })
  publishedAt!: Date;

  @Field(() => Date, { description: 'When the article was last changed.' })
  updatedAt!: Date;

  @Field(() => Int, { description: 'Version, incremented by every change; send it back with an update.' })
  version!: number;
}

export interface KnowledgeArticleRow {
  id: number;
  slug: string;
  kind: ArticleKind;
  language: Language;
  title: string;
  summary: string;
  body: string;
  body_html: string;
  target_countries: string[];
  event_id: number | null;
  author_user_id: number | null;
  published_at: Date;
  updated_at: Date;
  version: number;
}

export const ARTICLE_COLUMNS =
  'ka.id, ka.slug, ka.kind, ka.language, ka.title, ka.summary, ka.body, ka.body_html, ka.target_countries, ka.event_id, ka.author_user_id, ka.published_at, ka.updated_at, ka.version';

export function toKnowledgeArticle(row: KnowledgeArticleRow): KnowledgeArticle {
  return Object.assign(new KnowledgeArticle(), {
    dbId: row.id,
    eventDbId: row.event_id,
    authorUserDbId: row.author_user_id,
    id: toGlobalId('KnowledgeArticle', row.id),
    slug: row.slug,
    kind: row.kind,
    language: row.language,
    title: row.title,
    summary: row.summary,
    body: row.body,
    bodyHtml: row.body_html,
    targetCountries: row.target_countries.map(toCountry),
    publishedAt: row.published_at,
    updatedAt: row.updated_at,
    version: row.version,
  });
}
