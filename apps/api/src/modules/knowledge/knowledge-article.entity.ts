import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { UserEntity } from '../accounts/user.entity';
import { EventEntity } from '../events/event.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { TermEntity } from '../taxonomy/term.entity';
import { ValueChainEntity } from '../value-chains/value-chain.entity';

export const ARTICLE_KINDS = [
  'INTERNATIONALISATION_PRACTICE',
  'CROSS_SECTOR_COLLABORATION',
  'MISSION_REPORT',
  'MARKET_STUDY',
  'GUIDE',
] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];
export const ARTICLE_LANGUAGES = ['en', 'de', 'fr', 'it'] as const;

/** A guide, best practice, mission report or market study: Markdown as written, and its sanitized HTML. */
@Entity('knowledge_article')
@Check(
  'knowledge_article_kind_check',
  `kind IN ('INTERNATIONALISATION_PRACTICE', 'CROSS_SECTOR_COLLABORATION', 'MISSION_REPORT', 'MARKET_STUDY', 'GUIDE')`,
)
@Check('knowledge_article_language_check', `language IN ('en', 'de', 'fr', 'it')`)
@Check('knowledge_article_slug_check', `slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`)
@Index('knowledge_article_published_idx', ['publishedAt', 'id'])
@Index('knowledge_article_search_idx', { synchronize: false })
@Index('knowledge_article_title_trgm_idx', { synchronize: false })
export class KnowledgeArticleEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Index('knowledge_article_slug_key', { unique: true })
  @Column({ type: 'text' })
  slug!: string;

  @Column({ type: 'text' })
  kind!: ArticleKind;

  @Column({ type: 'text' })
  language!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  summary!: string;

  @Column({ type: 'text' })
  body!: string;

  /** Rendered and sanitized when written, so that reads never render. */
  @Column({ type: 'text' })
  bodyHtml!: string;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  targetCountries!: string[];

  @Index('knowledge_article_event_idx')
  @Column({ type: 'integer', nullable: true })
  eventId!: number | null;

  @ManyToOne(() => EventEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity | null;

  @Column({ type: 'integer', nullable: true })
  authorUserId!: number | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_user_id' })
  authorUser?: UserEntity | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  publishedAt!: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ type: 'integer', default: 1 })
  version!: number;
}

/** An organization that wrote or published an article. */
@Entity('knowledge_article_author')
@Index('knowledge_article_author_organization_idx', ['organizationId'])
export class KnowledgeArticleAuthorEntity {
  @PrimaryColumn({ type: 'integer' })
  articleId!: number;

  @PrimaryColumn({ type: 'integer' })
  organizationId!: number;

  @ManyToOne(() => KnowledgeArticleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id' })
  article?: KnowledgeArticleEntity;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;
}

/** A classification term an article is about (any facet). */
@Entity('knowledge_article_term')
@Index('knowledge_article_term_term_idx', ['termId'])
export class KnowledgeArticleTermEntity {
  @PrimaryColumn({ type: 'integer' })
  articleId!: number;

  @PrimaryColumn({ type: 'integer' })
  termId!: number;

  @ManyToOne(() => KnowledgeArticleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id' })
  article?: KnowledgeArticleEntity;

  @ManyToOne(() => TermEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'term_id' })
  term?: TermEntity;
}

/** A value chain an article is about. */
@Entity('knowledge_article_value_chain')
@Index('knowledge_article_value_chain_chain_idx', ['valueChainId'])
export class KnowledgeArticleValueChainEntity {
  @PrimaryColumn({ type: 'integer' })
  articleId!: number;

  @PrimaryColumn({ type: 'integer' })
  valueChainId!: number;

  @ManyToOne(() => KnowledgeArticleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id' })
  article?: KnowledgeArticleEntity;

  @ManyToOne(() => ValueChainEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'value_chain_id' })
  valueChain?: ValueChainEntity;
}
