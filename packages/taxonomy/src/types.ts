/** Languages in which every term carries a label and a description. */
export const LANGUAGES = ['en', 'de', 'fr', 'it'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The three facets of the scheme; each is a separate tree of terms. */
export const FACETS = ['TECHNOLOGY', 'APPLICATION', 'STAGE'] as const;
export type Facet = (typeof FACETS)[number];

/** Code prefix used by every term of a facet (`tech.lasers`, `app.automotive`, `stage.components`). */
export const FACET_CODE_PREFIX: Readonly<Record<Facet, string>> = {
  TECHNOLOGY: 'tech',
  APPLICATION: 'app',
  STAGE: 'stage',
};

/** Lifecycle of a term: members propose, curators approve, merge or deprecate. */
export const TERM_STATUSES = ['PROPOSED', 'APPROVED', 'DEPRECATED'] as const;
export type TermStatus = (typeof TERM_STATUSES)[number];

export type LocalizedText = Record<Language, string>;

export interface TermDefinition {
  /** Stable identifier: lowercase, prefixed by the facet, never encoding the hierarchy. */
  code: string;
  facet: Facet;
  /** Code of the broader term in the same facet, or null for a top term. */
  parent: string | null;
  /** Order among siblings, from 1; for STAGE terms the value-chain order 1..6. */
  position: number;
  labels: LocalizedText;
  descriptions: LocalizedText;
  /** Alternative names and acronyms in any language, e.g. 'PIC', 'VCSEL', 'Faserlaser'. */
  synonyms: string[];
  status: TermStatus;
  /** For DEPRECATED terms: the approved term that replaces it. */
  replacedBy?: string;
}

export const EXTERNAL_SCHEMES = ['NACE_REV2', 'KET'] as const;
export type ExternalScheme = (typeof EXTERNAL_SCHEMES)[number];

/** SKOS mapping relations: exactMatch, closeMatch, broadMatch, narrowMatch, relatedMatch. */
export const MATCH_KINDS = ['EXACT', 'CLOSE', 'BROAD', 'NARROW', 'RELATED'] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

export interface CrosswalkDefinition {
  /** Code of a LightBridge term. */
  term: string;
  scheme: ExternalScheme;
  /** Code in the external scheme as officially written, e.g. '26.70' or 'KET-PHOTONICS'. */
  externalCode: string;
  externalLabel: string;
  /** How the external concept relates to the term, read as "term <match> external concept". */
  match: MatchKind;
}

export interface SchemeRelease {
  /** Semantic version of the scheme. */
  version: string;
  /** ISO 8601 date (YYYY-MM-DD). */
  publishedOn: string;
  notes: string;
}
