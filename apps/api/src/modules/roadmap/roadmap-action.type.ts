import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { toGlobalId } from '../../graphql/node-id';
import { Country, toCountry } from '../geography/country.type';
import { ROADMAP_STATUSES, type RoadmapStatus as Status } from './roadmap-action.entity';

export const RoadmapStatus = Object.fromEntries(ROADMAP_STATUSES.map((s) => [s, s])) as { [K in Status]: K };
registerEnumType(RoadmapStatus, {
  name: 'RoadmapStatus',
  description: 'Where a roadmap action stands.',
  valuesConfig: {
    PLANNED: { description: 'Planned, not started.' },
    IN_PROGRESS: { description: 'Under way; progress is reported.' },
    DONE: { description: 'Completed; counts in the roadmap-actions-completed KPI of its clusters.' },
    CANCELLED: { description: 'Dropped.' },
  },
});

@ObjectType({ implements: Node, description: "A joint action of a cluster's roadmap, with partners, dates, budget, KPIs and agreements." })
export class RoadmapAction implements Node {
  readonly __typename = 'RoadmapAction';

  dbId!: number;
  ownerClusterDbId!: number;

  @Field(() => ID, { description: 'Opaque global ID.' })
  id!: string;

  @Field(() => String, { description: 'Stable, human-readable identifier used in URLs.' })
  slug!: string;

  @Field(() => String, { description: 'Title of the action.' })
  title!: string;

  @Field(() => String, { description: 'What the action is about (plain text).' })
  description!: string;

  @Field(() => String, { description: 'First day (YYYY-MM-DD).' })
  startsOn!: string;

  @Field(() => String, { description: 'Last day planned (YYYY-MM-DD).' })
  endsOn!: string;

  @Field(() => RoadmapStatus, { description: 'Where the action stands.' })
  status!: Status;

  @Field(() => Int, { description: 'Percent done (0 to 100), as last reported.' })
  progress!: number;

  @Field(() => String, { nullable: true, description: 'The day it was reported done (YYYY-MM-DD); null unless DONE.' })
  completedOn!: string | null;

  @Field(() => Float, { nullable: true, description: 'Budget in euros, when set.' })
  budgetEur!: number | null;

  @Field(() => [Country], { description: 'The markets the action addresses (a short list).' })
  targetCountries!: Country[];

  @Field(() => Int, { description: 'Version, incremented by every change.' })
  version!: number;
}

@ObjectType({ description: 'A KPI a roadmap action contributes to: what it should deliver, and what its progress has delivered so far.' })
export class RoadmapActionKpi {
  kpiDbId!: number;

  @Field(() => Float, { description: 'The amount the action should deliver when done, in the unit of the KPI.' })
  contribution!: number;

  @Field(() => Float, {
    description: 'The share delivered so far: contribution × progress / 100 (all of it once DONE, none if CANCELLED).',
  })
  delivered!: number;
}

@ObjectType({ description: 'A progress report on a roadmap action.' })
export class RoadmapProgressReport {
  @Field(() => String, { description: 'The day of the report (YYYY-MM-DD).' })
  reportedOn!: string;

  @Field(() => Int, { description: 'Percent done at that day.' })
  progress!: number;

  @Field(() => String, { description: 'What happened (plain text).' })
  note!: string;
}

export interface RoadmapActionRow {
  id: number;
  slug: string;
  title: string;
  description: string;
  owner_cluster_id: number;
  starts_on: string;
  ends_on: string;
  status: Status;
  progress: number;
  completed_on: string | null;
  budget_eur: string | null;
  target_countries: string[];
  version: number;
}

/** Dates as text, so that no time zone shifts them. */
export const ROADMAP_ACTION_COLUMNS =
  'a.id, a.slug, a.title, a.description, a.owner_cluster_id, a.starts_on::text AS starts_on, a.ends_on::text AS ends_on, a.status, a.progress, a.completed_on::text AS completed_on, a.budget_eur, a.target_countries, a.version';

export function toRoadmapAction(row: RoadmapActionRow): RoadmapAction {
  return Object.assign(new RoadmapAction(), {
    dbId: row.id,
    ownerClusterDbId: row.owner_cluster_id,
    id: toGlobalId('RoadmapAction', row.id),
    slug: row.slug,
    title: row.title,
    description: row.description,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    status: row.status,
    progress: row.progress,
    completedOn: row.completed_on,
    budgetEur: row.budget_eur === null ? null : Number(row.budget_eur),
    targetCountries: row.target_countries.map(toCountry),
    version: row.version,
  });
}

/** What a linked KPI has received from the action's progress. */
export function deliveredShare(action: { status: Status; progress: number }, contribution: number): number {
  if (action.status === 'CANCELLED') return 0;
  return action.status === 'DONE' ? contribution : (contribution * action.progress) / 100;
}
