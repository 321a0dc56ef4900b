import type { EntityManager } from 'typeorm';
import { bulkInsert, reserveIds } from '../../db/seed/bulk-insert';
import { ORGANIZATION_INSERT_COLUMNS } from '../../db/seed/load-organizations';
import type { ValidMemberRow } from './member-row';
import { slugify, uniqueSlugs } from './slugs';

export interface AppliedCounts {
  created: number;
  updated: number;
  unchanged: number;
  membershipsAdded: number;
  capabilitiesAdded: number;
  capabilitiesUpdated: number;
}

interface ExistingOrganization {
  id: number;
  name: string;
  kind: string;
  country: string;
  region: string | null;
  city: string | null;
  website: string | null;
  website_domain: string | null;
  size_band: string | null;
  founded_year: number | null;
  description: string;
  latitude: number | null;
  longitude: number | null;
  external_ids: Record<string, string>;
}

const PROFILE_FIELDS = [
  'name',
  'kind',
  'country',
  'region',
  'city',
  'website',
  'website_domain',
  'size_band',
  'founded_year',
  'description',
  'latitude',
  'longitude',
] as const;

function profileOf(row: ValidMemberRow): Record<(typeof PROFILE_FIELDS)[number], unknown> {
  return {
    name: row.name,
    kind: row.kind,
    country: row.country,
    region: row.region,
    city: row.city,
    website: row.website,
    website_domain: row.websiteDomain,
    size_band: row.sizeBand,
    founded_year: row.foundedYear,
    description: row.description,
    latitude: row.latitude,
    longitude: row.longitude,
  };
}

/** Finds existing organizations by website domain, external identifier, or exact name in the same country. */
async function matchExisting(manager: EntityManager, rows: ValidMemberRow[]): Promise<Map<number, ExistingOrganization>> {
  const domains = [...new Set(rows.map((r) => r.websiteDomain).filter((d): d is string => d !== null))];
  const ids = rows.flatMap((r) => Object.entries(r.externalIds).map(([k, v]) => JSON.stringify({ [k]: v })));
  const names = rows.map((r) => `${r.name.toLowerCase()}|${r.country}`);
  const found = (await manager.query(
    `SELECT id, name, kind, country, region, city, website, website_domain, size_band, founded_year, description, latitude, longitude, external_ids
     FROM organization o WHERE o.deleted_at IS NULL AND (
       o.website_domain = ANY($1::text[]) OR o.external_ids @> ANY($2::jsonb[]) OR (lower(o.name) || '|' || o.country) = ANY($3::text[]))`,
    [domains, ids, names],
  )) as ExistingOrganization[];
  const matches = new Map<number, ExistingOrganization>();
  for (const row of rows) {
    const match =
      found.find((o) => row.websiteDomain !== null && o.website_domain === row.websiteDomain) ??
      found.find((o) => Object.entries(row.externalIds).some(([k, v]) => o.external_ids?.[k] === v)) ??
      found.find((o) => o.name.toLowerCase() === row.name.toLowerCase() && o.country === row.country);
    if (match) matches.set(row.row, match);
  }
  return matches;
}

const nameKey = (row: ValidMemberRow) => `${row.name.toLowerCase()}|${row.country}`;

export async function applyMemberImport(
  manager: EntityManager,
  rows: ValidMemberRow[],
  options: { clusterId: number; actorUserId: number | null },
): Promise<AppliedCounts> {
  const matches = await matchExisting(manager, rows);
  const counts: AppliedCounts = { created: 0, updated: 0, unchanged: 0, membershipsAdded: 0, capabilitiesAdded: 0, capabilitiesUpdated: 0 };
  const organizationIdOfRow = new Map<number, number>();
  const updates: Record<string, unknown>[] = [];
  const audits: Record<string, unknown>[] = [];
  const handled = new Set<number>();

  // Rows of one organization repeated to add capabilities share the first row's profile.
  const newKeys = new Set<string>();
  const newIdByKey = new Map<string, number>();
  const newRows: ValidMemberRow[] = [];
  for (const row of rows) {
    const existing = matches.get(row.row);
    if (existing) {
      organizationIdOfRow.set(row.row, existing.id);
      if (handled.has(existing.id)) continue;
      handled.add(existing.id);
      const after = { ...profileOf(row), external_ids: { ...existing.external_ids, ...row.externalIds } };
      const before = { ...Object.fromEntries(PROFILE_FIELDS.map((f) => [f, existing[f]])), external_ids: existing.external_ids };
      if (JSON.stringify(before) === JSON.stringify(after)) {
        counts.unchanged += 1;
      } else {
        counts.updated += 1;
        updates.push({ id: existing.id, ...after });
        audits.push({
          actor_user_id: options.actorUserId,
          entity_type: 'Organization',
          entity_id: existing.id,
          action: 'UPDATE',
          before,
          after,
        });
      }
      continue;
    }
    const key = nameKey(row);
    if (!newKeys.has(key)) {
      newKeys.add(key);
      newRows.push(row);
    }
  }

  if (newRows.length > 0) {
    const ids = await reserveIds(manager, 'organization', newRows.length);
    const slugs = await uniqueSlugs(
      manager,
      newRows.map((r) => slugify(r.name)),
    );
    const inserts = newRows.map((row, i) => ({
      id: ids[i],
      slug: slugs[i],
      ...profileOf(row),
      external_ids: row.externalIds,
      verified: false,
    }));
    await bulkInsert(manager, 'organization', ORGANIZATION_INSERT_COLUMNS, inserts);
    newRows.forEach((row, i) => newIdByKey.set(nameKey(row), ids[i]!));
    for (const insert of inserts) {
      audits.push({
        actor_user_id: options.actorUserId,
        entity_type: 'Organization',
        entity_id: insert.id,
        action: 'CREATE',
        before: null,
        after: insert,
      });
    }
    counts.created = newRows.length;
  }
  for (const row of rows) {
    if (!organizationIdOfRow.has(row.row)) organizationIdOfRow.set(row.row, newIdByKey.get(nameKey(row))!);
  }

  if (updates.length > 0) {
    await manager.query(
      `UPDATE organization o SET name = u.name, kind = u.kind, country = u.country, region = u.region, city = u.city, website = u.website,
         website_domain = u.website_domain, size_band = u.size_band, founded_year = u.founded_year, description = u.description,
         latitude = u.latitude, longitude = u.longitude, external_ids = u.external_ids, version = o.version + 1, updated_at = now()
       FROM jsonb_to_recordset($1::jsonb) AS u(id int, name text, kind text, country text, region text, city text, website text, website_domain text,
         size_band text, founded_year int, description text, latitude float8, longitude float8, external_ids jsonb)
       WHERE o.id = u.id`,
      [JSON.stringify(updates)],
    );
  }

  const sinceByOrganization = new Map<number, string | null>();
  for (const row of rows) {
    const id = organizationIdOfRow.get(row.row)!;
    if (id !== options.clusterId && !sinceByOrganization.get(id)) sinceByOrganization.set(id, row.memberSince);
  }
  const memberships = [...sinceByOrganization].map(([id, since]) => ({ organization_id: id, cluster_id: options.clusterId, since }));
  const inserted = (await manager.query(
    `INSERT INTO membership (organization_id, cluster_id, since, status)
     SELECT organization_id, cluster_id, since, 'ACTIVE' FROM jsonb_to_recordset($1::jsonb) AS r(organization_id int, cluster_id int, since date)
     ON CONFLICT (organization_id, cluster_id) DO NOTHING RETURNING organization_id`,
    [JSON.stringify(memberships)],
  )) as unknown[];
  counts.membershipsAdded = inserted.length;

  Object.assign(counts, await applyCapabilities(manager, rows, organizationIdOfRow));
  await bulkInsert(
    manager,
    'audit_entry',
    { actor_user_id: 'int', entity_type: 'text', entity_id: 'int', action: 'text', before: 'jsonb', after: 'jsonb' },
    audits,
  );
  return counts;
}

async function applyCapabilities(manager: EntityManager, rows: ValidMemberRow[], organizationIdOfRow: Map<number, number>) {
  const wanted = rows
    .filter((r) => r.capability !== null)
    .map((r) => ({
      organization_id: organizationIdOfRow.get(r.row)!,
      technology_id: r.capability!.technologyId,
      stage_id: r.capability!.stageId,
      trl: r.capability!.trl,
      applications: r.capability!.applicationIds,
    }));
  if (wanted.length === 0) return { capabilitiesAdded: 0, capabilitiesUpdated: 0 };
  const existing = (await manager.query(
    `SELECT c.id, c.organization_id, c.technology_id, c.stage_id, c.trl FROM capability c WHERE c.organization_id = ANY($1::int[])`,
    [[...new Set(wanted.map((w) => w.organization_id))]],
  )) as { id: number; organization_id: number; technology_id: number; stage_id: number; trl: number }[];
  const key = (c: { organization_id: number; technology_id: number; stage_id: number }) =>
    `${c.organization_id}:${c.technology_id}:${c.stage_id}`;
  const byKey = new Map(existing.map((c) => [key(c), c]));
  const toInsert = wanted.filter((w) => !byKey.has(key(w)));
  const toUpdate = wanted
    .filter((w) => byKey.has(key(w)) && byKey.get(key(w))!.trl !== w.trl)
    .map((w) => ({ id: byKey.get(key(w))!.id, trl: w.trl }));
  const ids = await reserveIds(manager, 'capability', toInsert.length);
  await bulkInsert(
    manager,
    'capability',
    { id: 'int', organization_id: 'int', technology_id: 'int', stage_id: 'int', trl: 'smallint' },
    toInsert.map((w, i) => ({ id: ids[i], ...w })),
  );
  const applications = [
    ...toInsert.flatMap((w, i) => w.applications.map((a) => ({ capability_id: ids[i], application_id: a }))),
    ...wanted
      .filter((w) => byKey.has(key(w)))
      .flatMap((w) => w.applications.map((a) => ({ capability_id: byKey.get(key(w))!.id, application_id: a }))),
  ];
  await bulkInsert(
    manager,
    'capability_application',
    { capability_id: 'int', application_id: 'int' },
    applications,
    'ON CONFLICT DO NOTHING',
  );
  if (toUpdate.length > 0) {
    await manager.query(
      `UPDATE capability c SET trl = u.trl, version = c.version + 1, updated_at = now() FROM jsonb_to_recordset($1::jsonb) AS u(id int, trl smallint) WHERE c.id = u.id`,
      [JSON.stringify(toUpdate)],
    );
  }
  return { capabilitiesAdded: toInsert.length, capabilitiesUpdated: toUpdate.length };
}
