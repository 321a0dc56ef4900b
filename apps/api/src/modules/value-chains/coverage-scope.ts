import type { RequestContext } from '../../graphql/context';
import { BadInputError } from '../../graphql/errors';
import type { Params } from '../../graphql/sql';
import { checkCountryCodes } from '../geography/country-codes';
import { loadOrganizationsBySlug } from '../organizations/organization.loaders';

/** Where a value chain is assembled: countries, NUTS regions and clusters; an organization in any of them is inside. */
export interface CoverageScope {
  countries: string[];
  regionPatterns: string[];
  clusterIds: number[];
  /** Identifies the scope in loader names. */
  key: string;
}

export interface CoverageScopeArgs {
  countries?: string[] | null;
  regions?: string[] | null;
  clusters?: string[] | null;
}

const MAX_VALUES = 100;

export async function parseCoverageScope(context: RequestContext, args: CoverageScopeArgs): Promise<CoverageScope> {
  for (const key of ['countries', 'regions', 'clusters'] as const) {
    const values = args[key];
    if (values && values.length > MAX_VALUES)
      throw new BadInputError(key, `"${key}" takes at most ${MAX_VALUES} values, got ${values.length}.`);
  }
  const countries = checkCountryCodes(args.countries ?? [], 'countries');
  const regions = args.regions ?? [];
  for (const region of regions) {
    if (!/^[A-Z]{2}[A-Z0-9]{0,3}$/.test(region))
      throw new BadInputError('regions', `"${region.slice(0, 20)}" is not a NUTS code (e.g. "DE11").`);
  }
  const slugs = args.clusters ?? [];
  const clusters = await loadOrganizationsBySlug(context, slugs);
  const clusterIds = clusters.map((cluster, index) => {
    if (!cluster || cluster.kind !== 'CLUSTER')
      throw new BadInputError('clusters', `No cluster has the slug "${slugs[index]!.slice(0, 100)}".`);
    return cluster.dbId;
  });
  const regionPatterns = regions.map((r) => `${r}%`);
  return { countries, regionPatterns, clusterIds, key: JSON.stringify([countries, regionPatterns, clusterIds]) };
}

export function isEmptyScope(scope: CoverageScope): boolean {
  return scope.countries.length === 0 && scope.regionPatterns.length === 0 && scope.clusterIds.length === 0;
}

/** SQL condition "organization o is inside the scope" (TRUE for an empty scope: everywhere). */
export function insideScopeSql(scope: CoverageScope, params: Params): string {
  const parts: string[] = [];
  if (scope.countries.length > 0) parts.push(`o.country = ANY(${params.add(scope.countries)}::text[])`);
  if (scope.regionPatterns.length > 0) parts.push(`o.region LIKE ANY(${params.add(scope.regionPatterns)}::text[])`);
  if (scope.clusterIds.length > 0) {
    parts.push(
      `EXISTS (SELECT 1 FROM membership m WHERE m.organization_id = o.id AND m.status = 'ACTIVE' AND m.cluster_id = ANY(${params.add(scope.clusterIds)}::int[]))`,
    );
  }
  // An organization without a region is outside a region pattern, not unknown: without the
  // coalesce, NOT (inside) would drop it from "elsewhere".
  return parts.length > 0 ? `coalesce(${parts.join(' OR ')}, FALSE)` : 'TRUE';
}
