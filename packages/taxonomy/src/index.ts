export {
  EXTERNAL_SCHEMES,
  FACET_CODE_PREFIX,
  FACETS,
  LANGUAGES,
  MATCH_KINDS,
  TERM_STATUSES,
  type CrosswalkDefinition,
  type ExternalScheme,
  type Facet,
  type Language,
  type LocalizedText,
  type MatchKind,
  type SchemeRelease,
  type TermDefinition,
  type TermStatus,
} from './types';
export { technologyTerms } from './terms/technologies';
export { applicationTerms } from './terms/applications';
export { stageTerms } from './terms/stages';
export { crosswalks, KEY_ENABLING_TECHNOLOGIES, NACE_CODE_PATTERN, NACE_REV2_LABELS } from './crosswalks';
export { currentRelease, schemeReleases } from './releases';
export {
  allTerms,
  ancestorsOf,
  childrenOf,
  createSchemeIndex,
  depthOf,
  descendantsOf,
  FACET_LABELS,
  rootsOf,
  termByCode,
  termsOfFacet,
  type SchemeIndex,
} from './scheme';
export { SCHEME_PROBLEM_KINDS, TERM_CODE_PATTERN, validateScheme, type SchemeProblem, type SchemeProblemKind } from './validate';
export {
  DEFAULT_BASE_URI,
  DEFAULT_KET_BASE_URI,
  externalConceptIri,
  NACE_REV2_BASE_URI,
  SKOS_JSONLD_CONTEXT,
  SKOS_PREFIXES,
  toSkosJsonLd,
  toSkosTurtle,
  turtleString,
  type JsonLdNode,
  type SkosExportOptions,
  type SkosJsonLdDocument,
} from './skos';
