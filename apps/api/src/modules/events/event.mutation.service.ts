import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../graphql/context';
import { BadInputError } from '../../graphql/errors';
import { expectGlobalId } from '../../graphql/node-id';
import { requireManager, requireViewer } from '../accounts/auth-checker';
import { firstReturned, lockRow, updateVersioned, withConstraints, writeAudit } from '../audit/audit.service';
import { liveOrganization } from '../audit/scope';
import { writeResult, type WriteResult } from '../audit/write-result.type';
import type { CreateEventInput, EventParticipantInput, UpdateEventInput } from './event.inputs';

const CONSTRAINTS: Record<string, [string, string]> = {
  event_slug_key: ['input.slug', 'Another event has this slug.'],
  event_dates_check: ['input.endsOn', 'endsOn cannot be before startsOn.'],
};

/** The organizing cluster's managers look after an event. */
async function lockEvent(context: RequestContext, manager: EntityManager, id: number): Promise<Record<string, unknown>> {
  const before = await lockRow(manager, 'event', id, 'event');
  if (before.organizer_id === null) requireManager(context, -1);
  else requireManager(context, before.organizer_id as number);
  return before;
}

export async function createEvent(context: RequestContext, input: CreateEventInput): Promise<WriteResult> {
  const organizerId = expectGlobalId(input.organizerId, 'Organization', 'input.organizerId');
  const viewer = requireManager(context, organizerId);
  return withConstraints(CONSTRAINTS, () =>
    context.db.transaction(async (manager) => {
      await liveOrganization(manager, input.organizerId, 'input.organizerId', true);
      const after = firstReturned(
        await manager.query(
          `INSERT INTO event (slug, kind, title, starts_on, ends_on, city, country, organizer_id, target_countries)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::text[]) RETURNING to_jsonb(event) AS row`,
          [
            input.slug,
            input.kind,
            input.title.trim(),
            input.startsOn,
            input.endsOn,
            input.city ?? null,
            input.country ?? null,
            organizerId,
            input.targetCountries,
          ],
        ),
      );
      const id = after.id as number;
      await manager.query(`INSERT INTO event_participant (event_id, organization_id, role) VALUES ($1, $2, 'ORGANIZER')`, [
        id,
        organizerId,
      ]);
      await writeAudit(manager, { actorUserId: viewer.userId, entityType: 'Event', entityId: id, action: 'CREATE', before: null, after });
      return writeResult('Event', id, after.version);
    }),
  );
}

export async function updateEvent(context: RequestContext, input: UpdateEventInput): Promise<WriteResult> {
  const id = expectGlobalId(input.id, 'Event', 'input.id');
  const viewer = requireViewer(context);
  return withConstraints(CONSTRAINTS, () =>
    context.db.transaction(async (manager) => {
      const before = await lockEvent(context, manager, id);
      const changes: Record<string, unknown> = {};
      if (input.title != null) changes.title = input.title.trim();
      if (input.endsOn != null) changes.ends_on = input.endsOn;
      if (input.outcomes != null) changes.outcomes = input.outcomes;
      const after = await updateVersioned(manager, {
        table: 'event',
        entityType: 'Event',
        id,
        version: input.version,
        changes,
        actorUserId: viewer.userId,
        before,
      });
      return writeResult('Event', id, after.version);
    }),
  );
}

export async function setParticipant(context: RequestContext, input: EventParticipantInput, remove: boolean): Promise<WriteResult> {
  const id = expectGlobalId(input.eventId, 'Event', 'input.eventId');
  const viewer = requireViewer(context);
  return context.db.transaction(async (manager) => {
    const before = await lockEvent(context, manager, id);
    const org = await liveOrganization(manager, input.organizationId, 'input.organizationId');
    const [previous] = (await manager.query(`SELECT role, outcome FROM event_participant WHERE event_id = $1 AND organization_id = $2`, [
      id,
      org.id,
    ])) as unknown[];
    if (remove) {
      if (!previous) throw new BadInputError('input.organizationId', 'This organization does not take part.');
      await manager.query(`DELETE FROM event_participant WHERE event_id = $1 AND organization_id = $2`, [id, org.id]);
    } else {
      await manager.query(
        `INSERT INTO event_participant (event_id, organization_id, role, outcome) VALUES ($1, $2, $3, $4)
         ON CONFLICT (event_id, organization_id) DO UPDATE SET role = EXCLUDED.role, outcome = EXCLUDED.outcome`,
        [id, org.id, input.role, input.outcome],
      );
    }
    const after = await updateVersioned(manager, {
      table: 'event',
      entityType: 'Event',
      id,
      version: before.version as number,
      changes: {},
      actorUserId: viewer.userId,
      before,
    });
    await writeAudit(manager, {
      actorUserId: viewer.userId,
      entityType: 'EventParticipant',
      entityId: org.id,
      action: remove ? 'DELETE' : previous ? 'UPDATE' : 'CREATE',
      before: previous ?? null,
      after: remove ? null : { role: input.role, outcome: input.outcome },
      subject: { type: 'Event', id },
    });
    return writeResult('Event', id, after.version);
  });
}
