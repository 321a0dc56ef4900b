import type { RequestContext } from '../../graphql/context';
import type { OrganizationKind } from '../organizations/organization.entity';
import { Stats } from './stats.type';

interface CountRow {
  metric: string;
  key: string;
  n: string;
}

/**
 * Every count of the home page from platform_count, which triggers keep in step with every write
 * (migration PlatformCounts): a few dozen rows, whatever the size of the tables counted.
 */
export async function loadStats(context: RequestContext): Promise<Stats> {
  const rows = await context.db.query<CountRow>(`SELECT metric, key, n FROM platform_count WHERE n <> 0`);
  const single = (metric: string) => Number(rows.find((r) => r.metric === metric)?.n ?? 0);
  const byKind = new Map<OrganizationKind, number>();
  const countries = new Set<string>();
  for (const row of rows) {
    if (row.metric !== 'organizations') continue;
    const [kind, country] = row.key.split('/') as [OrganizationKind, string];
    byKind.set(kind, (byKind.get(kind) ?? 0) + Number(row.n));
    countries.add(country);
  }
  const organizationsByKind = [...byKind]
    .map(([kind, count]) => ({ kind, count }))
    .sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind));
  return Object.assign(new Stats(), {
    organizations: organizationsByKind.reduce((sum, k) => sum + k.count, 0),
    organizationsByKind,
    clusters: byKind.get('CLUSTER') ?? 0,
    countries: countries.size,
    capabilities: single('capabilities'),
    openNeeds: single('open_needs'),
    communities: single('communities'),
    acceptedLinks: single('accepted_links'),
    agreements: single('agreements'),
    events: single('events'),
    missions: single('missions'),
  });
}
