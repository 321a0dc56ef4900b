import type { DataSource } from 'typeorm';
import { HttpError } from '../../http/body';
import { checkCountryCodes } from '../geography/country-codes';
import { ORGANIZATION_KINDS } from '../organizations/organization.entity';

export interface ExportedOrganization {
  id: number;
  slug: string;
  name: string;
  kind: string;
  country: string;
  region: string | null;
  city: string | null;
  latitude: number | null;
  longitude: number | null;
  website: string | null;
  size_band: string | null;
  founded_year: number | null;
  description: string;
  verified: boolean;
  clusters: string[];
  technologies: string[];
  stages: string[];
  applications: string[];
  trl_max: number | null;
}

export interface ExportFilter {
  country: string | null;
  kind: string | null;
  cluster: string | null;
}

/** Reads ?country=FR&kind=SME&cluster=photonics-bretagne, refusing unknown values with a 400 naming the parameter. */
export function parseExportFilter(url: URL): ExportFilter {
  const country = url.searchParams.get('country');
  const kind = url.searchParams.get('kind');
  const cluster = url.searchParams.get('cluster');
  if (country !== null) {
    try {
      checkCountryCodes([country], 'country');
    } catch {
      throw new HttpError(400, 'BAD_USER_INPUT', `"country" must be an ISO 3166-1 alpha-2 code, got "${country.slice(0, 20)}".`);
    }
  }
  if (kind !== null && !(ORGANIZATION_KINDS as readonly string[]).includes(kind)) {
    throw new HttpError(400, 'BAD_USER_INPUT', `"kind" must be one of ${ORGANIZATION_KINDS.join(', ')}.`);
  }
  if (cluster !== null && !/^[a-z0-9-]{1,100}$/.test(cluster))
    throw new HttpError(400, 'BAD_USER_INPUT', '"cluster" must be a cluster slug.');
  return { country, kind, cluster };
}

const BATCH = 2_000;

/**
 * Organizations with their clusters and capability terms, in batches of a keyset over id, so that
 * an export of a million organizations streams in constant memory.
 */
export async function* exportOrganizations(dataSource: DataSource, filter: ExportFilter): AsyncGenerator<ExportedOrganization[]> {
  let after = 0;
  for (;;) {
    const rows = (await dataSource.query(
      `SELECT o.id, o.slug, o.name, o.kind, o.country, o.region, o.city, o.latitude, o.longitude, o.website, o.size_band, o.founded_year,
              o.description, o.verified,
              coalesce((SELECT array_agg(c.slug ORDER BY c.slug) FROM membership m JOIN organization c ON c.id = m.cluster_id
                        WHERE m.organization_id = o.id AND m.status = 'ACTIVE'), '{}') AS clusters,
              coalesce((SELECT array_agg(DISTINCT t.code) FROM capability cp JOIN term t ON t.id = cp.technology_id WHERE cp.organization_id = o.id), '{}') AS technologies,
              coalesce((SELECT array_agg(DISTINCT t.code) FROM capability cp JOIN term t ON t.id = cp.stage_id WHERE cp.organization_id = o.id), '{}') AS stages,
              coalesce((SELECT array_agg(DISTINCT t.code) FROM capability cp JOIN capability_application ca ON ca.capability_id = cp.id
                        JOIN term t ON t.id = ca.application_id WHERE cp.organization_id = o.id), '{}') AS applications,
              (SELECT max(cp.trl) FROM capability cp WHERE cp.organization_id = o.id) AS trl_max
       FROM organization o
       WHERE o.deleted_at IS NULL AND o.id > $1
         AND ($2::text IS NULL OR o.country = $2) AND ($3::text IS NULL OR o.kind = $3)
         AND ($4::text IS NULL OR EXISTS (SELECT 1 FROM membership m JOIN organization c ON c.id = m.cluster_id
                                          WHERE m.organization_id = o.id AND m.status = 'ACTIVE' AND c.slug = $4))
       ORDER BY o.id LIMIT ${BATCH}`,
      [after, filter.country, filter.kind, filter.cluster],
    )) as ExportedOrganization[];
    if (rows.length === 0) return;
    yield rows;
    after = rows[rows.length - 1]!.id;
    if (rows.length < BATCH) return;
  }
}
