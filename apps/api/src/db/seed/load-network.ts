import type { EntityManager } from 'typeorm';
import { bulkInsert, reserveIds } from './bulk-insert';
import type { SeedDataset } from './data/types';
import type { LoadContext } from './load-organizations';

function lookup(map: Map<string, number>, key: string, what: string): number {
  const id = map.get(key);
  if (id === undefined) throw new Error(`Demo data refers to unknown ${what} "${key}".`);
  return id;
}

/** Loads what links organizations together: agreements, events, communities and their links, value chains, markets, KPIs. */
export async function loadNetwork(manager: EntityManager, data: Omit<SeedDataset, 'organizations'>, context: LoadContext): Promise<void> {
  const org = (slug: string) => lookup(context.organizationIds, slug, 'organization');
  const term = (code: string) => lookup(context.termIds, code, 'term');

  const agreementIds = await reserveIds(manager, 'agreement', data.agreements.length);
  await bulkInsert(
    manager,
    'agreement',
    { id: 'int', slug: 'text', kind: 'text', title: 'text', signed_on: 'date', valid_until: 'date', place: 'text', scope: 'text' },
    data.agreements.map((a, i) => ({
      id: agreementIds[i],
      slug: a.slug,
      kind: a.kind,
      title: a.title,
      signed_on: a.signedOn,
      valid_until: a.validUntil,
      place: a.place,
      scope: a.scope,
    })),
  );
  await bulkInsert(
    manager,
    'agreement_signatory',
    { agreement_id: 'int', organization_id: 'int' },
    data.agreements.flatMap((a, i) => [...new Set(a.signatories)].map((s) => ({ agreement_id: agreementIds[i], organization_id: org(s) }))),
  );

  const eventIds = await reserveIds(manager, 'event', data.events.length);
  await bulkInsert(
    manager,
    'event',
    {
      id: 'int',
      slug: 'text',
      kind: 'text',
      title: 'text',
      starts_on: 'date',
      ends_on: 'date',
      city: 'text',
      country: 'text',
      organizer_id: 'int',
      target_countries: 'text[]',
      outcomes: 'text',
    },
    data.events.map((e, i) => ({
      id: eventIds[i],
      slug: e.slug,
      kind: e.kind,
      title: e.title,
      starts_on: e.startsOn,
      ends_on: e.endsOn,
      city: e.city,
      country: e.country,
      organizer_id: org(e.organizer),
      target_countries: e.targetCountries,
      outcomes: e.outcomes,
    })),
  );
  await bulkInsert(
    manager,
    'event_participant',
    { event_id: 'int', organization_id: 'int', role: 'text' },
    data.events.flatMap((e, i) =>
      e.participants.map((p) => ({ event_id: eventIds[i], organization_id: org(p.organization), role: p.role })),
    ),
    'ON CONFLICT DO NOTHING',
  );

  const communityIds = await reserveIds(manager, 'community', data.communities.length);
  const communityBySlug = new Map(data.communities.map((c, i) => [c.slug, communityIds[i]!]));
  await bulkInsert(
    manager,
    'community',
    { id: 'int', slug: 'text', name: 'text', description: 'text' },
    data.communities.map((c, i) => ({ id: communityIds[i], slug: c.slug, name: c.name, description: c.description })),
  );
  await bulkInsert(
    manager,
    'community_term',
    { community_id: 'int', term_id: 'int' },
    data.communities.flatMap((c, i) => [...new Set(c.terms)].map((t) => ({ community_id: communityIds[i], term_id: term(t) }))),
  );
  await bulkInsert(
    manager,
    'community_member',
    { community_id: 'int', organization_id: 'int' },
    data.communities.flatMap((c, i) => [...new Set(c.members)].map((m) => ({ community_id: communityIds[i], organization_id: org(m) }))),
  );
  await bulkInsert(
    manager,
    'link',
    {
      kind: 'text',
      from_community_id: 'int',
      to_community_id: 'int',
      from_cluster_id: 'int',
      to_cluster_id: 'int',
      status: 'text',
      message: 'text',
      decided_at: 'timestamptz',
    },
    data.links.map((l) => {
      const community = l.kind === 'COMMUNITY';
      const ends = community
        ? { from_community_id: lookup(communityBySlug, l.from, 'community'), to_community_id: lookup(communityBySlug, l.to, 'community') }
        : { from_cluster_id: org(l.from), to_cluster_id: org(l.to) };
      return {
        kind: l.kind,
        ...ends,
        status: l.status,
        message: l.message,
        decided_at: l.status === 'REQUESTED' ? null : new Date().toISOString(),
      };
    }),
  );

  const chainIds = await reserveIds(manager, 'value_chain', data.valueChains.length);
  await bulkInsert(
    manager,
    'value_chain',
    { id: 'int', slug: 'text', name: 'text', description: 'text', application_id: 'int', technology_id: 'int' },
    data.valueChains.map((v, i) => ({
      id: chainIds[i],
      slug: v.slug,
      name: v.name,
      description: v.description,
      application_id: term(v.application),
      technology_id: v.technology ? term(v.technology) : null,
    })),
  );
  await bulkInsert(
    manager,
    'value_chain_stage',
    { value_chain_id: 'int', position: 'int', stage_id: 'int', label: 'text' },
    data.valueChains.flatMap((v, i) =>
      v.stages.map((s, p) => ({ value_chain_id: chainIds[i], position: p + 1, stage_id: term(s.stage), label: s.label })),
    ),
  );

  await bulkInsert(
    manager,
    'target_market',
    { country: 'text', application_id: 'int', potential: 'smallint', rationale: 'text', sources: 'text[]' },
    data.targetMarkets.map((m) => ({
      country: m.country,
      application_id: term(m.application),
      potential: m.potential,
      rationale: m.rationale,
      sources: m.sources,
    })),
  );

  const kpiIds = await reserveIds(manager, 'kpi_definition', data.kpiDefinitions.length);
  const kpiByCode = new Map(data.kpiDefinitions.map((k, i) => [k.code, kpiIds[i]!]));
  await bulkInsert(
    manager,
    'kpi_definition',
    { id: 'int', code: 'text', name: 'text', description: 'text', unit: 'text', computed: 'boolean' },
    data.kpiDefinitions.map((k, i) => ({
      id: kpiIds[i],
      code: k.code,
      name: k.name,
      description: k.description,
      unit: k.unit,
      computed: k.computed,
    })),
  );
  const values = data.kpiRecords.flatMap((r) => {
    const base = { cluster_id: org(r.cluster), kpi_id: lookup(kpiByCode, r.kpi, 'KPI'), period: r.period };
    return [
      ...(r.target !== null ? [{ ...base, kind: 'TARGET', value: r.target }] : []),
      ...(r.value !== null ? [{ ...base, kind: 'MEASUREMENT', value: r.value }] : []),
    ];
  });
  await bulkInsert(manager, 'kpi_value', { cluster_id: 'int', kpi_id: 'int', period: 'text', kind: 'text', value: 'float8' }, values);
}
