import type { EntityManager } from 'typeorm';
import { bulkInsert, reserveIds } from './bulk-insert';
import type { SeedOrganization } from './data/types';

export interface LoadContext {
  termIds: Map<string, number>;
  /** slug → id of every organization loaded so far (clusters are needed by their members). */
  organizationIds: Map<string, number>;
}

function termId(context: LoadContext, code: string): number {
  const id = context.termIds.get(code);
  if (id === undefined) throw new Error(`Demo data uses unknown term code "${code}".`);
  return id;
}

function organizationId(context: LoadContext, slug: string): number {
  const id = context.organizationIds.get(slug);
  if (id === undefined) throw new Error(`Demo data refers to unknown organization "${slug}".`);
  return id;
}

/** Columns of a bulk organization insert (demo data, member imports) and their SQL types. */
export const ORGANIZATION_INSERT_COLUMNS: Record<string, string> = {
  id: 'int',
  slug: 'text',
  name: 'text',
  kind: 'text',
  country: 'text',
  region: 'text',
  city: 'text',
  latitude: 'float8',
  longitude: 'float8',
  website: 'text',
  website_domain: 'text',
  size_band: 'text',
  founded_year: 'int',
  description: 'text',
  verified: 'boolean',
  external_ids: 'jsonb',
};

export function websiteDomain(website: string | null): string | null {
  if (!website) return null;
  try {
    return new URL(website).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** The tables loadOrganizationBatch writes: a large load checks their foreign keys once (deferred-foreign-keys.ts). */
export const ORGANIZATION_BATCH_TABLES = ['organization', 'membership', 'capability', 'capability_application', 'need', 'export_interest'];

/**
 * Inserts a batch of organizations with their memberships, capabilities, needs and export
 * interests: ids are reserved first, so each table takes one statement per batch.
 */
export async function loadOrganizationBatch(manager: EntityManager, batch: SeedOrganization[], context: LoadContext): Promise<void> {
  const orgIds = await reserveIds(manager, 'organization', batch.length);
  batch.forEach((o, i) => context.organizationIds.set(o.slug, orgIds[i]!));
  const capabilityCount = batch.reduce((n, o) => n + o.capabilities.length, 0);
  const capabilityIds = await reserveIds(manager, 'capability', capabilityCount);

  const organizations = [];
  const memberships = [];
  const capabilities = [];
  const applications = [];
  const needs = [];
  const interests = [];
  let nextCapability = 0;
  for (const [i, o] of batch.entries()) {
    const id = orgIds[i]!;
    organizations.push({
      id,
      slug: o.slug,
      name: o.name,
      kind: o.kind,
      country: o.country,
      region: o.region,
      city: o.city,
      latitude: o.latitude,
      longitude: o.longitude,
      website: o.website,
      website_domain: websiteDomain(o.website),
      size_band: o.sizeBand,
      founded_year: o.foundedYear,
      description: o.description,
      verified: o.verified,
      external_ids: o.externalIds,
    });
    for (const m of o.clusters) memberships.push({ organization_id: id, cluster_id: organizationId(context, m.slug), since: m.since });
    for (const c of o.capabilities) {
      const capabilityId = capabilityIds[nextCapability++]!;
      capabilities.push({
        id: capabilityId,
        organization_id: id,
        technology_id: termId(context, c.technology),
        stage_id: termId(context, c.stage),
        trl: c.trl,
        evidence: c.evidence,
      });
      for (const a of new Set(c.applications)) applications.push({ capability_id: capabilityId, application_id: termId(context, a) });
    }
    for (const n of o.needs) {
      needs.push({
        organization_id: id,
        kind: n.kind,
        technology_id: n.technology ? termId(context, n.technology) : null,
        stage_id: n.stage ? termId(context, n.stage) : null,
        country: n.country,
        description: n.description,
      });
    }
    for (const e of o.exportInterests)
      interests.push({ organization_id: id, country: e.country, application_id: e.application ? termId(context, e.application) : null });
  }
  await bulkInsert(manager, 'organization', ORGANIZATION_INSERT_COLUMNS, organizations);
  await bulkInsert(
    manager,
    'membership',
    { organization_id: 'int', cluster_id: 'int', since: 'date' },
    memberships,
    'ON CONFLICT DO NOTHING',
  );
  await bulkInsert(
    manager,
    'capability',
    { id: 'int', organization_id: 'int', technology_id: 'int', stage_id: 'int', trl: 'smallint', evidence: 'text' },
    capabilities,
  );
  await bulkInsert(manager, 'capability_application', { capability_id: 'int', application_id: 'int' }, applications);
  await bulkInsert(
    manager,
    'need',
    { organization_id: 'int', kind: 'text', technology_id: 'int', stage_id: 'int', country: 'text', description: 'text' },
    needs,
  );
  await bulkInsert(
    manager,
    'export_interest',
    { organization_id: 'int', country: 'text', application_id: 'int' },
    interests,
    'ON CONFLICT DO NOTHING',
  );
}
