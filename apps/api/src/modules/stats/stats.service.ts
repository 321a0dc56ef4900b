import type { RequestContext } from '../../graphql/context';
import type { OrganizationKind } from '../organizations/organization.entity';
import { Stats } from './stats.type';

interface StatsRow {
  by_kind: { kind: OrganizationKind; count: number }[] | null;
  countries: string;
  capabilities: string;
  open_needs: string;
  communities: string;
  accepted_links: string;
  agreements: string;
  events: string;
  missions: string;
}

/** Every count of the home page in one statement. Capabilities and needs of removed organizations are left out. */
export async function loadStats(context: RequestContext): Promise<Stats> {
  const [row] = await context.db.query<StatsRow>(
    `SELECT
       (SELECT json_agg(json_build_object('kind', k.kind, 'count', k.count) ORDER BY k.count DESC, k.kind)
          FROM (SELECT kind, count(*)::int AS count FROM organization WHERE deleted_at IS NULL GROUP BY kind) k) AS by_kind,
       (SELECT count(DISTINCT country) FROM organization WHERE deleted_at IS NULL) AS countries,
       (SELECT count(*) FROM capability c JOIN organization o ON o.id = c.organization_id AND o.deleted_at IS NULL) AS capabilities,
       (SELECT count(*) FROM need n JOIN organization o ON o.id = n.organization_id AND o.deleted_at IS NULL
          WHERE n.status = 'OPEN') AS open_needs,
       (SELECT count(*) FROM community) AS communities,
       (SELECT count(*) FROM link WHERE status = 'ACCEPTED') AS accepted_links,
       (SELECT count(*) FROM agreement) AS agreements,
       (SELECT count(*) FROM event) AS events,
       (SELECT count(*) FROM event WHERE kind = 'TRADE_MISSION') AS missions`,
  );
  const byKind = row?.by_kind ?? [];
  return Object.assign(new Stats(), {
    organizations: byKind.reduce((sum, k) => sum + k.count, 0),
    organizationsByKind: byKind.map((k) => ({ kind: k.kind, count: k.count })),
    clusters: byKind.find((k) => k.kind === 'CLUSTER')?.count ?? 0,
    countries: Number(row?.countries ?? 0),
    capabilities: Number(row?.capabilities ?? 0),
    openNeeds: Number(row?.open_needs ?? 0),
    communities: Number(row?.communities ?? 0),
    acceptedLinks: Number(row?.accepted_links ?? 0),
    agreements: Number(row?.agreements ?? 0),
    events: Number(row?.events ?? 0),
    missions: Number(row?.missions ?? 0),
  });
}
