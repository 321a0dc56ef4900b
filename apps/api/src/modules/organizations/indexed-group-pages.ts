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

/** Name order over member rows: the same values and cursors as OrganizationSort.NAME ("o.name", "o.id"). */
const MEMBER_NAME_ORDER: KeysetSort = { expression: 'gm.organization_name', type: 'text', direction: 'ASC', id: 'gm.organization_id' };

export function memberNamePagesSql(members: MemberNames, filters: string[], { from, page, params, columns }: PageStatement): string {
  const keyset = keysetPage(MEMBER_NAME_ORDER, page, params);
  const where = [...members.conditions, ...filters, ...(keyset.where ? [keyset.where] : [])];
  return `SELECT g.key AS group_key, x.* FROM ${from} CROSS JOIN LATERAL (
    SELECT ${columns}, gm.organization_name AS sort_key FROM ${members.from} JOIN organization o ON o.id = gm.organization_id
    WHERE ${where.join(' AND ')} ORDER BY ${keyset.orderBy} LIMIT ${keyset.limit}) x`;
}

/** Name order over provider_member: the same values and cursors as OrganizationSort.NAME ("o.name", "o.id"). */
const PROVIDER_NAME_ORDER: KeysetSort = { expression: 'p.name', type: 'text', direction: 'ASC', id: 'p.organization_id' };

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

export function keptProviderPagesSql(technology: number, { from, page, params, columns }: PageStatement): string {
  const keyset = keysetPage(PROVIDER_NAME_ORDER, page, params);
  const where = ['p.application_id = g.key', `p.technology_id = ${params.add(technology)}::int`, ...(keyset.where ? [keyset.where] : [])];
  return `SELECT g.key AS group_key, x.* FROM ${from} CROSS JOIN LATERAL (
    SELECT ${columns}, p.name AS sort_key FROM provider_member p JOIN organization o ON o.id = p.organization_id
    WHERE ${where.join(' AND ')} ORDER BY ${keyset.orderBy} LIMIT ${keyset.limit}) x`;
}
