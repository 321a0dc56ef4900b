import { APPLICATION_AFFINITY, AFFINITY_WEIGHT, STAGE_INDUSTRY, STAGE_RESEARCH } from './distributions';
import { CITIES, COUNTRIES, EXPORT_MARKETS, type City, type CountryInfo } from './geography';
import { labelFromCode } from './names';
import { cumulative, type CumulativeWeights } from './prng';

/** What the caller knows from the taxonomy and the real data; passed in, never imported. */
export interface GeneratorContext {
  /** Clusters that generated organisations may join; no membership starts before `foundedYear`. */
  clusters: readonly { slug: string; country: string; foundedYear?: number | null }[];
  /** Leaf-ish TECHNOLOGY term codes. */
  technologies: readonly string[];
  /** APPLICATION term codes. */
  applications: readonly string[];
  /** STAGE term codes in value-chain order (materials first). */
  stages: readonly string[];
  /** Optional English labels by term code, used in descriptions; derived from the code otherwise. */
  labels?: Readonly<Record<string, string>>;
  /**
   * Optional parent by term code. With it, applications are drawn with an affinity to the
   * technology (lasers → manufacturing, PICs → datacom ...); without it, uniformly.
   */
  parents?: Readonly<Record<string, string | null>>;
}

export interface BatchOptions {
  /** How many organisations in total. */
  count: number;
  seed: number;
  batchSize: number;
  /** Index of the first organisation; default 0. */
  startIndex?: number;
}

/** The part of a taxonomy term the generator needs (structurally compatible with `TermDefinition`). */
export interface ContextTerm {
  code: string;
  facet: 'TECHNOLOGY' | 'APPLICATION' | 'STAGE';
  parent: string | null;
  position: number;
  labels: { en: string };
  status: string;
}

/** 'Fibre lasers' → 'fibre lasers' for use mid-sentence; acronyms ('OLED lighting', 'LiDAR') stay. */
export function inSentence(label: string): string {
  const firstWord = label.split(/[\s,;:-]/, 1)[0] ?? '';
  return /^[A-Z][a-z]*$/.test(firstWord) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

/**
 * Builds a generator context from taxonomy terms and clusters: technologies are the approved
 * TECHNOLOGY terms below the top level (the "leaf-ish" ones organisations actually declare),
 * applications every approved APPLICATION term, stages the approved top STAGE terms by position.
 */
export function contextFromTerms(terms: readonly ContextTerm[], clusters: GeneratorContext['clusters']): GeneratorContext {
  const approved = terms.filter((term) => term.status === 'APPROVED');
  const stages = approved.filter((term) => term.facet === 'STAGE' && term.parent === null).sort((a, b) => a.position - b.position);
  const labels: Record<string, string> = {};
  const parents: Record<string, string | null> = {};
  for (const term of approved) {
    labels[term.code] = inSentence(term.labels.en);
    parents[term.code] = term.parent;
  }
  return {
    clusters,
    technologies: approved.filter((t) => t.facet === 'TECHNOLOGY' && t.parent !== null).map((t) => t.code),
    applications: approved.filter((t) => t.facet === 'APPLICATION').map((t) => t.code),
    stages: stages.map((term) => term.code),
    labels,
    parents,
  };
}

/** Lookup tables derived once per context object. */
export interface Prepared {
  countries: readonly CountryInfo[];
  countryWeights: CumulativeWeights;
  citiesByCountry: Map<string, { cities: City[]; weights: CumulativeWeights }>;
  clustersByCountry: Map<string, string[]>;
  clusterSlugs: string[];
  clusterFounded: Map<string, number>;
  stageIndustry: CumulativeWeights;
  stageResearch: CumulativeWeights;
  exportWeights: CumulativeWeights;
  /** Per technology: weights over `context.applications`, or undefined for uniform. */
  applicationWeights: Map<string, CumulativeWeights>;
  label: (code: string) => string;
}

const cache = new WeakMap<GeneratorContext, Prepared>();

function stageWeights(base: readonly number[], count: number): CumulativeWeights {
  const weights: number[] = [];
  for (let i = 0; i < count; i++) weights.push(base[i] ?? 5);
  return cumulative(weights);
}

/** Top-level ancestor of a code, without its facet prefix: `tech.vcsels` → `light-sources-lasers`. */
function rootName(code: string, parents: Readonly<Record<string, string | null>>): string {
  let current = code;
  for (let depth = 0; depth < 20; depth++) {
    const parent = parents[current];
    if (parent === null || parent === undefined) break;
    current = parent;
  }
  return current.slice(current.indexOf('.') + 1);
}

function affinityWeights(context: GeneratorContext): Map<string, CumulativeWeights> {
  const out = new Map<string, CumulativeWeights>();
  const parents = context.parents;
  if (parents === undefined) return out;
  const appRoots = context.applications.map((code) => rootName(code, parents));
  for (const technology of context.technologies) {
    const preferred = APPLICATION_AFFINITY[rootName(technology, parents)];
    if (preferred === undefined) continue;
    out.set(technology, cumulative(appRoots.map((root) => (preferred.includes(root) ? AFFINITY_WEIGHT : 1))));
  }
  return out;
}

export function prepare(context: GeneratorContext): Prepared {
  const cached = cache.get(context);
  if (cached) return cached;
  for (const key of ['technologies', 'applications', 'stages'] as const) {
    if (context[key].length === 0) throw new RangeError(`generator context: ${key} must not be empty`);
  }
  const citiesByCountry = new Map<string, { cities: City[]; weights: CumulativeWeights }>();
  for (const country of COUNTRIES) {
    const cities = CITIES.filter((city) => city.country === country.code);
    citiesByCountry.set(country.code, { cities, weights: cumulative(cities.map((city) => city.weight)) });
  }
  const clustersByCountry = new Map<string, string[]>();
  const clusterFounded = new Map<string, number>();
  for (const cluster of context.clusters) {
    clustersByCountry.set(cluster.country, [...(clustersByCountry.get(cluster.country) ?? []), cluster.slug]);
    if (typeof cluster.foundedYear === 'number') clusterFounded.set(cluster.slug, cluster.foundedYear);
  }
  const labels = context.labels ?? {};
  const result: Prepared = {
    countries: COUNTRIES,
    countryWeights: cumulative(COUNTRIES.map((country) => country.weight)),
    citiesByCountry,
    clustersByCountry,
    clusterSlugs: context.clusters.map((cluster) => cluster.slug),
    clusterFounded,
    stageIndustry: stageWeights(STAGE_INDUSTRY, context.stages.length),
    stageResearch: stageWeights(STAGE_RESEARCH, context.stages.length),
    exportWeights: cumulative(EXPORT_MARKETS.map((market) => market.weight)),
    applicationWeights: affinityWeights(context),
    label: (code) => labels[code] ?? labelFromCode(code),
  };
  cache.set(context, result);
  return result;
}
