import { childPagesLoader } from '../../graphql/child-pages';
import type { ConnectionResult } from '../../graphql/connection';
import type { RequestContext } from '../../graphql/context';
import { BadInputError } from '../../graphql/errors';
import { keyedRowsLoader } from '../../graphql/keyed-rows-loader';
import { keysetList, parseDateArgument } from '../../graphql/keyset-list';
import { parsePageArgs, type ForwardPageArgs } from '../../graphql/pagination';
import { Params, type KeysetSort } from '../../graphql/sql';
import { checkCountryCodes } from '../geography/country-codes';
import { organizationBySlugLoader } from '../organizations/organization.loaders';
import { ORGANIZATION_COLUMNS, toOrganization, type OrganizationRow } from '../organizations/organization.type';
import type { EventsArgs } from './event.args';
import { EVENT_COLUMNS, EventParticipant, toEvent, type Event, type EventRoleValue, type EventRow } from './event.type';

/** Newest first; the date as text sorts like the date and keeps cursors free of time zones. */
const NEWEST_FIRST: KeysetSort = { expression: 'e.starts_on::text', type: 'text', direction: 'DESC', id: 'e.id' };

export function eventByIdLoader(context: RequestContext) {
  return keyedRowsLoader(context, {
    name: 'event.byId',
    select: `SELECT ${EVENT_COLUMNS} FROM event e`,
    key: 'e.id',
    type: 'int',
    toObject: toEvent,
    keyOf: (e: Event) => e.dbId,
  });
}

export function eventBySlugLoader(context: RequestContext) {
  return keyedRowsLoader(context, {
    name: 'event.bySlug',
    select: `SELECT ${EVENT_COLUMNS} FROM event e`,
    key: 'e.slug',
    type: 'text',
    toObject: toEvent,
    keyOf: (e: Event) => e.slug,
  });
}

export async function listEvents(context: RequestContext, args: EventsArgs): Promise<ConnectionResult<Event>> {
  const page = parsePageArgs(args);
  const params = new Params();
  const where: string[] = [];
  if (args.kind) where.push(`e.kind = ${params.add(args.kind)}`);
  if (args.country != null) where.push(`e.country = ${params.add(checkCountryCodes([args.country], 'country')[0])}`);
  if (args.targetCountry != null) {
    where.push(`${params.add(checkCountryCodes([args.targetCountry], 'targetCountry')[0])}::text = ANY(e.target_countries)`);
  }
  const from = parseDateArgument(args.from, 'from');
  const to = parseDateArgument(args.to, 'to');
  if (from) where.push(`e.ends_on >= ${params.add(from)}::date`);
  if (to) where.push(`e.starts_on <= ${params.add(to)}::date`);
  if (args.organization != null) {
    const organization = await organizationBySlugLoader(context).load(args.organization);
    if (!organization) throw new BadInputError('organization', `No organization has the slug "${args.organization.slice(0, 100)}".`);
    const id = params.add(organization.dbId);
    where.push(
      `(e.organizer_id = ${id} OR EXISTS (SELECT 1 FROM event_participant p WHERE p.event_id = e.id AND p.organization_id = ${id}))`,
    );
  }
  return keysetList(context, {
    from: 'event e',
    select: EVENT_COLUMNS,
    where,
    params,
    sort: NEWEST_FIRST,
    page,
    toNode: (row: EventRow) => toEvent(row),
  });
}

/** The events each of many organizations organized or took part in, newest first, in one statement. */
export function eventsByOrganizationLoader(context: RequestContext, args: ForwardPageArgs) {
  return childPagesLoader(
    context,
    {
      name: 'event.byOrganization',
      from: `(SELECT e.*, p.organization_id AS lb_organization_id FROM event_participant p JOIN event e ON e.id = p.event_id
              UNION SELECT e.*, e.organizer_id FROM event e WHERE e.organizer_id IS NOT NULL) e`,
      parent: 'e.lb_organization_id',
      select: EVENT_COLUMNS,
      sort: NEWEST_FIRST,
      toNode: (row: EventRow) => toEvent(row),
    },
    args,
  );
}

/** The participants of many events, organizers and hosts first, then by name, in one statement. */
export function participantsByEventLoader(context: RequestContext, args: ForwardPageArgs) {
  return childPagesLoader(
    context,
    {
      name: 'event.participants',
      from: 'event_participant p JOIN organization o ON o.id = p.organization_id AND o.deleted_at IS NULL',
      parent: 'p.event_id',
      select: `${ORGANIZATION_COLUMNS}, p.role AS participant_role, p.outcome AS participant_outcome`,
      sort: {
        expression: `(CASE p.role WHEN 'ORGANIZER' THEN '0' WHEN 'HOST' THEN '1' ELSE '2' END || o.name)`,
        type: 'text',
        direction: 'ASC',
        id: 'o.id',
      },
      toNode: (row: OrganizationRow & { participant_role: EventRoleValue; participant_outcome: string }) =>
        Object.assign(new EventParticipant(), {
          role: row.participant_role,
          outcome: row.participant_outcome,
          organization: toOrganization(row),
        }),
    },
    args,
  );
}
