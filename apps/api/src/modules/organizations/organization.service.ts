import type { RequestContext } from '../../graphql/context';
import { BadInputError } from '../../graphql/errors';
import { toConnection, type ConnectionResult } from '../../graphql/connection';
import { parsePageArgs } from '../../graphql/pagination';
import { cursorKey, keysetPage, Params, type KeysetSort } from '../../graphql/sql';
import { checkCountryCodes } from '../geography/country-codes';
import { parseSearchText, type SearchText } from '../search/search-text';
import { loadTaxonomy } from '../taxonomy/taxonomy-snapshot';
import { Facet } from '../taxonomy/term.type';
import { loadOrganizationsBySlug } from './organization.loaders';
import { OrganizationSort, type OrganizationFilter, type OrganizationsArgs } from './organization.args';
import { ORGANIZATION_COLUMNS, toOrganization, type Organization, type OrganizationRow } from './organization.type';

/** SQL conditions on "o" (organization) built from a validated filter. */
export interface OrganizationConditions {
  where: string[];
  search: { tsquery: string | null; raw: string; tsqueryParam: string | null; rawParam: string } | null;
}

const MAX_FILTER_VALUES = 100;

function checkListSize(values: readonly unknown[] | null | undefined, argument: string): void {
  if (values && values.length > MAX_FILTER_VALUES) {
    throw new BadInputError(argument, `"${argument}" takes at most ${MAX_FILTER_VALUES} values, got ${values.length}.`);
  }
}

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
    if (extraCapabilityParts.length > 0)
      where.push(`EXISTS (SELECT 1 FROM capability c WHERE c.organization_id = o.id AND ${extraCapabilityParts.join(' AND ')})`);
    return { where, search: null };
  }
  for (const key of ['kinds', 'countries', 'regions', 'clusters', 'technologies', 'applications', 'stages'] as const) {
    checkListSize(filter[key], `${prefix}.${key}`);
  }
  if (filter.kinds?.length) where.push(`o.kind = ANY(${params.add(filter.kinds)}::text[])`);
  if (filter.countries?.length)
    where.push(`o.country = ANY(${params.add(checkCountryCodes(filter.countries, `${prefix}.countries`))}::text[])`);
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
  const capability = await capabilityCondition(context, filter, params, prefix, extraCapabilityParts);
  if (capability) where.push(capability);
  const text = parseSearchText(filter.search, `${prefix}.search`);
  return { where, search: text ? searchCondition(text, params, where) : null };
}

async function capabilityCondition(
  context: RequestContext,
  filter: OrganizationFilter,
  params: Params,
  prefix: string,
  extraParts: string[],
): Promise<string | null> {
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
  return parts.length > 0 ? `EXISTS (SELECT 1 FROM capability c WHERE c.organization_id = o.id AND ${parts.join(' AND ')})` : null;
}

function searchCondition(text: SearchText, params: Params, where: string[]): NonNullable<OrganizationConditions['search']> {
  const rawParam = params.add(text.raw);
  const tsqueryParam = text.tsquery ? params.add(text.tsquery) : null;
  // Full-text prefix match, or a trigram word match on the name for typos ("fraunhofr").
  const fullText = tsqueryParam ? `o.search_vector @@ to_tsquery('simple', ${tsqueryParam})` : null;
  const fuzzy = `public.lb_fold(${rawParam}) <% public.lb_fold(o.name)`;
  where.push(fullText ? `(${fullText} OR ${fuzzy})` : fuzzy);
  return { tsquery: text.tsquery, raw: text.raw, tsqueryParam, rawParam };
}

export function relevanceExpression(search: NonNullable<OrganizationConditions['search']>): string {
  const rank = search.tsqueryParam ? `ts_rank(o.search_vector, to_tsquery('simple', ${search.tsqueryParam}))` : '0';
  return `(${rank} + word_similarity(public.lb_fold(${search.rawParam}), public.lb_fold(o.name)))::real`;
}

function sortFor(sort: OrganizationSort, conditions: OrganizationConditions): KeysetSort {
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

export async function listOrganizations(context: RequestContext, args: OrganizationsArgs): Promise<ConnectionResult<Organization>> {
  const page = parsePageArgs(args);
  const params = new Params();
  const conditions = await buildOrganizationConditions(context, args.filter, params);
  const sort = sortFor(args.sort ?? (conditions.search ? OrganizationSort.RELEVANCE : OrganizationSort.NAME), conditions);
  const countParams = [...params.values];
  const countWhere = conditions.where.join(' AND ');
  const keyset = keysetPage(sort, page, params);
  const where = keyset.where ? [...conditions.where, keyset.where] : conditions.where;
  const rows = await context.db.query<OrganizationRow & { sort_key: unknown }>(
    `SELECT ${ORGANIZATION_COLUMNS}, ${sort.expression} AS sort_key FROM organization o WHERE ${where.join(' AND ')} ORDER BY ${keyset.orderBy} LIMIT ${keyset.limit}`,
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

/** How a group of a batched organization list constrains its organizations; "g.ids" holds the group's ids. */
export type OrganizationGroupKind = 'TECHNOLOGY' | 'APPLICATION' | 'STAGE' | 'CLUSTER' | 'COMMUNITY';

const GROUP_CONDITIONS: Record<OrganizationGroupKind, { capability?: string; organization?: string }> = {
  TECHNOLOGY: { capability: 'c.technology_id = ANY(g.ids)' },
  STAGE: { capability: 'c.stage_id = ANY(g.ids)' },
  APPLICATION: {
    capability: 'EXISTS (SELECT 1 FROM capability_application ga WHERE ga.capability_id = c.id AND ga.application_id = ANY(g.ids))',
  },
  CLUSTER: {
    organization:
      "EXISTS (SELECT 1 FROM membership gm WHERE gm.organization_id = o.id AND gm.status = 'ACTIVE' AND gm.cluster_id = ANY(g.ids))",
  },
  COMMUNITY: {
    organization: 'EXISTS (SELECT 1 FROM community_member gc WHERE gc.organization_id = o.id AND gc.community_id = ANY(g.ids))',
  },
};

export interface OrganizationGroup {
  /** The parent object's database id (a term, cluster or community). */
  key: number;
  /** Ids the group condition matches: a term and its descendants, or the cluster/community itself. */
  ids: number[];
}

/**
 * One page of organizations for each of many parents (a term's providers, a cluster's members ...)
 * in a single statement: a LATERAL subquery per parent, so the statement count of a request stays
 * the same whatever number of parents it lists.
 */
const groupKey = (group: OrganizationGroup) => group.key;

export function organizationGroupsLoader(context: RequestContext, kind: OrganizationGroupKind, args: OrganizationsArgs) {
  const key = `organization.groups:${kind}:${JSON.stringify(args)}`;
  const counts = context.loaders.get<OrganizationGroup, number>(
    `${key}:count`,
    async (groups) => {
      const params = new Params();
      const groupParam = params.add(JSON.stringify(groups));
      const conditions = await groupConditions(context, kind, args, params);
      const rows = await context.db.query<{ key: number; count: string }>(
        `SELECT g.key, (SELECT count(*) FROM organization o WHERE ${conditions.where.join(' AND ')}) AS count
       FROM jsonb_to_recordset(${groupParam}::jsonb) AS g(key int, ids int[])`,
        params.values,
      );
      const byKey = new Map(rows.map((r) => [r.key, Number(r.count)]));
      return groups.map((g) => byKey.get(g.key) ?? 0);
    },
    groupKey,
  );
  return context.loaders.get<OrganizationGroup, ConnectionResult<Organization>>(
    key,
    async (groups) => {
      const page = parsePageArgs(args);
      const params = new Params();
      const groupParam = params.add(JSON.stringify(groups));
      const conditions = await groupConditions(context, kind, args, params);
      const sort = sortFor(args.sort ?? (conditions.search ? OrganizationSort.RELEVANCE : OrganizationSort.NAME), conditions);
      const keyset = keysetPage(sort, page, params);
      const where = keyset.where ? [...conditions.where, keyset.where] : conditions.where;
      const rows = await context.db.query<OrganizationRow & { sort_key: unknown; group_key: number }>(
        `SELECT g.key AS group_key, x.* FROM jsonb_to_recordset(${groupParam}::jsonb) AS g(key int, ids int[])
       CROSS JOIN LATERAL (
         SELECT ${ORGANIZATION_COLUMNS}, ${sort.expression} AS sort_key FROM organization o
         WHERE ${where.join(' AND ')} ORDER BY ${keyset.orderBy} LIMIT ${keyset.limit}
       ) x`,
        params.values,
      );
      const byGroup = new Map<number, typeof rows>();
      for (const row of rows) {
        const list = byGroup.get(row.group_key);
        if (list) list.push(row);
        else byGroup.set(row.group_key, [row]);
      }
      return groups.map((group) =>
        toConnection(
          byGroup.get(group.key) ?? [],
          page,
          (row) => cursorKey(row.sort_key, row.id),
          toOrganization,
          () => counts.load(group),
        ),
      );
    },
    groupKey,
  );
}

async function groupConditions(
  context: RequestContext,
  kind: OrganizationGroupKind,
  args: OrganizationsArgs,
  params: Params,
): Promise<OrganizationConditions> {
  const group = GROUP_CONDITIONS[kind];
  const conditions = await buildOrganizationConditions(context, args.filter, params, 'filter', group.capability ? [group.capability] : []);
  if (group.organization) conditions.where.push(group.organization);
  return conditions;
}
