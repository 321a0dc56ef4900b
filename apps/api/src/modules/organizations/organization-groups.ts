import type { ConnectionResult } from '../../graphql/connection';
import { toConnection } from '../../graphql/connection';
import type { RequestContext } from '../../graphql/context';
import { groupBy } from '../../graphql/loaders';
import { parsePageArgs } from '../../graphql/pagination';
import { cursorKey, keysetPage, Params } from '../../graphql/sql';
import { OrganizationSort, type OrganizationsArgs } from './organization.args';
import { buildOrganizationConditions, sortFor, type OrganizationConditions } from './organization.service';
import { ORGANIZATION_COLUMNS, toOrganization, type Organization, type OrganizationRowLike } from './organization.type';

/** How a group of a batched organization list constrains its organizations; "g.ids" holds the group's ids. */
export type OrganizationGroupKind = 'TECHNOLOGY' | 'APPLICATION' | 'STAGE' | 'CLUSTER' | 'COMMUNITY';

interface GroupCondition {
  /** On one capability "c" of the organization. */
  capability?: string;
  /**
   * The same condition as a join, for listing a group's candidate capabilities: with the EXISTS,
   * PostgreSQL hashed the group's application rows and rescanned the filter's capabilities for each
   * group; with a join it hashes the filter's capabilities once (they do not depend on the group)
   * and probes them with each group's application rows (technologyTree: 18 → 8 ms at 10k).
   */
  candidateJoin?: string;
  organization?: string;
}

const GROUP_CONDITIONS: Record<OrganizationGroupKind, GroupCondition> = {
  TECHNOLOGY: { capability: 'c.technology_id = ANY(g.ids)' },
  STAGE: { capability: 'c.stage_id = ANY(g.ids)' },
  APPLICATION: {
    capability: 'EXISTS (SELECT 1 FROM capability_application ga WHERE ga.capability_id = c.id AND ga.application_id = ANY(g.ids))',
    candidateJoin: 'JOIN capability_application ga ON ga.capability_id = c.id AND ga.application_id = ANY(g.ids)',
  },
  CLUSTER: {
    organization:
      "EXISTS (SELECT 1 FROM membership gm WHERE gm.organization_id = o.id AND gm.status = 'ACTIVE' AND gm.cluster_id = ANY(g.ids))",
  },
  COMMUNITY: {
    organization: 'EXISTS (SELECT 1 FROM community_member gc WHERE gc.organization_id = o.id AND gc.community_id = ANY(g.ids))',
  },
};

/**
 * Up to this many matching capabilities, a group's page is built from the organizations that hold
 * them (primary-key lookups, then a sort); beyond, it walks the sort order, which finds a page of
 * a dense group soon. Walking the name index for a sparse group (a technology's providers in one
 * application area) read most of the organization table for each group.
 */
export const SPARSE_GROUP_CAPABILITIES = 5000;

export interface OrganizationGroup {
  /** The parent object's database id (a term, cluster or community). */
  key: number;
  /** Ids the group condition matches: a term and its descendants, or the cluster/community itself. */
  ids: number[];
}

const groupKey = (group: OrganizationGroup) => group.key;

/**
 * The groups as rows "g". The LIMIT tells the planner how many there are (it assumes 100 rows for
 * any jsonb_to_recordset): with that guess, 20 groups looked five times as costly as they are,
 * which crossed PostgreSQL's JIT threshold and spent more time compiling than running.
 */
const groupsFrom = (param: string, count: number) =>
  `(SELECT * FROM jsonb_to_recordset(${param}::jsonb) AS g(key int, ids int[]) LIMIT ${count}) g`;

/**
 * One page of organizations for each of many parents (a term's providers, a cluster's members ...)
 * in a single statement: a LATERAL subquery per parent, so the statement count of a request stays
 * the same whatever number of parents it lists.
 */
export function organizationGroupsLoader(
  context: RequestContext,
  kind: OrganizationGroupKind,
  args: OrganizationsArgs,
  {
    columns = ORGANIZATION_COLUMNS,
    sparseCapabilities = SPARSE_GROUP_CAPABILITIES,
  }: { columns?: string; sparseCapabilities?: number } = {},
) {
  const key = `organization.groups:${kind}:${sparseCapabilities}:${JSON.stringify(args)}`;
  const counts = context.loaders.get<OrganizationGroup, number>(
    `${key}:count`,
    async (groups) => {
      const params = new Params();
      const groupParam = params.add(JSON.stringify(groups));
      const conditions = await groupConditions(context, kind, args, params);
      const rows = await context.db.query<{ key: number; count: string }>(
        `SELECT g.key, (SELECT count(*) FROM organization o WHERE ${conditions.where.join(' AND ')}) AS count
       FROM ${groupsFrom(groupParam, groups.length)}`,
        params.values,
      );
      const byKey = new Map(rows.map((r) => [r.key, Number(r.count)]));
      return groups.map((g) => byKey.get(g.key) ?? 0);
    },
    groupKey,
  );
  return context.loaders.get<OrganizationGroup, ConnectionResult<Organization>>(
    `${key}:${columns}`,
    async (groups) => {
      const page = parsePageArgs(args);
      const params = new Params();
      const groupParam = params.add(JSON.stringify(groups));
      const conditions = await groupConditions(context, kind, args, params);
      const sort = sortFor(args.sort ?? (conditions.search ? OrganizationSort.RELEVANCE : OrganizationSort.NAME), conditions);
      const keyset = keysetPage(sort, page, params);
      const where = keyset.where ? [...conditions.where, keyset.where] : conditions.where;
      const select = (filters: string[]) =>
        `SELECT ${columns}, ${sort.expression} AS sort_key FROM organization o
         WHERE ${filters.join(' AND ')} ORDER BY ${keyset.orderBy} LIMIT ${keyset.limit}`;
      const from = groupsFrom(groupParam, groups.length);
      // A group's candidates: the organizations of its matching capabilities (OFFSET 0 keeps them a
      // subquery of their own, computed once per group rather than once per branch); a sparse group
      // reads its page from them, a dense one walks the sort order as before.
      const sql = conditions.capability
        ? `SELECT g.key AS group_key, x.* FROM ${from}
           CROSS JOIN LATERAL (
             SELECT ARRAY(${candidateCapabilities(kind, conditions.capability.parts)} LIMIT ${sparseCapabilities + 1}) AS ids OFFSET 0
           ) candidates
           CROSS JOIN LATERAL (
             (${select([
               `cardinality(candidates.ids) <= ${sparseCapabilities}`,
               'o.id = ANY(candidates.ids)',
               ...where.filter((condition) => condition !== conditions.capability!.exists),
             ])})
             UNION ALL
             (${select([`cardinality(candidates.ids) > ${sparseCapabilities}`, ...where])})
           ) x`
        : `SELECT g.key AS group_key, x.* FROM ${from} CROSS JOIN LATERAL (${select(where)}) x`;
      const rows = await context.db.query<OrganizationRowLike & { sort_key: unknown; group_key: number }>(sql, params.values);
      const grouped = groupBy(
        groups.map((group) => group.key),
        rows,
        (row) => row.group_key,
      );
      return groups.map((group, index) =>
        toConnection(
          grouped[index]!,
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

/** The organization ids of a group's matching capabilities (an id may come more than once). */
function candidateCapabilities(kind: OrganizationGroupKind, parts: string[]): string {
  const { capability, candidateJoin } = GROUP_CONDITIONS[kind];
  if (!candidateJoin) return `SELECT c.organization_id FROM capability c WHERE ${parts.join(' AND ')}`;
  const rest = parts.filter((part) => part !== capability);
  return `SELECT c.organization_id FROM capability c ${candidateJoin}${rest.length > 0 ? ` WHERE ${rest.join(' AND ')}` : ''}`;
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
