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

/**
 * Every count of the home page in one statement. The organization table is read twice (grouped by
 * kind and country, and for the few removed organizations, whose capabilities and needs are left
 * out) whatever the number of counts.
 */
export async function loadStats(context: RequestContext): Promise<Stats> {
  const [row] = await context.db.query<StatsRow>(
    `WITH groups AS (SELECT kind, country, count(*)::int AS n FROM organization WHERE deleted_at IS NULL GROUP BY kind, country),
          removed AS (SELECT id FROM organization WHERE deleted_at IS NOT NULL)
     SELECT
       (SELECT json_agg(json_build_object('kind', k.kind, 'count', k.count) ORDER BY k.count DESC, k.kind)
          FROM (SELECT kind, sum(n)::int AS count FROM groups GROUP BY kind) k) AS by_kind,
       (SELECT count(DISTINCT country) FROM groups) AS countries,
       (SELECT count(*) FROM capability c WHERE c.organization_id NOT IN (SELECT id FROM removed)) AS capabilities,
       (SELECT count(*) FROM need n WHERE n.status = 'OPEN' AND n.organization_id NOT IN (SELECT id FROM removed)) AS open_needs,
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
