import { A, S, STAGE_ORDER, T, realDataset } from '../../../src/db/seed/data';
import { EU_MEMBERS, ISO_ALPHA2, NUTS2, badCodes, termsByCode } from './fixtures';

const { organizations, agreements, events, communities, links, valueChains, targetMarkets, kpiDefinitions, kpiRecords } = realDataset;
const orgBySlug = new Map(organizations.map((org) => [org.slug, org]));
const communitySlugs = new Set(communities.map((community) => community.slug));
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isDate(value: string): boolean {
  return DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

describe('real dataset: organisations', () => {
  it('names every partner and cluster of LightJumps, Photonics4Industry and PIMAP and their third-country partners', () => {
    const expected = {
      CLUSTER: [
        'sensor-city',
        'lazio-connect',
        'organic-electronics-saxony',
        'optitec',
        'photonics-austria',
        'photonics-finland',
        'toolas',
        'photonics-bw',
        'photonics-bretagne',
        'alpha-rlh',
        'triple-steelix',
        'produtech',
        'business-joensuu',
        'optonique',
        'arizona-optics-valley',
        'new-york-photonics',
      ],
      UNIVERSITY: ['polimi', 'tue-cobra'],
      RESEARCH_ORGANIZATION: ['fraunhofer-fep', 'cnr'],
      SME: ['pno-ciaotech', 'europe-unlimited', 'visionary-analytics'],
      INVESTOR: ['investornet-gate2growth'],
    };
    for (const [kind, slugs] of Object.entries(expected)) {
      for (const slug of slugs) expect({ slug, kind: orgBySlug.get(slug)?.kind }).toEqual({ slug, kind });
    }
    expect(organizations).toHaveLength(24);
  });

  it('has unique slugs that never end in -<digits> (reserved for generated organisations)', () => {
    expect(orgBySlug.size).toBe(organizations.length);
    for (const org of organizations) expect(org.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(organizations.filter((org) => /-\d+$/.test(org.slug))).toEqual([]);
  });

  it('has valid countries, regions, coordinates, websites and descriptions', () => {
    for (const org of organizations) {
      expect(ISO_ALPHA2.has(org.country)).toBe(true);
      if (EU_MEMBERS.has(org.country)) {
        expect(org.region).toMatch(NUTS2);
        expect(org.region?.slice(0, 2)).toBe(org.country);
      } else {
        expect(org.region).toBeNull();
      }
      expect(Math.abs(org.latitude)).toBeLessThanOrEqual(90);
      expect(Math.abs(org.longitude)).toBeLessThanOrEqual(180);
      if (org.website !== null) expect(org.website).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/.*)?$/);
      expect(org.description.length).toBeGreaterThan(60);
      expect(org.verified).toBe(true);
      if (org.foundedYear !== null) expect(org.foundedYear).toBeLessThanOrEqual(2024);
    }
    // A few spot checks of places.
    expect(orgBySlug.get('photonics-bw')).toMatchObject({ country: 'DE', region: 'DE11', city: 'Aalen' });
    expect(orgBySlug.get('toolas')).toMatchObject({ country: 'LT', region: 'LT01', city: 'Vilnius' });
    expect(orgBySlug.get('optonique')).toMatchObject({ country: 'CA', region: null });
  });

  it('gives capabilities valid TRLs and memberships that point at clusters', () => {
    for (const org of organizations) {
      for (const capability of org.capabilities) {
        expect(capability.trl).toBeGreaterThanOrEqual(1);
        expect(capability.trl).toBeLessThanOrEqual(9);
        expect(capability.applications.length).toBeGreaterThan(0);
      }
      for (const membership of org.clusters) {
        expect(orgBySlug.get(membership.slug)?.kind).toBe('CLUSTER');
        expect(isDate(membership.since)).toBe(true);
      }
      for (const need of org.needs) if (need.country !== null) expect(ISO_ALPHA2.has(need.country)).toBe(true);
      for (const interest of org.exportInterests) expect(ISO_ALPHA2.has(interest.country)).toBe(true);
    }
  });
});

describe('real dataset: references', () => {
  it('refers only to existing organisations', () => {
    const referenced = [
      ...agreements.flatMap((a) => a.signatories),
      ...events.flatMap((e) => [e.organizer, ...e.participants.map((p) => p.organization)]),
      ...communities.flatMap((c) => c.members),
      ...links.filter((l) => l.kind === 'CLUSTER').flatMap((l) => [l.from, l.to]),
      ...kpiRecords.map((r) => r.cluster),
      ...organizations.flatMap((o) => o.clusters.map((m) => m.slug)),
    ];
    expect([...new Set(referenced)].filter((slug) => !orgBySlug.has(slug))).toEqual([]);
  });

  it('links clusters to clusters and communities to communities, with one pending and one declined request', () => {
    for (const link of links) {
      if (link.kind === 'CLUSTER') {
        expect(orgBySlug.get(link.from)?.kind).toBe('CLUSTER');
        expect(orgBySlug.get(link.to)?.kind).toBe('CLUSTER');
      } else {
        expect(communitySlugs.has(link.from)).toBe(true);
        expect(communitySlugs.has(link.to)).toBe(true);
      }
      expect(link.from).not.toBe(link.to);
    }
    expect(links.filter((l) => l.status === 'REQUESTED')).toHaveLength(1);
    expect(links.filter((l) => l.status === 'DECLINED')).toHaveLength(1);
    for (const kind of ['COMMUNITY', 'CLUSTER'] as const) {
      expect(links.filter((l) => l.kind === kind && l.status === 'ACCEPTED').length).toBeGreaterThanOrEqual(2);
    }
    const pairs = links.map((l) => [l.kind, ...[l.from, l.to].sort()].join('|'));
    expect(new Set(pairs).size).toBe(links.length);
  });

  it('records the PIMAP agreements', () => {
    const mous = agreements.filter((a) => a.kind === 'MOU');
    expect(mous.map((a) => a.signedOn)).toEqual(['2019-06-25', '2019-06-25']);
    expect(mous.flatMap((a) => a.signatories)).toEqual(expect.arrayContaining(['arizona-optics-valley', 'optonique']));
    const partnership = agreements.find((a) => a.kind === 'PARTNERSHIP_AGREEMENT');
    expect(partnership?.signatories.sort()).toEqual(['alpha-rlh', 'business-joensuu', 'produtech', 'triple-steelix']);
    for (const agreement of agreements) {
      expect(isDate(agreement.signedOn)).toBe(true);
      expect(new Set(agreement.signatories).size).toBe(agreement.signatories.length);
    }
  });

  it('has well-formed events whose organiser takes part', () => {
    expect(new Set(events.map((e) => e.slug)).size).toBe(events.length);
    for (const event of events) {
      expect(isDate(event.startsOn) && isDate(event.endsOn)).toBe(true);
      expect(event.startsOn <= event.endsOn).toBe(true);
      expect(ISO_ALPHA2.has(event.country)).toBe(true);
      for (const country of event.targetCountries) expect(ISO_ALPHA2.has(country)).toBe(true);
      expect(event.participants).toContainEqual({ organization: event.organizer, role: 'ORGANIZER' });
      const slugs = event.participants.map((p) => p.organization);
      expect(new Set(slugs).size).toBe(slugs.length);
    }
    const kinds = new Set(events.map((e) => e.kind));
    for (const kind of ['WORKSHOP', 'TRADE_MISSION', 'CLUSTER_EXCHANGE', 'MATCHMAKING', 'TRADE_FAIR']) expect(kinds).toContain(kind);
  });

  it('has KPI records for defined KPIs only, with no stored value for computed KPIs', () => {
    const definitions = new Map(kpiDefinitions.map((d) => [d.code, d]));
    expect(definitions.size).toBe(kpiDefinitions.length);
    for (const code of [
      'smes-engaged',
      'capabilities-published',
      'needs-published',
      'links-made',
      'matches',
      'agreements-signed',
      'missions-held',
      'export-readiness',
    ]) {
      expect(definitions.get(code)?.computed).toBe(true);
    }
    for (const code of ['members-internationalised', 'b2b-meetings', 'joint-projects', 'export-turnover-growth']) {
      expect(definitions.get(code)?.computed).toBe(false);
    }
    const keys = new Set<string>();
    for (const record of kpiRecords) {
      const definition = definitions.get(record.kpi);
      expect(definition).toBeDefined();
      if (definition?.computed) expect(record.value).toBeNull();
      expect(record.period).toMatch(/^\d{4}(-Q[1-4])?$/);
      expect(orgBySlug.get(record.cluster)?.kind).toBe('CLUSTER');
      const key = `${record.cluster}|${record.kpi}|${record.period}`;
      expect(keys.has(key)).toBe(false);
      keys.add(key);
    }
  });

  it('has target markets with potentials between 0 and 100', () => {
    for (const market of targetMarkets) {
      expect(ISO_ALPHA2.has(market.country)).toBe(true);
      expect(market.potential).toBeGreaterThanOrEqual(0);
      expect(market.potential).toBeLessThanOrEqual(100);
      expect(market.sources.length).toBeGreaterThan(0);
    }
    const pairs = targetMarkets.map((m) => `${m.country}|${m.application}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(targetMarkets.filter((m) => ['JP', 'CN', 'KR', 'SG', 'IN'].includes(m.country)).length).toBeGreaterThanOrEqual(3);
    expect(targetMarkets.some((m) => m.country === 'US')).toBe(true);
    expect(targetMarkets.some((m) => m.country === 'CA')).toBe(true);
  });
});

describe('real dataset: taxonomy codes', () => {
  it('declares only existing codes in its code tables', () => {
    expect(badCodes(Object.values(T), 'TECHNOLOGY')).toEqual([]);
    expect(badCodes(Object.values(A), 'APPLICATION')).toEqual([]);
    expect(badCodes(Object.values(S), 'STAGE')).toEqual([]);
  });

  it('uses only existing, non-deprecated terms of the right facet', () => {
    const technologies = [
      ...organizations.flatMap((o) => o.capabilities.map((c) => c.technology)),
      ...organizations.flatMap((o) => o.needs.flatMap((n) => (n.technology === null ? [] : [n.technology]))),
      ...valueChains.flatMap((v) => (v.technology === null ? [] : [v.technology])),
    ];
    const applications = [
      ...organizations.flatMap((o) => o.capabilities.flatMap((c) => c.applications)),
      ...organizations.flatMap((o) => o.exportInterests.flatMap((e) => (e.application === null ? [] : [e.application]))),
      ...valueChains.map((v) => v.application),
      ...targetMarkets.map((m) => m.application),
    ];
    const stages = [
      ...organizations.flatMap((o) => o.capabilities.map((c) => c.stage)),
      ...organizations.flatMap((o) => o.needs.flatMap((n) => (n.stage === null ? [] : [n.stage]))),
      ...valueChains.flatMap((v) => v.stages.map((s) => s.stage)),
    ];
    expect(badCodes(technologies, 'TECHNOLOGY')).toEqual([]);
    expect(badCodes(applications, 'APPLICATION')).toEqual([]);
    expect(badCodes(stages, 'STAGE')).toEqual([]);
    const communityTerms = communities.flatMap((c) => c.terms);
    expect(communityTerms.filter((code) => !termsByCode.has(code) || termsByCode.get(code)?.status === 'DEPRECATED')).toEqual([]);
  });

  it('lists the six value-chain stages of the taxonomy, in order, in every value chain', () => {
    const taxonomyStages = [...termsByCode.values()]
      .filter((term) => term.facet === 'STAGE' && term.parent === null)
      .sort((a, b) => a.position - b.position)
      .map((term) => term.code);
    expect([...STAGE_ORDER]).toEqual(taxonomyStages);
    for (const chain of valueChains) {
      expect(chain.stages.map((s) => s.stage)).toEqual(taxonomyStages);
      for (const stage of chain.stages) expect(stage.label.length).toBeGreaterThan(5);
    }
    expect(valueChains.length).toBeGreaterThanOrEqual(5);
  });
});
