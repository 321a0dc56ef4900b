import type {
  OrganizationKind,
  SeedCapability,
  SeedClusterMembership,
  SeedExportInterest,
  SeedNeed,
  SeedOrganization,
  SizeBand,
} from '../data/types';
import { prepare, type BatchOptions, type GeneratorContext, type Prepared } from './context';
import { EXPORT_MARKETS, type City, type CountryInfo } from './geography';
import { brandForIndex, capitalize, slugForIndex, wordsForTechnology } from './names';
import {
  CAPABILITY_COUNT,
  DEFAULT_SEED,
  EXPORT_COUNT,
  FIRST_MEMBERSHIP_YEAR,
  FUNDING_NEEDS,
  INDUSTRY_EVIDENCE,
  KIND_PHRASE,
  KIND_WEIGHTS,
  KINDS,
  LAST_FOUNDED_YEAR,
  FIRST_FOUNDED_YEAR,
  MEMBERSHIP_COUNT,
  NEED_COUNT,
  NEED_KIND_WEIGHTS,
  NEED_KINDS,
  RESEARCH_EVIDENCE,
  SIZE_PHRASE,
  SIZE_WEIGHTS,
  TRL_INDUSTRY,
  TRL_RESEARCH,
  VERIFIED_SHARE,
} from './distributions';
import { Rng } from './prng';

export { DEFAULT_SEED, FIRST_FOUNDED_YEAR, LAST_FOUNDED_YEAR } from './distributions';
export type { BatchOptions, GeneratorContext } from './context';

const round5 = (value: number): number => Math.round(value * 1e5) / 1e5;
const pad2 = (value: number): string => (value < 10 ? `0${value}` : String(value));

function isResearch(kind: OrganizationKind): boolean {
  return kind === 'RESEARCH_ORGANIZATION' || kind === 'UNIVERSITY';
}

/** 1-3 distinct applications, drawn with the technology's affinity when the context gives one. */
function applicationsFor(rng: Rng, technology: string, ctx: GeneratorContext, p: Prepared): string[] {
  const count = Math.min(rng.between(1, 3), ctx.applications.length);
  const weights = p.applicationWeights.get(technology);
  if (weights === undefined) return rng.sample(ctx.applications, count);
  const out: string[] = [];
  for (let attempt = 0; out.length < count && attempt < 12; attempt++) {
    const application = ctx.applications[rng.weighted(weights)] as string;
    if (!out.includes(application)) out.push(application);
  }
  return out;
}

function capabilities(rng: Rng, kind: OrganizationKind, ctx: GeneratorContext, p: Prepared): SeedCapability[] {
  const research = isResearch(kind);
  const count = Math.min(4, rng.weighted(CAPABILITY_COUNT) + (research ? 1 : 0) + 1);
  const out: SeedCapability[] = [];
  const primary = rng.pick(ctx.technologies);
  for (let attempt = 0; out.length < count && attempt < count * 4; attempt++) {
    // Most organisations deepen one technology along the chain rather than spreading thin.
    const technology = out.length === 0 || rng.chance(0.45) ? primary : rng.pick(ctx.technologies);
    const stage = ctx.stages[rng.weighted(research ? p.stageResearch : p.stageIndustry)] as string;
    if (out.some((cap) => cap.technology === technology && cap.stage === stage)) continue;
    const trl = rng.weighted(research ? TRL_RESEARCH : TRL_INDUSTRY) + 1;
    const evidence = rng.chance(0.5) ? null : rng.pick(research ? RESEARCH_EVIDENCE : INDUSTRY_EVIDENCE);
    out.push({ technology, stage, applications: applicationsFor(rng, technology, ctx, p), trl, evidence });
  }
  return out;
}

function needs(rng: Rng, own: SeedCapability[], ctx: GeneratorContext, p: Prepared): SeedNeed[] {
  const count = rng.weighted(NEED_COUNT);
  const out: SeedNeed[] = [];
  for (let n = 0; n < count; n++) {
    const kind = NEED_KINDS[rng.weighted(NEED_KIND_WEIGHTS)] as SeedNeed['kind'];
    if (out.some((need) => need.kind === kind)) continue;
    if (kind === 'PARTNER') {
      const technology = rng.pick(ctx.technologies);
      // A partner one step up or down the chain from the organisation's own main stage.
      const ownStage = ctx.stages.indexOf(own[0]?.stage ?? '');
      const step = rng.chance(0.6) ? 1 : -1;
      const stageIndex = Math.max(0, Math.min(ctx.stages.length - 1, ownStage + step));
      const stage = ctx.stages[stageIndex] as string;
      const description = `Looking for a partner in ${p.label(technology)} at the ${p.label(stage)} stage for a joint offer.`;
      out.push({ kind, technology, stage, country: null, description });
    } else if (kind === 'MARKET_ACCESS') {
      const market = EXPORT_MARKETS[rng.weighted(p.exportWeights)] ?? EXPORT_MARKETS[0]!;
      const description = `Seeking distributors, system integrators and first customers in ${market.name}.`;
      out.push({ kind, technology: null, stage: null, country: market.code, description });
    } else if (kind === 'FUNDING') {
      out.push({ kind, technology: null, stage: null, country: null, description: rng.pick(FUNDING_NEEDS) });
    } else {
      const technology = own[0]?.technology ?? rng.pick(ctx.technologies);
      const description = `Recruiting engineers experienced in ${p.label(technology)}; open to staff exchanges with research partners.`;
      out.push({ kind, technology, stage: null, country: null, description });
    }
  }
  return out;
}

function exportInterests(rng: Rng, country: string, own: SeedCapability[], p: Prepared): SeedExportInterest[] {
  const count = rng.weighted(EXPORT_COUNT);
  const out: SeedExportInterest[] = [];
  for (let n = 0; n < count; n++) {
    const market = EXPORT_MARKETS[rng.weighted(p.exportWeights)] ?? EXPORT_MARKETS[0]!;
    if (market.code === country || out.some((interest) => interest.country === market.code)) continue;
    const applications = own[rng.int(own.length)]?.applications ?? [];
    const application = applications.length > 0 && rng.chance(0.6) ? rng.pick(applications) : null;
    out.push({ country: market.code, application });
  }
  return out;
}

function memberships(rng: Rng, country: string, founded: number, p: Prepared): SeedClusterMembership[] {
  if (p.clusterSlugs.length === 0) return [];
  const count = rng.weighted(MEMBERSHIP_COUNT);
  const local = p.clustersByCountry.get(country) ?? [];
  const out: SeedClusterMembership[] = [];
  for (let n = 0; n < count; n++) {
    const preferLocal = local.length > 0 && (n === 0 ? rng.chance(0.85) : rng.chance(0.3));
    const slug = rng.pick(preferLocal ? local : p.clusterSlugs);
    if (out.some((membership) => membership.slug === slug)) continue;
    const earliest = Math.min(
      LAST_FOUNDED_YEAR,
      Math.max(founded, FIRST_MEMBERSHIP_YEAR, p.clusterFounded.get(slug) ?? FIRST_MEMBERSHIP_YEAR),
    );
    const year = rng.between(earliest, LAST_FOUNDED_YEAR);
    out.push({ slug, since: `${year}-${pad2(rng.between(1, 12))}-${pad2(rng.between(1, 28))}` });
  }
  return out;
}

function nameFor(kind: OrganizationKind, brand: string, country: CountryInfo, word: string, rng: Rng): string {
  switch (kind) {
    case 'RESEARCH_ORGANIZATION':
      return `${brand} Institute for ${word}`;
    case 'UNIVERSITY':
      return `${brand} ${word} Laboratory`;
    case 'INVESTOR':
      return `${brand} ${rng.pick(['Deep Tech Ventures', 'Capital Partners', 'Photonics Fund'])}`;
    case 'SYSTEM_INTEGRATOR':
      return `${brand} ${rng.pick(['Automation', 'Systems Integration', 'Industrial Systems'])} ${country.legalForms[0]}`;
    case 'LARGE_COMPANY':
      return `${brand} ${word} ${country.legalForms[country.legalForms.length - 1]}`;
    case 'SME':
    case 'CLUSTER':
    case 'PUBLIC_BODY':
      return `${brand} ${word} ${rng.chance(0.8) ? country.legalForms[0] : rng.pick(country.legalForms)}`;
  }
}

/** Organisation `index` of the synthetic population for `seed`; depends on nothing else. */
export function generateOrganization(index: number, context: GeneratorContext, seed: number = DEFAULT_SEED): SeedOrganization {
  const p = prepare(context);
  const slug = slugForIndex(index);
  const rng = new Rng(seed, index);
  const kind = KINDS[rng.weighted(KIND_WEIGHTS)] as OrganizationKind;
  const country = p.countries[rng.weighted(p.countryWeights)] as CountryInfo;
  const place = p.citiesByCountry.get(country.code);
  if (place === undefined) throw new Error(`no cities for ${country.code}`);
  const city = place.cities[rng.weighted(place.weights)] as City;
  const latitude = round5(city.latitude + (rng.next() - 0.5) * 0.12);
  const longitude = round5(city.longitude + (rng.next() - 0.5) * 0.18);
  const sizes = SIZE_WEIGHTS[kind];
  const sizeBand = sizes.bands[rng.weighted(sizes.weights)] as SizeBand;
  // Skewed towards recent years: most photonics SMEs are young.
  const foundedYear = LAST_FOUNDED_YEAR - Math.floor(Math.pow(rng.next(), 1.5) * (LAST_FOUNDED_YEAR - FIRST_FOUNDED_YEAR + 1));
  const caps = capabilities(rng, kind, context, p);
  const primary = caps[0]?.technology;
  const words = wordsForTechnology(primary);
  const brand = capitalize(brandForIndex(index));
  const name = nameFor(kind, brand, country, rng.pick(words), rng);
  const mainApplication = caps[0]?.applications[0];
  const techText = primary === undefined ? 'photonics' : p.label(primary);
  const description =
    `${brand} is a ${SIZE_PHRASE[sizeBand]} ${KIND_PHRASE[kind]} in ${city.name}, ${country.name}, working on ` +
    `${techText}${mainApplication === undefined ? '' : `, mainly for ${p.label(mainApplication)}`}.`;
  return {
    slug,
    name,
    kind,
    country: country.code,
    region: city.region,
    city: city.name,
    latitude,
    longitude,
    website: `https://${slug}.example`,
    sizeBand,
    foundedYear,
    description,
    verified: rng.chance(VERIFIED_SHARE),
    externalIds: { synthetic: `${seed}/${index}` },
    clusters: memberships(rng, country.code, foundedYear, p),
    capabilities: caps,
    needs: needs(rng, caps, context, p),
    exportInterests: exportInterests(rng, country.code, caps, p),
  };
}

/**
 * Organisations `startIndex .. startIndex + count - 1` in arrays of at most `batchSize`.
 * Because each organisation depends only on (seed, index), batches can be produced in any
 * order, in parallel workers, or resumed from any index.
 */
export function* generateOrganizationBatches(
  options: BatchOptions,
  context: GeneratorContext,
): Generator<SeedOrganization[], void, undefined> {
  const { count, seed, batchSize, startIndex = 0 } = options;
  for (const [name, value] of [
    ['count', count],
    ['batchSize', batchSize],
    ['startIndex', startIndex],
    ['seed', seed],
  ] as const) {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
  }
  if (batchSize === 0) throw new RangeError('batchSize must be at least 1');
  const end = startIndex + count;
  for (let first = startIndex; first < end; first += batchSize) {
    const last = Math.min(end, first + batchSize);
    const batch: SeedOrganization[] = new Array<SeedOrganization>(last - first);
    for (let i = first; i < last; i++) batch[i - first] = generateOrganization(i, context, seed);
    yield batch;
  }
}
