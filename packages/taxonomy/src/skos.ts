import { FACET_LABELS } from './scheme';
import {
  FACETS,
  LANGUAGES,
  type CrosswalkDefinition,
  type ExternalScheme,
  type Facet,
  type LocalizedText,
  type MatchKind,
  type TermDefinition,
  type TermStatus,
} from './types';

export interface SkosExportOptions {
  /** IRI of the concept scheme; concept IRIs are this base followed by the term code. */
  baseUri?: string;
  /** Version of the scheme being exported (owl:versionInfo). */
  version: string;
  /** Publication date of that version, YYYY-MM-DD (dct:issued). */
  issued?: string;
  /** Base IRI for Key Enabling Technology concepts. */
  ketBaseUri?: string;
}

export const DEFAULT_BASE_URI = 'https://lightbridge.eu/scheme/';
export const DEFAULT_KET_BASE_URI = 'https://lightbridge.eu/ket/';
export const NACE_REV2_BASE_URI = 'http://data.europa.eu/ux2/nace2/';

export const SKOS_PREFIXES = {
  skos: 'http://www.w3.org/2004/02/skos/core#',
  dct: 'http://purl.org/dc/terms/',
  owl: 'http://www.w3.org/2002/07/owl#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  vs: 'http://www.w3.org/2003/06/sw-vocab-status/ns#',
} as const;

const MATCH_PROPERTY: Readonly<Record<MatchKind, string>> = {
  EXACT: 'exactMatch',
  CLOSE: 'closeMatch',
  BROAD: 'broadMatch',
  NARROW: 'narrowMatch',
  RELATED: 'relatedMatch',
};

/** W3C vocabulary-status terms for the scheme's statuses. */
const TERM_STATUS_VALUE: Readonly<Record<TermStatus, string>> = {
  APPROVED: 'stable',
  PROPOSED: 'testing',
  DEPRECATED: 'archaic',
};

const SCHEME_TITLE: LocalizedText = {
  en: 'LightBridge classification scheme',
  de: 'LightBridge-Klassifikationsschema',
  fr: 'Schéma de classification LightBridge',
  it: 'Schema di classificazione LightBridge',
};

/** Characters that Turtle's IRIREF does not allow unescaped (besides controls and space). */
const FORBIDDEN_IRI_CHARACTERS = new Set(['<', '>', '"', '{', '}', '|', '^', '`', '\\']);

function checkIri(iri: string): string {
  for (const char of iri) {
    if ((char.codePointAt(0) ?? 0) <= 0x20 || FORBIDDEN_IRI_CHARACTERS.has(char)) {
      throw new Error(`Not a valid IRI for export: ${JSON.stringify(iri)}`);
    }
  }
  return iri;
}

/** IRI of an external concept: NACE uses the EU vocabulary (dots removed), KET the LightBridge one. */
export function externalConceptIri(scheme: ExternalScheme, code: string, ketBaseUri = DEFAULT_KET_BASE_URI): string {
  return scheme === 'NACE_REV2' ? checkIri(`${NACE_REV2_BASE_URI}${code.replace(/\./g, '')}`) : checkIri(`${ketBaseUri}${code}`);
}

interface ConceptModel {
  iri: string;
  term: TermDefinition;
  broader?: string;
  narrower: string[];
  topConcept: boolean;
  replacedBy?: string;
  matches: { property: string; iri: string }[];
}

interface SchemeModel {
  schemeIri: string;
  version: string;
  issued?: string;
  collections: { facet: Facet; iri: string; members: string[] }[];
  topConcepts: string[];
  concepts: ConceptModel[];
  externals: { iri: string; label: string; notation: string }[];
}

/** Builds the export graph once; both serialisations render this model. */
function buildModel(terms: readonly TermDefinition[], crosswalks: readonly CrosswalkDefinition[], options: SkosExportOptions): SchemeModel {
  const schemeIri = checkIri(options.baseUri ?? DEFAULT_BASE_URI);
  const ketBase = options.ketBaseUri ?? DEFAULT_KET_BASE_URI;
  const conceptIri = (code: string): string => checkIri(`${schemeIri}${code}`);
  const exported = new Map<string, TermDefinition>();
  for (const term of terms) if (!exported.has(term.code)) exported.set(term.code, term);

  const narrower = new Map<string, TermDefinition[]>();
  for (const term of exported.values()) {
    if (term.parent !== null && exported.has(term.parent)) {
      const list = narrower.get(term.parent) ?? [];
      list.push(term);
      narrower.set(term.parent, list);
    }
  }

  const matches = new Map<string, { property: string; iri: string }[]>();
  const externals = new Map<string, { iri: string; label: string; notation: string }>();
  for (const crosswalk of crosswalks) {
    if (!exported.has(crosswalk.term)) continue;
    const iri = externalConceptIri(crosswalk.scheme, crosswalk.externalCode, ketBase);
    const list = matches.get(crosswalk.term) ?? [];
    list.push({ property: MATCH_PROPERTY[crosswalk.match], iri });
    matches.set(crosswalk.term, list);
    if (!externals.has(iri)) externals.set(iri, { iri, label: crosswalk.externalLabel, notation: crosswalk.externalCode });
  }

  const concepts: ConceptModel[] = [...exported.values()].map((term) => {
    const concept: ConceptModel = {
      iri: conceptIri(term.code),
      term,
      narrower: (narrower.get(term.code) ?? []).sort((a, b) => a.position - b.position).map((child) => conceptIri(child.code)),
      topConcept: term.parent === null && term.status !== 'DEPRECATED',
      matches: matches.get(term.code) ?? [],
    };
    if (term.parent !== null && exported.has(term.parent)) concept.broader = conceptIri(term.parent);
    if (term.status === 'DEPRECATED' && term.replacedBy !== undefined) concept.replacedBy = conceptIri(term.replacedBy);
    return concept;
  });

  const model: SchemeModel = {
    schemeIri,
    version: options.version,
    collections: FACETS.map((facet) => ({
      facet,
      iri: conceptIri(`facet/${facet.toLowerCase()}`),
      members: concepts.filter((c) => c.term.facet === facet).map((c) => c.iri),
    })).filter((collection) => collection.members.length > 0),
    topConcepts: concepts.filter((c) => c.topConcept).map((c) => c.iri),
    concepts,
    externals: [...externals.values()],
  };
  if (options.issued !== undefined) model.issued = options.issued;
  return model;
}

/** A Turtle string literal with quotes, backslashes and control characters escaped. */
export function turtleString(value: string): string {
  let out = '"';
  for (const char of value) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (char === '"') out += '\\"';
    else if (char === '\\') out += '\\\\';
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (char === '\t') out += '\\t';
    else if (codePoint < 0x20 || codePoint === 0x7f) out += `\\u${codePoint.toString(16).padStart(4, '0')}`;
    else out += char;
  }
  return `${out}"`;
}

const localized = (texts: LocalizedText): string => LANGUAGES.map((language) => `${turtleString(texts[language])}@${language}`).join(', ');

const iriList = (iris: readonly string[]): string => iris.map((iri) => `<${iri}>`).join(', ');

/** Serialises the terms as a SKOS concept scheme in Turtle. */
export function toSkosTurtle(
  terms: readonly TermDefinition[],
  crosswalks: readonly CrosswalkDefinition[],
  options: SkosExportOptions,
): string {
  const model = buildModel(terms, crosswalks, options);
  const lines: string[] = Object.entries(SKOS_PREFIXES).map(([prefix, iri]) => `@prefix ${prefix}: <${iri}> .`);
  lines.push('');

  const scheme = [`<${model.schemeIri}> a skos:ConceptScheme`, `    dct:title ${localized(SCHEME_TITLE)}`];
  scheme.push(`    owl:versionInfo ${turtleString(model.version)}`);
  if (model.issued !== undefined) scheme.push(`    dct:issued ${turtleString(model.issued)}^^xsd:date`);
  if (model.topConcepts.length > 0) scheme.push(`    skos:hasTopConcept ${iriList(model.topConcepts)}`);
  lines.push(`${scheme.join(' ;\n')} .`, '');

  for (const collection of model.collections) {
    const statements = [
      `<${collection.iri}> a skos:Collection`,
      `    skos:prefLabel ${localized(FACET_LABELS[collection.facet])}`,
      `    skos:notation ${turtleString(collection.facet)}`,
      `    skos:member ${iriList(collection.members)}`,
    ];
    lines.push(`${statements.join(' ;\n')} .`, '');
  }

  for (const concept of model.concepts) {
    const { term } = concept;
    const statements = [
      `<${concept.iri}> a skos:Concept`,
      `    skos:inScheme <${model.schemeIri}>`,
      `    skos:notation ${turtleString(term.code)}`,
      `    skos:prefLabel ${localized(term.labels)}`,
      `    skos:definition ${localized(term.descriptions)}`,
      `    vs:term_status ${turtleString(TERM_STATUS_VALUE[term.status])}`,
    ];
    if (term.synonyms.length > 0) statements.push(`    skos:altLabel ${term.synonyms.map(turtleString).join(', ')}`);
    if (concept.broader !== undefined) statements.push(`    skos:broader <${concept.broader}>`);
    if (concept.narrower.length > 0) statements.push(`    skos:narrower ${iriList(concept.narrower)}`);
    if (concept.topConcept) statements.push(`    skos:topConceptOf <${model.schemeIri}>`);
    if (term.status === 'DEPRECATED') statements.push('    owl:deprecated true');
    if (concept.replacedBy !== undefined) statements.push(`    dct:isReplacedBy <${concept.replacedBy}>`);
    for (const match of concept.matches) statements.push(`    skos:${match.property} <${match.iri}>`);
    lines.push(`${statements.join(' ;\n')} .`, '');
  }

  for (const external of model.externals) {
    lines.push(`<${external.iri}> rdfs:label ${turtleString(external.label)}@en ;\n    skos:notation ${turtleString(external.notation)} .`);
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

export type JsonLdNode = { [key: string]: unknown };
export interface SkosJsonLdDocument {
  '@context': JsonLdNode;
  '@graph': JsonLdNode[];
}

/** The JSON-LD context: SKOS properties under short names, labels keyed by language. */
export const SKOS_JSONLD_CONTEXT: JsonLdNode = {
  ...SKOS_PREFIXES,
  ConceptScheme: 'skos:ConceptScheme',
  Concept: 'skos:Concept',
  Collection: 'skos:Collection',
  title: { '@id': 'dct:title', '@container': '@language' },
  versionInfo: 'owl:versionInfo',
  issued: { '@id': 'dct:issued', '@type': 'xsd:date' },
  hasTopConcept: { '@id': 'skos:hasTopConcept', '@type': '@id' },
  topConceptOf: { '@id': 'skos:topConceptOf', '@type': '@id' },
  inScheme: { '@id': 'skos:inScheme', '@type': '@id' },
  member: { '@id': 'skos:member', '@type': '@id' },
  notation: 'skos:notation',
  prefLabel: { '@id': 'skos:prefLabel', '@container': '@language' },
  altLabel: { '@id': 'skos:altLabel' },
  definition: { '@id': 'skos:definition', '@container': '@language' },
  broader: { '@id': 'skos:broader', '@type': '@id' },
  narrower: { '@id': 'skos:narrower', '@type': '@id' },
  exactMatch: { '@id': 'skos:exactMatch', '@type': '@id' },
  closeMatch: { '@id': 'skos:closeMatch', '@type': '@id' },
  broadMatch: { '@id': 'skos:broadMatch', '@type': '@id' },
  narrowMatch: { '@id': 'skos:narrowMatch', '@type': '@id' },
  relatedMatch: { '@id': 'skos:relatedMatch', '@type': '@id' },
  deprecated: { '@id': 'owl:deprecated' },
  isReplacedBy: { '@id': 'dct:isReplacedBy', '@type': '@id' },
  termStatus: { '@id': 'vs:term_status' },
  label: { '@id': 'rdfs:label', '@container': '@language' },
};

/** Serialises the terms as a SKOS concept scheme in JSON-LD (one graph node per term). */
export function toSkosJsonLd(
  terms: readonly TermDefinition[],
  crosswalks: readonly CrosswalkDefinition[],
  options: SkosExportOptions,
): SkosJsonLdDocument {
  const model = buildModel(terms, crosswalks, options);
  const graph: JsonLdNode[] = [];

  const scheme: JsonLdNode = {
    '@id': model.schemeIri,
    '@type': 'ConceptScheme',
    title: { ...SCHEME_TITLE },
    versionInfo: model.version,
  };
  if (model.issued !== undefined) scheme['issued'] = model.issued;
  if (model.topConcepts.length > 0) scheme['hasTopConcept'] = model.topConcepts;
  graph.push(scheme);

  for (const collection of model.collections) {
    graph.push({
      '@id': collection.iri,
      '@type': 'Collection',
      prefLabel: { ...FACET_LABELS[collection.facet] },
      notation: collection.facet,
      member: collection.members,
    });
  }

  for (const concept of model.concepts) {
    const { term } = concept;
    const node: JsonLdNode = {
      '@id': concept.iri,
      '@type': 'Concept',
      inScheme: model.schemeIri,
      notation: term.code,
      prefLabel: { ...term.labels },
      definition: { ...term.descriptions },
      termStatus: TERM_STATUS_VALUE[term.status],
    };
    if (term.synonyms.length > 0) node['altLabel'] = [...term.synonyms];
    if (concept.broader !== undefined) node['broader'] = concept.broader;
    if (concept.narrower.length > 0) node['narrower'] = concept.narrower;
    if (concept.topConcept) node['topConceptOf'] = model.schemeIri;
    if (term.status === 'DEPRECATED') node['deprecated'] = true;
    if (concept.replacedBy !== undefined) node['isReplacedBy'] = concept.replacedBy;
    for (const match of concept.matches) {
      const existing = node[match.property];
      node[match.property] = Array.isArray(existing) ? [...(existing as string[]), match.iri] : [match.iri];
    }
    graph.push(node);
  }

  for (const external of model.externals) {
    graph.push({ '@id': external.iri, label: { en: external.label }, notation: external.notation });
  }

  return { '@context': { ...SKOS_JSONLD_CONTEXT }, '@graph': graph };
}
