import type { ArticleKind } from '../knowledge/knowledge-article.entity';

/** A text in the four languages of the platform. */
export interface Localized {
  en: string;
  de: string;
  fr: string;
  it: string;
}

export const DIMENSIONS = [
  'STRATEGY',
  'RESOURCES',
  'CERTIFICATIONS',
  'LANGUAGES',
  'INTERNATIONAL_EXPERIENCE',
  'PRODUCT_ADAPTATION',
  'MARKET_KNOWLEDGE',
  'FINANCING',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const LEVELS = ['STARTING', 'DEVELOPING', 'READY', 'EXPERIENCED'] as const;
export type ReadinessLevel = (typeof LEVELS)[number];

export interface AnswerOption {
  code: string;
  points: number;
  label: Localized;
}

export interface Question {
  /** Stable across versions while the question means the same; "strategy.plan". */
  code: string;
  text: Localized;
  options: AnswerOption[];
}

/** What a weak dimension recommends: advice, and which kinds of links to look up. */
export interface RecommendationSpec {
  advice: Localized;
  articleKinds: ArticleKind[];
  events: boolean;
  partners: boolean;
  fundingCalls: boolean;
}

export interface DimensionSpec {
  dimension: Dimension;
  label: Localized;
  /** Weight in the overall score. */
  weight: number;
  questions: Question[];
  recommendation: RecommendationSpec;
}

export interface Questionnaire {
  version: number;
  dimensions: DimensionSpec[];
  /** Lowest overall score of each level, ascending; the first is 0. */
  levels: { level: ReadinessLevel; minScore: number; label: Localized }[];
  /** Dimensions scoring below this are weak: they get recommendations. */
  weakBelow: number;
  /** A dimension scoring below this caps the level at `cappedLevel`, whatever the overall score. */
  capBelow: number;
  cappedLevel: ReadinessLevel;
}
