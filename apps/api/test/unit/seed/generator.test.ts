import { realDataset } from '../../../src/db/seed/data';
import {
  CITIES,
  FIRST_FOUNDED_YEAR,
  LAST_FOUNDED_YEAR,
  generateOrganization,
  generateOrganizationBatches,
  slugForIndex,
  type GeneratorContext,
} from '../../../src/db/seed/generator';
import type { SeedOrganization } from '../../../src/db/seed/data/types';
import { EU_MEMBERS, ISO_ALPHA2, NUTS2, badCodes, context } from './fixtures';

function run(count: number, seed: number, batchSize = 1000, startIndex = 0): SeedOrganization[] {
  const out: SeedOrganization[] = [];
  for (const batch of generateOrganizationBatches({ count, seed, batchSize, startIndex }, context)) out.push(...batch);
  return out;
}

const SAMPLE = run(20_000, 2024);

describe('synthetic organisation generator', () => {
  it('builds a usable context from the taxonomy', () => {
    expect(context.technologies.length).toBeGreaterThan(20);
    expect(context.applications.length).toBeGreaterThan(5);
    expect(context.stages).toHaveLength(6);
    expect(context.clusters.length).toBeGreaterThanOrEqual(16);
  });

  it('is deterministic: the same seed gives identical output', () => {
    expect(run(300, 7, 64)).toEqual(run(300, 7, 100));
  });

  it('gives different output for a different seed', () => {
    const a = run(300, 7);
    const b = run(300, 8);
    // Slugs depend on the index only and externalIds name the seed; everything else must differ.
    const strip = (org: SeedOrganization | undefined) => JSON.stringify({ ...org, slug: '', website: '', externalIds: {} });
    const differing = a.filter((org, i) => strip(org) !== strip(b[i]));
    expect(differing.length).toBeGreaterThan(290);
  });

  it('makes organisation i depend only on (seed, i), so batches can start anywhere', () => {
    const full = run(1000, 99, 128);
    const tail = run(500, 99, 77, 500);
    expect(tail).toEqual(full.slice(500));
    expect(generateOrganization(742, context, 99)).toEqual(full[742]);
  });

  it('yields batches of the requested size and rejects bad options', () => {
    const sizes = [...generateOrganizationBatches({ count: 10, seed: 1, batchSize: 4 }, context)].map((b) => b.length);
    expect(sizes).toEqual([4, 4, 2]);
    expect(() => generateOrganizationBatches({ count: 10, seed: 1, batchSize: 0 }, context).next()).toThrow(RangeError);
    expect(() => generateOrganizationBatches({ count: -1, seed: 1, batchSize: 5 }, context).next()).toThrow(RangeError);
    const empty: GeneratorContext = { ...context, technologies: [] };
    expect(() => generateOrganization(0, empty)).toThrow(/technologies/);
  });

  it('produces unique slugs that slugForIndex predicts and real slugs cannot collide with', () => {
    const slugs = SAMPLE.map((org) => org.slug);
    expect(new Set(slugs).size).toBe(SAMPLE.length);
    expect(SAMPLE.filter((org, i) => org.slug !== slugForIndex(i) || !/^[a-z]+-\d+$/.test(org.slug))).toEqual([]);
    const real = new Set(realDataset.organizations.map((org) => org.slug));
    expect(slugs.filter((slug) => real.has(slug))).toEqual([]);
    expect(SAMPLE[0]?.website).toBe(`https://${slugForIndex(0)}.example`);
  });

  it('draws kinds, sizes and verification in plausible proportions', () => {
    const share = (predicate: (org: SeedOrganization) => boolean) => SAMPLE.filter(predicate).length / SAMPLE.length;
    expect(share((org) => org.kind === 'SME')).toBeGreaterThan(0.76);
    expect(share((org) => org.kind === 'SME')).toBeLessThan(0.84);
    expect(share((org) => org.kind === 'RESEARCH_ORGANIZATION' || org.kind === 'UNIVERSITY')).toBeGreaterThan(0.08);
    expect(share((org) => org.kind === 'CLUSTER' || org.kind === 'PUBLIC_BODY')).toBe(0);
    expect(share((org) => org.verified)).toBeGreaterThan(0.27);
    expect(share((org) => org.verified)).toBeLessThan(0.33);
    const smes = SAMPLE.filter((org) => org.kind === 'SME');
    const small = smes.filter((org) => org.sizeBand === 'MICRO' || org.sizeBand === 'SMALL').length;
    expect(small / smes.length).toBeGreaterThan(0.7);
    expect(smes.filter((org) => org.sizeBand === 'LARGE')).toEqual([]);
  });

  it('places organisations in valid countries, EU regions and near real cities', () => {
    const byCountry = new Map<string, number>();
    const problems = SAMPLE.flatMap((org) => {
      byCountry.set(org.country, (byCountry.get(org.country) ?? 0) + 1);
      const city = CITIES.find((c) => c.name === org.city && c.country === org.country);
      const regionOk = EU_MEMBERS.has(org.country)
        ? org.region !== null && NUTS2.test(org.region) && org.region.startsWith(org.country)
        : org.region === null;
      const near = city !== undefined && Math.abs(org.latitude - city.latitude) < 0.1 && Math.abs(org.longitude - city.longitude) < 0.1;
      return ISO_ALPHA2.has(org.country) && regionOk && near ? [] : [`${org.slug} ${org.country} ${org.region} ${org.city}`];
    });
    expect(problems).toEqual([]);
    const ranked = [...byCountry.entries()].sort((a, b) => b[1] - a[1]).map(([country]) => country);
    expect(ranked[0]).toBe('DE');
    expect(ranked.slice(0, 5)).toContain('FR');
    expect((byCountry.get('US') ?? 0) + (byCountry.get('CA') ?? 0)).toBeGreaterThan(0);
  });

  it('keeps years, TRLs and list sizes within range', () => {
    const trls: number[] = [];
    const problems = SAMPLE.flatMap((org) => {
      const found: string[] = [];
      const check = (ok: boolean, what: string) => {
        if (!ok) found.push(`${org.slug}: ${what}`);
      };
      const founded = org.foundedYear ?? 0;
      check(founded >= FIRST_FOUNDED_YEAR && founded <= LAST_FOUNDED_YEAR, `founded ${org.foundedYear}`);
      check(org.capabilities.length >= 1 && org.capabilities.length <= 4, 'capability count');
      check(org.needs.length <= 2 && org.exportInterests.length <= 2 && org.clusters.length <= 2, 'list sizes');
      check(new Set(org.clusters.map((m) => m.slug)).size === org.clusters.length, 'duplicate membership');
      check(new Set(org.capabilities.map((c) => `${c.technology}|${c.stage}`)).size === org.capabilities.length, 'duplicate capability');
      check(new Set(org.exportInterests.map((e) => e.country)).size === org.exportInterests.length, 'duplicate export country');
      for (const capability of org.capabilities) {
        check(Number.isInteger(capability.trl) && capability.trl >= 1 && capability.trl <= 9, `TRL ${capability.trl}`);
        check(capability.applications.length >= 1 && capability.applications.length <= 3, 'application count');
        check(new Set(capability.applications).size === capability.applications.length, 'duplicate application');
        trls.push(capability.trl);
      }
      for (const membership of org.clusters) {
        check(/^\d{4}-\d{2}-\d{2}$/.test(membership.since), `since ${membership.since}`);
        check(Number(membership.since.slice(0, 4)) >= founded, `member before founded: ${membership.since}`);
      }
      for (const need of org.needs) {
        check(need.kind !== 'MARKET_ACCESS' || ISO_ALPHA2.has(need.country ?? ''), `need country ${need.country}`);
        check(need.description.length > 10, 'need description');
      }
      for (const interest of org.exportInterests) check(ISO_ALPHA2.has(interest.country), `export ${interest.country}`);
      return found;
    });
    expect(problems).toEqual([]);
    const mid = trls.filter((trl) => trl >= 4 && trl <= 8).length / trls.length;
    expect(mid).toBeGreaterThan(0.75);
  });

  it('prefers a cluster in the same country and never starts a membership before the cluster existed', () => {
    const clusterCountry = new Map(context.clusters.map((c) => [c.slug, c.country]));
    const clusterFounded = new Map(context.clusters.map((c) => [c.slug, c.foundedYear ?? null]));
    const countriesWithClusters = new Set(context.clusters.map((c) => c.country));
    const withLocalCluster = SAMPLE.filter((org) => org.clusters.length > 0 && countriesWithClusters.has(org.country));
    const local = withLocalCluster.filter((org) => clusterCountry.get(org.clusters[0]?.slug ?? '') === org.country);
    expect(local.length / withLocalCluster.length).toBeGreaterThan(0.75);
    const problems = SAMPLE.flatMap((org) =>
      org.clusters.flatMap((membership) => {
        const founded = clusterFounded.get(membership.slug);
        const ok = clusterCountry.has(membership.slug) && (typeof founded !== 'number' || Number(membership.since.slice(0, 4)) >= founded);
        return ok ? [] : [`${org.slug} → ${membership.slug} since ${membership.since}`];
      }),
    );
    expect(problems).toEqual([]);
  });

  it('draws applications with an affinity to the technology', () => {
    const rootOf = (code: string): string => {
      let current = code;
      for (let parent = context.parents?.[current]; parent; parent = context.parents?.[current]) current = parent;
      return current;
    };
    const manufacturing = new Set(context.applications.filter((code) => rootOf(code) === 'app.advanced-manufacturing'));
    const laserCaps = SAMPLE.flatMap((org) => org.capabilities).filter((c) => rootOf(c.technology) === 'tech.laser-processing');
    expect(manufacturing.size).toBeGreaterThan(0);
    expect(laserCaps.length).toBeGreaterThan(100);
    const share = laserCaps.filter((c) => c.applications.some((a) => manufacturing.has(a))).length / laserCaps.length;
    const uniformShare = 1 - (1 - manufacturing.size / context.applications.length) ** 2; // ~2 applications each
    expect(share).toBeGreaterThan(uniformShare * 1.5);
  });

  it('uses only existing taxonomy terms of the right facet', () => {
    const technologies = SAMPLE.flatMap((org) => [
      ...org.capabilities.map((c) => c.technology),
      ...org.needs.flatMap((n) => (n.technology === null ? [] : [n.technology])),
    ]);
    const applications = SAMPLE.flatMap((org) => [
      ...org.capabilities.flatMap((c) => c.applications),
      ...org.exportInterests.flatMap((e) => (e.application === null ? [] : [e.application])),
    ]);
    const stages = SAMPLE.flatMap((org) => [
      ...org.capabilities.map((c) => c.stage),
      ...org.needs.flatMap((n) => (n.stage === null ? [] : [n.stage])),
    ]);
    expect(badCodes(technologies, 'TECHNOLOGY')).toEqual([]);
    expect(badCodes(applications, 'APPLICATION')).toEqual([]);
    expect(badCodes(stages, 'STAGE')).toEqual([]);
  });

  it('generates 50,000 organisations in batches (throughput smoke check, not a timing assertion)', () => {
    let count = 0;
    let last: SeedOrganization | undefined;
    for (const batch of generateOrganizationBatches({ count: 50_000, seed: 5, batchSize: 5000 }, context)) {
      count += batch.length;
      last = batch[batch.length - 1];
    }
    expect(count).toBe(50_000);
    expect(last?.slug).toBe(slugForIndex(49_999));
  });
});
