import { childPagesLoader } from '../../graphql/child-pages';
import type { ConnectionResult } from '../../graphql/connection';
import type { RequestContext } from '../../graphql/context';
import { keysetList } from '../../graphql/keyset-list';
import { groupBy, indexBy } from '../../graphql/loaders';
import { parsePageArgs, type ForwardPageArgs } from '../../graphql/pagination';
import { Params } from '../../graphql/sql';
import { checkCountryCodes } from '../geography/country-codes';
import { toCountry } from '../geography/country.type';
import { ORGANIZATION_COLUMNS, toOrganization, type OrganizationRow } from '../organizations/organization.type';
import { loadTaxonomy } from '../taxonomy/taxonomy-snapshot';
import { Facet } from '../taxonomy/term.type';
import type { TargetMarketsArgs } from './target-market.args';
import { ExportInterest, TARGET_MARKET_COLUMNS, toTargetMarket, type TargetMarket, type TargetMarketRow } from './target-market.type';

export function targetMarketByIdLoader(context: RequestContext) {
  return context.loaders.get<number, TargetMarket | null>('targetMarket.byId', async (ids) => {
    const rows = await context.db.query<TargetMarketRow>(
      `SELECT ${TARGET_MARKET_COLUMNS} FROM target_market tm WHERE tm.id = ANY($1::int[])`,
      [ids],
    );
    return indexBy(ids, rows.map(toTargetMarket), (m) => m.dbId);
  });
}

/** Target markets, highest potential first. */
export async function listTargetMarkets(context: RequestContext, args: TargetMarketsArgs): Promise<ConnectionResult<TargetMarket>> {
  const page = parsePageArgs(args);
  const params = new Params();
  const where: string[] = [];
  if (args.country != null) where.push(`tm.country = ${params.add(checkCountryCodes([args.country], 'country')[0])}`);
  if (args.application != null) {
    const ids = (await loadTaxonomy(context)).expandCodes([args.application], Facet.APPLICATION, 'application');
    where.push(`tm.application_id = ANY(${params.add(ids)}::int[])`);
  }
  return keysetList(context, {
    from: 'target_market tm',
    select: TARGET_MARKET_COLUMNS,
    where,
    params,
    sort: { expression: 'tm.potential', type: 'int', direction: 'DESC', id: 'tm.id' },
    page,
    toNode: (row: TargetMarketRow) => toTargetMarket(row),
  });
}

/**
 * For each of many target markets, the organizations with an export interest in its country, for
 * its application area or for no particular one; by name, in one statement.
 */
export function interestedOrganizationsLoader(context: RequestContext, args: ForwardPageArgs) {
  return childPagesLoader(
    context,
    {
      name: 'targetMarket.interested',
      from: `target_market tm JOIN organization o ON o.deleted_at IS NULL AND EXISTS (
               SELECT 1 FROM export_interest ei WHERE ei.organization_id = o.id AND ei.country = tm.country
               AND (ei.application_id IS NULL OR ei.application_id = tm.application_id))`,
      parent: 'tm.id',
      select: ORGANIZATION_COLUMNS,
      sort: { expression: 'o.name', type: 'text', direction: 'ASC', id: 'o.id' },
      toNode: (row: OrganizationRow) => toOrganization(row),
    },
    args,
  );
}

/** The export interests of many organizations, by country, in one statement. */
export function exportInterestsLoader(context: RequestContext) {
  return context.loaders.get<number, ExportInterest[]>('exportInterest.byOrganization', async (ids) => {
    const rows = await context.db.query<{ organization_id: number; country: string; application_id: number | null }>(
      `SELECT organization_id, country, application_id FROM export_interest WHERE organization_id = ANY($1::int[])
       ORDER BY country, application_id NULLS FIRST`,
      [ids],
    );
    return groupBy(ids, rows, (r) => r.organization_id).map((group) =>
      group.map((r) => Object.assign(new ExportInterest(), { country: toCountry(r.country), applicationDbId: r.application_id })),
    );
  });
}
