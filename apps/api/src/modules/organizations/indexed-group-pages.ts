import type { RequestContext } from '../../graphql/context';
import type { PageRequest } from '../../graphql/pagination';
import { keysetPage, type KeysetSort, type Params } from '../../graphql/sql';
import { loadTaxonomy } from '../taxonomy/taxonomy-snapshot';
import { Facet } from '../taxonomy/term.type';
import { OrganizationSort, type OrganizationsArgs } from './organization.args';
import type { OrganizationGroupKind } from './organization-groups';

/**
 * Group pages in name order read from an index kept for them, where the general statement of
 * organization-groups.ts walks candidates or the sort order: a cluster's or community's members
 * (member rows carry the name), an application area's providers for one technology (provider_member).
 */

export interface PageStatement {
  /** The groups "g" (groupsFrom). */
  from: string;
  page: PageRequest;
  params: Params;
  columns: string;
}

/** A group's member rows "gm" (with the member's name) and the conditions that tie them to the group "g". */
export interface MemberNames {
  from: string;
  conditions: string[];
}

/**
 * Rows that carry an organization's name and id, read in name order with the organization: the
 * same values and cursors as OrganizationSort.NAME ("o.name", "o.id").
 */
interface NamedRows {
  from: string;
  name: string;
  organizationId: string;
}

/** Each group's page: the group's rows (`conditions` tie them to the group "g") as a range of their name index. */
function namedRowPagesSql(rows: NamedRows, conditions: string[], { from, page, params, columns }: PageStatement): string {
  const order: KeysetSort = { expression: rows.name, type: 'text', direction: 'ASC', id: rows.organizationId };
  const keyset = keysetPage(order, page, params);
  const where = [...conditions, ...(keyset.where ? [keyset.where] : [])];
  return `SELECT g.key AS group_key, x.* FROM ${from} CROSS JOIN LATERAL (
    SELECT ${columns}, ${rows.name} AS sort_key FROM ${rows.from} JOIN organization o ON o.id = ${rows.organizationId}
    WHERE ${where.join(' AND ')} ORDER BY ${keyset.orderBy} LIMIT ${keyset.limit}) x`;
}

export function memberNamePagesSql(members: MemberNames, filters: string[], statement: PageStatement): string {
  const rows = { from: members.from, name: 'gm.organization_name', organizationId: 'gm.organization_id' };
  return namedRowPagesSql(rows, [...members.conditions, ...filters], statement);
}

const PROVIDER_ROWS: NamedRows = { from: 'provider_member p', name: 'p.name', organizationId: 'p.organization_id' };

/**
 * An application area's providers for one technology, read from provider_member (see the
 * ProviderMembers migration) when that technology is the whole filter and the order is by name:
 * a range of its primary key per area, where the general statement walked each area's candidate
 * capabilities (technologyTree at 10k organizations: 7–8 ms, seconds at 1M). Null for any other
 * kind, filter or order, and for a code that is not a technology (the general statement reports it).
 */
export async function keptProvidersTechnology(
  context: RequestContext,
  kind: OrganizationGroupKind,
  args: OrganizationsArgs,
): Promise<number | null> {
  const { filter } = args;
  if (kind !== 'APPLICATION' || !filter || filter.technologies?.length !== 1) return null;
  if (args.sort != null && args.sort !== OrganizationSort.NAME) return null;
  const narrowed = Object.entries(filter).some(
    ([name, value]) => name !== 'technologies' && value != null && !(Array.isArray(value) && value.length === 0),
  );
  if (narrowed) return null;
  const term = (await loadTaxonomy(context)).getByCode(filter.technologies[0]!);
  return term?.facet === Facet.TECHNOLOGY ? term.dbId : null;
}

export function keptProviderPagesSql(technology: number, statement: PageStatement): string {
  const conditions = ['p.application_id = g.key', `p.technology_id = ${statement.params.add(technology)}::int`];
  return namedRowPagesSql(PROVIDER_ROWS, conditions, statement);
}
