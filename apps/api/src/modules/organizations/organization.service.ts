import type { RequestContext } from '../../graphql/context';
import { BadInputError } from '../../graphql/errors';
import { toConnection, type ConnectionResult } from '../../graphql/connection';
import { parsePageArgs } from '../../graphql/pagination';
import { cursorKey, keysetPage, Params, type KeysetSort } from '../../graphql/sql';
import { checkCountryCodes } from '../geography/country-codes';
import { newestMatches, parseSearchText, type SearchText } from '../search/search-text';
import { loadTaxonomy } from '../taxonomy/taxonomy-snapshot';
import { Facet } from '../taxonomy/term.type';
import { loadOrganizationsBySlug } from './organization.loaders';
import { OrganizationSort, type OrganizationFilter, type OrganizationsArgs } from './organization.args';
import { ORGANIZATION_COLUMNS, toOrganization, type Organization, type OrganizationRowLike } from './organization.type';

/** SQL conditions on "o" (organization) built from a validated filter. */
export interface OrganizationConditions {
  where: string[];
  /**
   * Conditions on one capability "c" of the organization, their EXISTS as it is in `where`, and the
   * same test as a probe of one organization; null when there are none.
   */
  capability: { parts: string[]; exists: string; probe: string } | null;
  search: { tsquery: string | null; raw: string; tsqueryParam: string | null; rawParam: string } | null;
}

const MAX_FILTER_VALUES = 100;

function checkListSize(values: readonly unknown[] | null | undefined, argument: string): void {
  if (values && values.length > MAX_FILTER_VALUES) {
    throw new BadInputError(argument, `"${argument}" takes at most ${MAX_FILTER_VALUES} values, got ${values.length}.`);
  }
}

const capabilityCondition = (parts: string[]) => ({
  parts,
  exists: `EXISTS (SELECT 1 FROM capability c WHERE c.organization_id = o.id AND ${parts.join(' AND ')})`,
  // A scalar subquery is never turned into a join: run only for the organizations that pass the
  // other conditions. Where a walk stops early, PostgreSQL merged the EXISTS with a backward scan
  // of all capabilities instead (a relevance window at 1M: 8.5 ms against 6.5 ms).
  probe: `(SELECT true FROM capability c WHERE c.organization_id = o.id AND ${parts.join(' AND ')} LIMIT 1) IS TRUE`,
});

/**
 * Validates a filter and turns it into SQL conditions. Term filters are expanded to the terms'
 * descendants; technology, application, stage and TRL conditions apply to one capability.
 */
export async function buildOrganizationConditions(
  context: RequestContext,
  filter: OrganizationFilter | null | undefined,
  params: Params,
  prefix = 'filter',
  extraCapabilityParts: string[] = [],
): Promise<OrganizationConditions> {
  const where = ['o.deleted_at IS NULL'];
  if (!filter) {
    if (extraCapabilityParts.length === 0) return { where, capability: null, search: null };
    const capability = capabilityCondition(extraCapabilityParts);
    where.push(capability.exists);
    return { where, capability, search: null };
  }
  for (const key of ['kinds', 'countries', 'regions', 'clusters', 'technologies', 'applications', 'stages'] as const) {
    checkListSize(filter[key], `${prefix}.${key}`);
  }
  if (filter.kinds?.length) where.push(`o.kind = ANY(${params.add(filter.kinds)}::text[])`);
  if (filter.countries?.length) {
    const countries = checkCountryCodes(filter.countries, `${prefix}.countries`);
    // One country as a plain equality: the generic plan of a prepared statement estimates it far
    // better than "= ANY(array)" (a country search ran 30-40 % faster with it, docs/performance.md).
    where.push(countries.length === 1 ? `o.country = ${params.add(countries[0])}` : `o.country = ANY(${params.add(countries)}::text[])`);
  }
  if (filter.regions?.length) {
    for (const region of filter.regions) {
      if (!/^[A-Z]{2}[A-Z0-9]{0,3}$/.test(region))
        throw new BadInputError(`${prefix}.regions`, `"${region.slice(0, 20)}" is not a NUTS code (e.g. "DE11").`);
    }
    where.push(`o.region LIKE ANY(${params.add(filter.regions.map((r) => `${r}%`))}::text[])`);
  }
  if (filter.verified != null) where.push(`o.verified = ${params.add(filter.verified)}`);
  if (filter.clusters?.length) {
    const clusters = await loadOrganizationsBySlug(context, filter.clusters);
    const ids = clusters.map((cluster, index) => {
      if (!cluster || cluster.kind !== 'CLUSTER')
        throw new BadInputError(`${prefix}.clusters`, `No cluster has the slug "${filter.clusters![index]!.slice(0, 100)}".`);
      return cluster.dbId;
    });
    where.push(
      `EXISTS (SELECT 1 FROM membership m WHERE m.organization_id = o.id AND m.status = 'ACTIVE' AND m.cluster_id = ANY(${params.add(ids)}::int[]))`,
    );
  }
  const parts = await capabilityParts(context, filter, params, prefix, extraCapabilityParts);
  const capability = parts ? capabilityCondition(parts) : null;
  if (capability) where.push(capability.exists);
  const text = parseSearchText(filter.search, `${prefix}.search`);
  return { where, capability, search: text ? searchCondition(text, params, where) : null };
}

async function capabilityParts(
  context: RequestContext,
  filter: OrganizationFilter,
  params: Params,
  prefix: string,
  extraParts: string[],
): Promise<string[] | null> {
  const parts = [...extraParts];
  if (filter.minTrl != null) {
    if (!Number.isInteger(filter.minTrl) || filter.minTrl < 1 || filter.minTrl > 9) {
      throw new BadInputError(
        `${prefix}.minTrl`,
        `"${prefix}.minTrl" must be a technology readiness level from 1 to 9, got ${filter.minTrl}.`,
      );
    }
    parts.push(`c.trl >= ${params.add(filter.minTrl)}`);
  }
  if (filter.technologies?.length || filter.applications?.length || filter.stages?.length) {
    const taxonomy = await loadTaxonomy(context);
    if (filter.technologies?.length) {
      parts.push(
        `c.technology_id = ANY(${params.add(taxonomy.expandCodes(filter.technologies, Facet.TECHNOLOGY, `${prefix}.technologies`))}::int[])`,
      );
    }
    if (filter.stages?.length) {
      parts.push(`c.stage_id = ANY(${params.add(taxonomy.expandCodes(filter.stages, Facet.STAGE, `${prefix}.stages`))}::int[])`);
    }
    if (filter.applications?.length) {
      const ids = taxonomy.expandCodes(filter.applications, Facet.APPLICATION, `${prefix}.applications`);
      parts.push(
        `EXISTS (SELECT 1 FROM capability_application ca WHERE ca.capability_id = c.id AND ca.application_id = ANY(${params.add(ids)}::int[]))`,
      );
    }
  }
  return parts.length > 0 ? parts : null;
}

function searchCondition(text: SearchText, params: Params, where: string[]): NonNullable<OrganizationConditions['search']> {
  const rawParam = params.add(text.raw);
  const tsqueryParam = text.tsquery ? params.add(text.tsquery) : null;
  // Full-text prefix match, or a trigram word match on the name for typos ("fraunhofr").
  const fullText = tsqueryParam ? `o.search_vector @@ to_tsquery('simple', ${tsqueryParam})` : null;
  const fuzzy = `public.lb_fold(${rawParam}) <% o.name_folded`;
  where.push(fullText ? `(${fullText} OR ${fuzzy})` : fuzzy);
  return { tsquery: text.tsquery, raw: text.raw, tsqueryParam, rawParam };
}

export function relevanceExpression(search: NonNullable<OrganizationConditions['search']>): string {
  const rank = search.tsqueryParam ? `ts_rank(o.search_vector, to_tsquery('simple', ${search.tsqueryParam}))` : '0';
  return `(${rank} + word_similarity(public.lb_fold(${search.rawParam}), o.name_folded))::real`;
}

export function sortFor(sort: OrganizationSort, conditions: OrganizationConditions): KeysetSort {
  switch (sort) {
    case OrganizationSort.RELEVANCE:
      if (!conditions.search) throw new BadInputError('sort', 'Sorting by RELEVANCE needs a "filter.search" text.');
      return { expression: relevanceExpression(conditions.search), type: 'real', direction: 'DESC', id: 'o.id' };
    case OrganizationSort.NEWEST:
      return { expression: 'o.created_at', type: 'timestamptz', direction: 'DESC', id: 'o.id' };
    case OrganizationSort.NAME:
      return { expression: 'o.name', type: 'text', direction: 'ASC', id: 'o.id' };
  }
}

/** The conditions for a walk that stops early: the capability condition as a probe per organization (see capabilityCondition). */
function whereForWalk({ where, capability }: OrganizationConditions): string[] {
  return capability ? where.map((condition) => (condition === capability.exists ? capability.probe : condition)) : where;
}

export async function listOrganizations(
  context: RequestContext,
  args: OrganizationsArgs,
  columns = ORGANIZATION_COLUMNS,
): Promise<ConnectionResult<Organization>> {
  const page = parsePageArgs(args);
  const params = new Params();
  const conditions = await buildOrganizationConditions(context, args.filter, params);
  const order = args.sort ?? (conditions.search ? OrganizationSort.RELEVANCE : OrganizationSort.NAME);
  const sort = sortFor(order, conditions);
  const countParams = [...params.values];
  const countWhere = conditions.where.join(' AND ');
  const keyset = keysetPage(sort, page, params);
  // Ranked: the window of newest matches is found first (a walk of the id order that stops at the
  // window's size), then ranked and paged.
  const ranked = order === OrganizationSort.RELEVANCE;
  const source = ranked ? newestMatches('organization', 'o', whereForWalk(conditions).join(' AND ')) : 'organization o';
  const where = [...(ranked ? [] : conditions.where), ...(keyset.where ? [keyset.where] : [])];
  const rows = await context.db.query<OrganizationRowLike & { sort_key: unknown }>(
    `SELECT ${columns}, ${sort.expression} AS sort_key FROM ${source}${where.length > 0 ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY ${keyset.orderBy} LIMIT ${keyset.limit}`,
    params.values,
  );
  return toConnection(
    rows,
    page,
    (row) => cursorKey(row.sort_key, row.id),
    toOrganization,
    async () => {
      const [row] = await context.db.query<{ count: string }>(
        `SELECT count(*) AS count FROM organization o WHERE ${countWhere}`,
        countParams,
      );
      return Number(row?.count ?? 0);
    },
  );
}
