import { childPagesLoader } from '../../graphql/child-pages';
import type { RequestContext } from '../../graphql/context';
import { groupBy } from '../../graphql/loaders';
import type { ForwardPageArgs } from '../../graphql/pagination';
import { EVENT_COLUMNS, toEvent, type EventRow } from '../events/event.type';
import { ORGANIZATION_COLUMNS, toOrganization, type OrganizationRow } from '../organizations/organization.type';
import { MarketContact, MarketRegulation, TradeFair } from './market-profile.type';

/** Event kinds that count as missions to a market: their outcomes are the market's track record. */
export const MISSION_KINDS = ['TRADE_MISSION', 'MATCHMAKING', 'TRADE_FAIR'];

/** Rows bounded per market profile (the contacts, regulations and fairs the partners curate). */
export const MAX_PROFILE_ROWS = 50;

/**
 * Rows of a per-country table for many target markets in one statement: those of the market's
 * country for its application area or for every area (application_id NULL).
 */
function marketRowsLoader<Row, Node>(
  context: RequestContext,
  spec: { name: string; table: string; columns: string; orderBy: string; where?: string; params?: unknown[]; toNode: (row: Row) => Node },
) {
  return context.loaders.get<number, Node[]>(`${spec.name}:${JSON.stringify(spec.params ?? [])}`, async (ids) => {
    const rows = await context.db.query<Row & { lb_market: number }>(
      `SELECT g.id AS lb_market, x.* FROM target_market g CROSS JOIN LATERAL (
         SELECT ${spec.columns} FROM ${spec.table} r
         WHERE r.country = g.country AND (r.application_id IS NULL OR r.application_id = g.application_id) ${spec.where ? `AND ${spec.where}` : ''}
         ORDER BY ${spec.orderBy} LIMIT ${MAX_PROFILE_ROWS}
       ) x WHERE g.id = ANY($1::int[])`,
      [ids, ...(spec.params ?? [])],
    );
    return groupBy(ids, rows, (r) => r.lb_market).map((group) => group.map(spec.toNode));
  });
}

export const contactsLoader = (context: RequestContext) =>
  marketRowsLoader(context, {
    name: 'market.contacts',
    table: 'market_contact',
    columns: 'r.id, r.kind, r.name, r.organization_id, r.url, r.note',
    orderBy: `r.kind, r.name, r.id`,
    toNode: (row: { kind: MarketContact['kind']; name: string; organization_id: number | null; url: string | null; note: string }) =>
      Object.assign(new MarketContact(), {
        kind: row.kind,
        name: row.name,
        organizationDbId: row.organization_id,
        url: row.url,
        note: row.note,
      }),
  });

export const regulationsLoader = (context: RequestContext) =>
  marketRowsLoader(context, {
    name: 'market.regulations',
    table: 'market_regulation',
    columns: 'r.id, r.title, r.authority, r.summary, r.url',
    orderBy: 'r.application_id NULLS LAST, r.title, r.id',
    toNode: (row: MarketRegulation) => Object.assign(new MarketRegulation(), row),
  });

/** Fairs ending on or after `from` (every edition when null), soonest first. */
export const tradeFairsLoader = (context: RequestContext, from: string | null) =>
  marketRowsLoader(context, {
    name: 'market.fairs',
    table: 'trade_fair',
    columns: 'r.id, r.name, r.city, r.starts_on::text AS starts_on, r.ends_on::text AS ends_on, r.url',
    orderBy: 'r.starts_on, r.id',
    where: '($2::date IS NULL OR r.ends_on >= $2::date)',
    params: [from],
    toNode: (row: { name: string; city: string; starts_on: string; ends_on: string; url: string | null }) =>
      Object.assign(new TradeFair(), { name: row.name, city: row.city, startsOn: row.starts_on, endsOn: row.ends_on, url: row.url }),
  });

/** The clusters based in each market's country, by name. */
export function partnerClustersLoader(context: RequestContext, args: ForwardPageArgs) {
  return childPagesLoader(
    context,
    {
      name: 'market.partnerClusters',
      from: `target_market g JOIN organization o ON o.country = g.country AND o.kind = 'CLUSTER' AND o.deleted_at IS NULL`,
      parent: 'g.id',
      select: ORGANIZATION_COLUMNS,
      sort: { expression: 'o.name', type: 'text', direction: 'ASC', id: 'o.id' },
      toNode: (row: OrganizationRow) => toOrganization(row),
    },
    args,
  );
}

/** Missions, matchmaking events and fairs that addressed each market's country or were held there, newest first. */
export function missionsLoader(context: RequestContext, args: ForwardPageArgs) {
  return childPagesLoader(
    context,
    {
      name: 'market.missions',
      from: `target_market g JOIN event e ON e.kind = ANY('{${MISSION_KINDS.join(',')}}'::text[])
             AND (g.country = ANY(e.target_countries) OR e.country = g.country)`,
      parent: 'g.id',
      select: EVENT_COLUMNS,
      sort: { expression: 'e.starts_on::text', type: 'text', direction: 'DESC', id: 'e.id' },
      toNode: (row: EventRow) => toEvent(row),
    },
    args,
  );
}
