import { childPagesLoader } from '../../graphql/child-pages';
import type { ConnectionResult } from '../../graphql/connection';
import type { RequestContext } from '../../graphql/context';
import { BadInputError } from '../../graphql/errors';
import { keyedRowsLoader } from '../../graphql/keyed-rows-loader';
import { keysetList, parseDateArgument } from '../../graphql/keyset-list';
import { groupBy } from '../../graphql/loaders';
import { parsePageArgs, type ForwardPageArgs } from '../../graphql/pagination';
import { Params, type KeysetSort } from '../../graphql/sql';
import { checkCountryCodes } from '../geography/country-codes';
import { organizationBySlugLoader } from '../organizations/organization.loaders';
import type { RoadmapActionsArgs } from './roadmap-action.args';
import {
  deliveredShare,
  ROADMAP_ACTION_COLUMNS,
  RoadmapActionKpi,
  RoadmapProgressReport,
  toRoadmapAction,
  type RoadmapAction,
  type RoadmapActionRow,
} from './roadmap-action.type';

/** Chronological, as a timeline reads; the date as text keeps cursors free of time zones. */
const TIMELINE: KeysetSort = { expression: 'a.starts_on::text', type: 'text', direction: 'ASC', id: 'a.id' };

/** Progress reports shown per action, newest first. */
export const MAX_PROGRESS_REPORTS = 20;

const involves = (cluster: string) =>
  `(a.owner_cluster_id = ${cluster} OR EXISTS (SELECT 1 FROM roadmap_action_partner p WHERE p.action_id = a.id AND p.organization_id = ${cluster}))`;

export function roadmapActionByIdLoader(context: RequestContext) {
  return keyedRowsLoader(context, {
    name: 'roadmapAction.byId',
    select: `SELECT ${ROADMAP_ACTION_COLUMNS} FROM roadmap_action a`,
    key: 'a.id',
    type: 'int',
    toObject: toRoadmapAction,
    keyOf: (a: RoadmapAction) => a.dbId,
  });
}

export function roadmapActionBySlugLoader(context: RequestContext) {
  return keyedRowsLoader(context, {
    name: 'roadmapAction.bySlug',
    select: `SELECT ${ROADMAP_ACTION_COLUMNS} FROM roadmap_action a`,
    key: 'a.slug',
    type: 'text',
    toObject: toRoadmapAction,
    keyOf: (a: RoadmapAction) => a.slug,
  });
}

export async function listRoadmapActions(context: RequestContext, args: RoadmapActionsArgs): Promise<ConnectionResult<RoadmapAction>> {
  const page = parsePageArgs(args);
  const params = new Params();
  const where: string[] = [];
  if (args.cluster != null) {
    const cluster = await organizationBySlugLoader(context).load(args.cluster);
    if (!cluster) throw new BadInputError('cluster', `No organization has the slug "${args.cluster.slice(0, 100)}".`);
    where.push(involves(params.add(cluster.dbId)));
  }
  if (args.status) where.push(`a.status = ${params.add(args.status)}`);
  if (args.targetCountry != null) {
    where.push(`${params.add(checkCountryCodes([args.targetCountry], 'targetCountry')[0])}::text = ANY(a.target_countries)`);
  }
  const from = parseDateArgument(args.from, 'from');
  const to = parseDateArgument(args.to, 'to');
  if (from) where.push(`a.ends_on >= ${params.add(from)}::date`);
  if (to) where.push(`a.starts_on <= ${params.add(to)}::date`);
  return keysetList(context, {
    from: 'roadmap_action a',
    select: ROADMAP_ACTION_COLUMNS,
    where,
    params,
    sort: TIMELINE,
    page,
    toNode: (row: RoadmapActionRow) => toRoadmapAction(row),
  });
}

/** The actions each of many organizations owns or is a partner of, chronologically, in one statement. */
export function actionsByOrganizationLoader(context: RequestContext, args: ForwardPageArgs) {
  return childPagesLoader(
    context,
    {
      name: 'roadmapAction.byOrganization',
      from: `(SELECT a.*, a.owner_cluster_id AS lb_organization_id FROM roadmap_action a
              UNION SELECT a.*, p.organization_id FROM roadmap_action_partner p JOIN roadmap_action a ON a.id = p.action_id) a`,
      parent: 'a.lb_organization_id',
      select: ROADMAP_ACTION_COLUMNS,
      sort: TIMELINE,
      toNode: (row: RoadmapActionRow) => toRoadmapAction(row),
    },
    args,
  );
}

/** Partner organization ids of many actions, in one statement. */
export function partnerIdsLoader(context: RequestContext) {
  return context.loaders.get<number, number[]>('roadmapAction.partners', async (ids) => {
    const rows = await context.db.query<{ action_id: number; organization_id: number }>(
      `SELECT action_id, organization_id FROM roadmap_action_partner WHERE action_id = ANY($1::int[]) ORDER BY action_id, organization_id`,
      [ids],
    );
    return groupBy(ids, rows, (r) => r.action_id).map((group) => group.map((r) => r.organization_id));
  });
}

/** Agreement ids of many actions, in one statement. */
export function agreementIdsLoader(context: RequestContext) {
  return context.loaders.get<number, number[]>('roadmapAction.agreements', async (ids) => {
    const rows = await context.db.query<{ action_id: number; agreement_id: number }>(
      `SELECT action_id, agreement_id FROM roadmap_action_agreement WHERE action_id = ANY($1::int[]) ORDER BY action_id, agreement_id`,
      [ids],
    );
    return groupBy(ids, rows, (r) => r.action_id).map((group) => group.map((r) => r.agreement_id));
  });
}

/** The linked KPIs of many actions with what each action's progress has delivered, in one statement. */
export function actionKpisLoader(context: RequestContext) {
  return context.loaders.get<number, RoadmapActionKpi[]>('roadmapAction.kpis', async (ids) => {
    const rows = await context.db.query<{
      action_id: number;
      kpi_id: number;
      contribution: number;
      status: RoadmapAction['status'];
      progress: number;
    }>(
      `SELECT k.action_id, k.kpi_id, k.contribution, a.status, a.progress FROM roadmap_action_kpi k JOIN roadmap_action a ON a.id = k.action_id
       JOIN kpi_definition d ON d.id = k.kpi_id WHERE k.action_id = ANY($1::int[]) ORDER BY k.action_id, d.code`,
      [ids],
    );
    return groupBy(ids, rows, (r) => r.action_id).map((group) =>
      group.map((r) =>
        Object.assign(new RoadmapActionKpi(), {
          kpiDbId: r.kpi_id,
          contribution: r.contribution,
          delivered: deliveredShare(r, r.contribution),
        }),
      ),
    );
  });
}

/** The latest progress reports of many actions, newest first, in one statement. */
export function progressReportsLoader(context: RequestContext) {
  return context.loaders.get<number, RoadmapProgressReport[]>('roadmapAction.progress', async (ids) => {
    const rows = await context.db.query<{ action_id: number; reported_on: string; progress: number; note: string }>(
      `SELECT * FROM (SELECT r.action_id, r.reported_on::text AS reported_on, r.progress, r.note,
         row_number() OVER (PARTITION BY r.action_id ORDER BY r.reported_on DESC, r.id DESC) AS rank
         FROM roadmap_progress r WHERE r.action_id = ANY($1::int[])) x WHERE rank <= ${MAX_PROGRESS_REPORTS} ORDER BY action_id, rank`,
      [ids],
    );
    return groupBy(ids, rows, (r) => r.action_id).map((group) =>
      group.map((r) => Object.assign(new RoadmapProgressReport(), { reportedOn: r.reported_on, progress: r.progress, note: r.note })),
    );
  });
}
