import { toConnection, type ConnectionResult } from '../../graphql/connection';
import { BadInputError } from '../../graphql/errors';
import type { RequestContext } from '../../graphql/context';
import { keyedRowsLoader } from '../../graphql/keyed-rows-loader';
import { keysetList } from '../../graphql/keyset-list';
import { groupBy } from '../../graphql/loaders';
import { parsePageArgs, type ForwardPageArgs } from '../../graphql/pagination';
import { cursorKey, keysetPage, Params } from '../../graphql/sql';
import { checkCountryCodes } from '../geography/country-codes';
import { toCountry } from '../geography/country.type';
import { ORGANIZATION_COLUMNS, toOrganization, type Organization, type OrganizationRow } from '../organizations/organization.type';
import { loadTaxonomy } from '../taxonomy/taxonomy-snapshot';
import { Facet } from '../taxonomy/term.type';
import type { TargetMarketsArgs } from './target-market.args';
import { ExportInterest, TARGET_MARKET_COLUMNS, toTargetMarket, type TargetMarket, type TargetMarketRow } from './target-market.type';

export function targetMarketByIdLoader(context: RequestContext) {
  return keyedRowsLoader(context, {
    name: 'targetMarket.byId',
    select: `SELECT ${TARGET_MARKET_COLUMNS} FROM target_market tm`,
    key: 'tm.id',
    type: 'int',
    toObject: toTargetMarket,
    keyOf: (m: TargetMarket) => m.dbId,
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

/** Whether organization "o" wants to export to market "g": to its country, for its application area or for any. */
const INTERESTED = `EXISTS (SELECT 1 FROM export_interest ei WHERE ei.organization_id = o.id AND ei.country = g.country
  AND (ei.application_id IS NULL OR ei.application_id = g.application_id))`;

/**
 * For each of many target markets, the organizations with an export interest in its country, for
 * its application area or for no particular one; by name. One LATERAL statement for the pages (each
 * walks the name index and stops at the page size) and one for the totals, counted from the
 * interests' (country, application) index, only when selected.
 */
export function interestedOrganizationsLoader(context: RequestContext, args: ForwardPageArgs) {
  const key = `targetMarket.interested:${JSON.stringify(args)}`;
  const counts = context.loaders.get<number, number>(`${key}:count`, async (ids) => {
    const rows = await context.db.query<{ id: number; count: string }>(
      `SELECT g.id, (SELECT count(DISTINCT ei.organization_id) FROM export_interest ei
         WHERE ei.country = g.country AND (ei.application_id IS NULL OR ei.application_id = g.application_id)
         AND NOT EXISTS (SELECT 1 FROM organization o WHERE o.id = ei.organization_id AND o.deleted_at IS NOT NULL)) AS count
       FROM target_market g WHERE g.id = ANY($1::int[])`,
      [ids],
    );
    const byId = new Map(rows.map((r) => [r.id, Number(r.count)]));
    return ids.map((id) => byId.get(id) ?? 0);
  });
  return context.loaders.get<number, ConnectionResult<Organization>>(key, async (ids) => {
    const page = parsePageArgs(args);
    const params = new Params();
    const idsParam = params.add(ids);
    const keyset = keysetPage({ expression: 'o.name', type: 'text', direction: 'ASC', id: 'o.id' }, page, params);
    const where = ['o.deleted_at IS NULL', INTERESTED, ...(keyset.where ? [keyset.where] : [])];
    const rows = await context.db.query<OrganizationRow & { lb_market: number }>(
      `SELECT g.id AS lb_market, x.* FROM target_market g CROSS JOIN LATERAL (
         SELECT ${ORGANIZATION_COLUMNS} FROM organization o WHERE ${where.join(' AND ')} ORDER BY ${keyset.orderBy} LIMIT ${keyset.limit}
       ) x WHERE g.id = ANY(${idsParam}::int[])`,
      params.values,
    );
    return groupBy(ids, rows, (r) => r.lb_market).map((group, index) =>
      toConnection(
        group,
        page,
        (row) => cursorKey(row.name, row.id),
        toOrganization,
        () => counts.load(ids[index]!),
      ),
    );
  });
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

/** One target market by its key (country, application area); BAD_USER_INPUT names a bad argument. */
export async function targetMarketByKey(context: RequestContext, country: string, application: string): Promise<TargetMarket | null> {
  const [code] = checkCountryCodes([country], 'country');
  const term = (await loadTaxonomy(context)).getByCode(application);
  if (!term || term.facet !== Facet.APPLICATION)
    throw new BadInputError('application', `"${application.slice(0, 100)}" is not an application area.`);
  const rows = await context.db.query<TargetMarketRow>(
    `SELECT ${TARGET_MARKET_COLUMNS} FROM target_market tm WHERE tm.country = $1 AND tm.application_id = $2`,
    [code, term.dbId],
  );
  return rows[0] ? toTargetMarket(rows[0]) : null;
}
