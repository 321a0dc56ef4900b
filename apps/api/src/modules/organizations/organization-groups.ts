import type { ConnectionResult } from '../../graphql/connection';
import { toConnection } from '../../graphql/connection';
import type { RequestContext } from '../../graphql/context';
import { groupBy } from '../../graphql/loaders';
import { parsePageArgs } from '../../graphql/pagination';
import { cursorKey, keysetPage, Params } from '../../graphql/sql';
import { OrganizationSort, type OrganizationsArgs } from './organization.args';
import { buildOrganizationConditions, sortFor, type OrganizationConditions } from './organization.service';
import {
  keptProviderPagesSql,
  keptProvidersTechnology,
  memberNamePagesSql,
  type MemberNames,
  type PageStatement,
} from './indexed-group-pages';
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
  /** On the organization "o". */
  organization?: string;
  /**
   * The ids of the organizations that meet `organization`, for reading a small group's page from
   * them. Member groups have one parent (ids = [key]); listing by `g.key` in the order of the
   * (parent, organization) index lets PostgreSQL stop at the threshold for a large group (the
   * generic plan scanned the whole membership table for `= ANY(g.ids)`).
   */
  members?: string;
  /**
   * The group's member rows "gm", which carry the member's name (the MemberNames migration): a
   * page in name order is a range of their (group, name, organization) index, filtered as it goes.
   */
  memberNames?: MemberNames;
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
    members:
      "SELECT gm.organization_id FROM membership gm WHERE gm.cluster_id = g.key AND gm.status = 'ACTIVE' ORDER BY gm.organization_id",
    memberNames: { from: 'membership gm', conditions: ['gm.cluster_id = g.key', "gm.status = 'ACTIVE'"] },
  },
  COMMUNITY: {
    organization: 'EXISTS (SELECT 1 FROM community_member gc WHERE gc.organization_id = o.id AND gc.community_id = ANY(g.ids))',
    members: 'SELECT gc.organization_id FROM community_member gc WHERE gc.community_id = g.key ORDER BY gc.organization_id',
    memberNames: { from: 'community_member gm', conditions: ['gm.community_id = g.key'] },
  },
};

/**
 * Up to this many candidates (the matching capabilities of a term group, or a cluster's or
 * community's members when the order is not by name: by name they are an index range, see
 * indexed-group-pages.ts), a group's page is built from those organizations (primary-key lookups,
 * then a sort); beyond, it walks the sort order, which finds a page of a dense group soon. Walking
 * costs about page size × organizations / group size probes and reading candidates about group
 * size lookups, so candidates pay below √(page size × organizations): ~460 members at 10k, ~4,600
 * at 1M. Members use a lower bound because every group above it pays for reading that many first
 * (a cluster of 44,740 at 1M: 0.15 ms for 1,000 against 2–9 ms for 5,000). Without candidates an
 * organization with no members walked all 1M organizations (5–9 s).
 */
export const SPARSE_GROUP_CANDIDATES = 5000;
export const SPARSE_GROUP_MEMBERS = 1000;

export interface OrganizationGroup {
  /** The parent object's database id (a term, cluster or community). */
  key: number;
  /** Ids the group condition matches: a term and its descendants, or the cluster/community itself ([key]). */
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
    sparseCandidates,
    byMemberNames = true,
  }: {
    columns?: string;
    /** Overrides the candidate bound (tests). */
    sparseCandidates?: number;
    /** False lists members in name order like other groups, by candidates or a walk (tests). */
    byMemberNames?: boolean;
  } = {},
) {
  const sparse = sparseCandidates ?? (GROUP_CONDITIONS[kind].members ? SPARSE_GROUP_MEMBERS : SPARSE_GROUP_CANDIDATES);
  const key = `organization.groups:${kind}:${sparse}:${byMemberNames}:${JSON.stringify(args)}`;
  const counts = context.loaders.get<OrganizationGroup, number>(
    `${key}:count`,
    async (groups) => {
      const params = new Params();
      const from = groupsFrom(params.add(JSON.stringify(groups)), groups.length);
      const technology = await keptProvidersTechnology(context, kind, args);
      const counted =
        technology === null
          ? `SELECT count(*) FROM organization o WHERE ${(await groupConditions(context, kind, args, params)).where.join(' AND ')}`
          : `SELECT count(*) FROM provider_member p WHERE p.application_id = g.key AND p.technology_id = ${params.add(technology)}::int`;
      const rows = await context.db.query<{ key: number; count: string }>(
        `SELECT g.key, (${counted}) AS count FROM ${from}`,
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
      const from = groupsFrom(params.add(JSON.stringify(groups)), groups.length);
      const technology = await keptProvidersTechnology(context, kind, args);
      const sql =
        technology === null
          ? await groupPagesSql(context, kind, args, { from, page, params, columns, sparse, byMemberNames })
          : keptProviderPagesSql(technology, { from, page, params, columns });
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

/**
 * Each group's page in one statement; rows carry group_key and sort_key. Members in name order are
 * read from their index (indexed-group-pages.ts); otherwise each group "g" is read from its
 * candidates when there are few, else by a walk of the sort order.
 */
async function groupPagesSql(
  context: RequestContext,
  kind: OrganizationGroupKind,
  args: OrganizationsArgs,
  { from, page, params, columns, sparse, byMemberNames }: PageStatement & { sparse: number; byMemberNames: boolean },
): Promise<string> {
  const conditions = await groupConditions(context, kind, args, params);
  const order = args.sort ?? (conditions.search ? OrganizationSort.RELEVANCE : OrganizationSort.NAME);
  const { memberNames, organization: memberCondition } = GROUP_CONDITIONS[kind];
  if (memberNames && byMemberNames && order === OrganizationSort.NAME) {
    const filters = conditions.where.filter((condition) => condition !== memberCondition);
    return memberNamePagesSql(memberNames, filters, { from, page, params, columns });
  }
  const sort = sortFor(order, conditions);
  const keyset = keysetPage(sort, page, params);
  const where = keyset.where ? [...conditions.where, keyset.where] : conditions.where;
  const select = (filters: string[]) =>
    `SELECT ${columns}, ${sort.expression} AS sort_key FROM organization o
         WHERE ${filters.join(' AND ')} ORDER BY ${keyset.orderBy} LIMIT ${keyset.limit}`;
  // A group's candidates (OFFSET 0 keeps them a subquery of their own, computed once per group
  // rather than once per branch): a sparse group reads its page from them, a dense one walks the
  // sort order.
  const candidates = groupCandidates(kind, conditions);
  return candidates
    ? `SELECT g.key AS group_key, x.* FROM ${from}
           CROSS JOIN LATERAL (SELECT ARRAY(${candidates.ids} LIMIT ${sparse + 1}) AS ids OFFSET 0) candidates
           CROSS JOIN LATERAL (
             (${select([
               `cardinality(candidates.ids) <= ${sparse}`,
               'o.id = ANY(candidates.ids)',
               ...where.filter((condition) => condition !== candidates.met),
             ])})
             UNION ALL
             (${select([`cardinality(candidates.ids) > ${sparse}`, ...where])})
           ) x`
    : `SELECT g.key AS group_key, x.* FROM ${from} CROSS JOIN LATERAL (${select(where)}) x`;
}

/**
 * The organization ids a group's page can be read from (an id may come more than once), and the
 * condition of `where` that every one of them meets: a cluster's or community's members, else the
 * holders of the capabilities that match the group and the filter. Null for a term group without
 * capability conditions (none today: term groups always have one).
 */
function groupCandidates(kind: OrganizationGroupKind, conditions: OrganizationConditions): { ids: string; met: string } | null {
  const group = GROUP_CONDITIONS[kind];
  if (group.members && group.organization) return { ids: group.members, met: group.organization };
  if (!conditions.capability) return null;
  const { parts, exists } = conditions.capability;
  if (!group.candidateJoin) return { ids: `SELECT c.organization_id FROM capability c WHERE ${parts.join(' AND ')}`, met: exists };
  const rest = parts.filter((part) => part !== group.capability);
  const where = rest.length > 0 ? ` WHERE ${rest.join(' AND ')}` : '';
  return { ids: `SELECT c.organization_id FROM capability c ${group.candidateJoin}${where}`, met: exists };
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
