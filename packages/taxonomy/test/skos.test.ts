import * as jsonld from 'jsonld';
import { Parser, type Quad } from 'n3';

import {
  allTerms,
  crosswalks,
  LANGUAGES,
  toSkosJsonLd,
  toSkosTurtle,
  turtleString,
  type CrosswalkDefinition,
  type TermDefinition,
} from '../src';

const SKOS = 'http://www.w3.org/2004/02/skos/core#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const OWL_DEPRECATED = 'http://www.w3.org/2002/07/owl#deprecated';
const DCT_IS_REPLACED_BY = 'http://purl.org/dc/terms/isReplacedBy';
const BASE = 'https://lightbridge.eu/scheme/';
const options = { version: '1.0.0', issued: '2026-11-24' };

const parseTurtle = (turtle: string): Quad[] => new Parser({ format: 'text/turtle' }).parse(turtle);
const withPredicate = (quads: Quad[], predicate: string) => quads.filter((quad) => quad.predicate.value === predicate);

function term(code: string, overrides: Partial<TermDefinition> = {}): TermDefinition {
  return {
    code,
    facet: 'TECHNOLOGY',
    parent: null,
    position: 1,
    labels: { en: 'Lasers', de: 'Laser', fr: 'Lasers', it: 'Laser' },
    descriptions: { en: 'Coherent light.', de: 'Kohärentes Licht.', fr: 'Lumière cohérente.', it: 'Luce coerente.' },
    synonyms: [],
    status: 'APPROVED',
    ...overrides,
  };
}

describe('SKOS Turtle export', () => {
  const turtle = toSkosTurtle(allTerms, crosswalks, options);
  const quads = parseTurtle(turtle);

  it('parses with an RDF parser and declares exactly one concept scheme', () => {
    const schemes = quads.filter((q) => q.predicate.value === RDF_TYPE && q.object.value === `${SKOS}ConceptScheme`);
    expect(schemes.map((q) => q.subject.value)).toEqual([BASE]);
  });

  it('has one skos:Concept per term, each with a prefLabel and a definition in every language', () => {
    const concepts = quads.filter((q) => q.predicate.value === RDF_TYPE && q.object.value === `${SKOS}Concept`);
    expect(concepts).toHaveLength(allTerms.length);
    const prefLabels = withPredicate(quads, `${SKOS}prefLabel`).filter(
      (q) => q.subject.value !== BASE && !q.subject.value.includes('/facet/'),
    );
    expect(prefLabels).toHaveLength(allTerms.length * LANGUAGES.length);
    expect(withPredicate(quads, `${SKOS}definition`)).toHaveLength(allTerms.length * LANGUAGES.length);
    const fibreLaserLabels = prefLabels.filter((q) => q.subject.value === `${BASE}tech.fibre-lasers`);
    expect(fibreLaserLabels.map((q) => [q.object.value, (q.object as { language?: string }).language])).toEqual([
      ['Fibre lasers', 'en'],
      ['Faserlaser', 'de'],
      ['Lasers à fibre', 'fr'],
      ['Laser a fibra', 'it'],
    ]);
  });

  it('links broader and narrower terms, top concepts, notations and synonyms', () => {
    const has = (s: string, p: string, o: string) =>
      quads.some((q) => q.subject.value === s && q.predicate.value === p && q.object.value === o);
    expect(has(`${BASE}tech.fibre-lasers`, `${SKOS}broader`, `${BASE}tech.lasers`)).toBe(true);
    expect(has(`${BASE}tech.lasers`, `${SKOS}narrower`, `${BASE}tech.fibre-lasers`)).toBe(true);
    expect(has(`${BASE}tech.light-sources-lasers`, `${SKOS}topConceptOf`, BASE)).toBe(true);
    expect(has(BASE, `${SKOS}hasTopConcept`, `${BASE}app.aerospace`)).toBe(true);
    expect(has(`${BASE}tech.vcsels`, `${SKOS}notation`, 'tech.vcsels')).toBe(true);
    expect(has(`${BASE}tech.vcsels`, `${SKOS}altLabel`, 'VCSEL')).toBe(true);
    expect(has(`${BASE}facet/technology`, `${SKOS}member`, `${BASE}tech.vcsels`)).toBe(true);
  });

  it('marks deprecated terms and points at their replacement', () => {
    const has = (s: string, p: string, o: string) =>
      quads.some((q) => q.subject.value === s && q.predicate.value === p && q.object.value === o);
    expect(has(`${BASE}tech.optical-sensors`, OWL_DEPRECATED, 'true')).toBe(true);
    expect(has(`${BASE}tech.optical-sensors`, DCT_IS_REPLACED_BY, `${BASE}tech.sensors-imaging`)).toBe(true);
  });

  it('maps crosswalks to NACE and KET concept IRIs with the SKOS mapping properties', () => {
    const has = (s: string, p: string, o: string) =>
      quads.some((q) => q.subject.value === s && q.predicate.value === p && q.object.value === o);
    expect(has(`${BASE}tech.lasers`, `${SKOS}broadMatch`, 'http://data.europa.eu/ux2/nace2/2670')).toBe(true);
    expect(has(`${BASE}tech.lighting`, `${SKOS}closeMatch`, 'http://data.europa.eu/ux2/nace2/2740')).toBe(true);
    expect(has(`${BASE}tech.optical-components`, `${SKOS}broadMatch`, 'https://lightbridge.eu/ket/KET-PHOTONICS')).toBe(true);
    const mappingProperties = ['exactMatch', 'closeMatch', 'broadMatch', 'narrowMatch', 'relatedMatch'].map((p) => `${SKOS}${p}`);
    expect(quads.filter((q) => mappingProperties.includes(q.predicate.value))).toHaveLength(crosswalks.length);
  });

  it('round-trips labels containing quotes, backslashes and line breaks', () => {
    const tricky = 'He said "laser" \\ then\nleft\t\u0001';
    const turtleOut = toSkosTurtle([term('tech.tricky', { labels: { en: tricky, de: 'a"b', fr: 'c\\d', it: 'e\r\nf' } })], [], options);
    const labels = withPredicate(parseTurtle(turtleOut), `${SKOS}prefLabel`).filter((q) => q.subject.value === `${BASE}tech.tricky`);
    expect(labels.map((q) => q.object.value)).toEqual([tricky, 'a"b', 'c\\d', 'e\r\nf']);
    expect(turtleString('a"b\\c\nd')).toBe('"a\\"b\\\\c\\nd"');
  });

  it('uses the given base IRI and refuses one that is not a valid IRI', () => {
    const turtleOut = toSkosTurtle([term('tech.a')], [], { ...options, baseUri: 'https://example.org/lb/' });
    expect(parseTurtle(turtleOut).some((q) => q.subject.value === 'https://example.org/lb/tech.a')).toBe(true);
    expect(() => toSkosTurtle([term('tech.a')], [], { ...options, baseUri: 'https://example.org/a b/' })).toThrow(/IRI/);
  });
});

describe('SKOS JSON-LD export', () => {
  const document = toSkosJsonLd(allTerms, crosswalks, options);
  const json = JSON.parse(JSON.stringify(document)) as { '@context': Record<string, unknown>; '@graph': Record<string, unknown>[] };

  it('is plain JSON with a context and one node per term', () => {
    expect(typeof json['@context']).toBe('object');
    expect(json['@context']['skos']).toBe(SKOS);
    const concepts = json['@graph'].filter((node) => node['@type'] === 'Concept');
    expect(concepts).toHaveLength(allTerms.length);
    expect(new Set(concepts.map((node) => node['@id'])).size).toBe(allTerms.length);
    const lasers = concepts.find((node) => node['@id'] === `${BASE}tech.lasers`);
    expect(lasers?.['prefLabel']).toEqual({ en: 'Lasers', de: 'Laser', fr: 'Lasers', it: 'Laser' });
    expect(json['@graph'].filter((node) => node['@type'] === 'ConceptScheme')).toHaveLength(1);
  });

  it('expands with a JSON-LD processor to the same RDF graph as the Turtle export', async () => {
    const small: TermDefinition[] = [
      term('tech.root', { synonyms: ['root "quoted"'] }),
      term('tech.child', { parent: 'tech.root' }),
      term('tech.old', { status: 'DEPRECATED', replacedBy: 'tech.root', position: 2 }),
      term('app.use', { facet: 'APPLICATION', labels: { en: 'Use', de: 'Nutzung', fr: 'Usage', it: 'Uso' } }),
    ];
    const links: CrosswalkDefinition[] = [
      { term: 'tech.root', scheme: 'NACE_REV2', externalCode: '26.70', externalLabel: 'Optical', match: 'BROAD' },
      { term: 'tech.root', scheme: 'KET', externalCode: 'KET-PHOTONICS', externalLabel: 'Photonics', match: 'CLOSE' },
    ];
    const expanded = await jsonld.expand(JSON.parse(JSON.stringify(toSkosJsonLd(small, links, options))) as jsonld.JsonLdDocument);
    const conceptNodes = expanded.filter((node) => (node['@type'] as string[] | undefined)?.includes(`${SKOS}Concept`));
    expect(conceptNodes).toHaveLength(small.length);

    const nquads = (await jsonld.toRDF(toSkosJsonLd(small, links, options) as unknown as jsonld.JsonLdDocument, {
      format: 'application/n-quads',
    })) as unknown as string;
    const fromJsonLd = new Parser({ format: 'application/n-quads' }).parse(nquads);
    const fromTurtle = parseTurtle(toSkosTurtle(small, links, options));
    const key = (q: Quad) =>
      q.object.termType === 'Literal'
        ? `${q.subject.value} ${q.predicate.value} "${q.object.value}"@${q.object.language}^^${q.object.datatype.value}`
        : `${q.subject.value} ${q.predicate.value} ${q.object.termType}:${q.object.value}`;
    expect(new Set(fromJsonLd.map(key))).toEqual(new Set(fromTurtle.map(key)));
  });
});
