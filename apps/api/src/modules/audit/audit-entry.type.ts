import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../graphql/connection';
import { toGlobalId } from '../../graphql/node-id';

export enum AuditAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
  RESTORE = 'RESTORE',
}
registerEnumType(AuditAction, {
  name: 'AuditAction',
  description: 'What a change did.',
  valuesConfig: {
    CREATE: { description: 'Created the record.' },
    UPDATE: { description: 'Changed the record.' },
    DELETE: { description: 'Deleted the record (organizations: a soft delete an admin can undo).' },
    RESTORE: { description: 'Restored a deleted record.' },
  },
});

@ObjectType({ description: 'One change: who, when, what, and the values before and after.' })
export class AuditEntry {
  @Field(() => ID, { description: 'Opaque ID of the entry.' })
  id!: string;

  @Field(() => Date, { description: 'When the change was made.' })
  at!: Date;

  @Field(() => AuditAction, { description: 'What the change did.' })
  action!: AuditAction;

  @Field(() => String, { description: 'Type of the record changed, e.g. "Organization", "Capability", "Membership".' })
  entityType!: string;

  @Field(() => ID, { description: 'Global ID of the record changed.' })
  entityId!: string;

  @Field(() => String, { nullable: true, description: 'Display name of the user who made the change; null for system changes.' })
  actorName!: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The values before the change; null when created.' })
  before!: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The values after the change; null when deleted.' })
  after!: Record<string, unknown> | null;
}

export const AuditEntryConnection = Connection(AuditEntry, 'AuditEntry', 'A page of audit entries, newest first.');

export interface AuditEntryRow {
  id: number;
  at: Date;
  action: AuditAction;
  entity_type: string;
  entity_id: number;
  actor_name: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export function toAuditEntry(row: AuditEntryRow): AuditEntry {
  return Object.assign(new AuditEntry(), {
    id: toGlobalId('AuditEntry', row.id),
    at: row.at,
    action: row.action,
    entityType: row.entity_type,
    entityId: toGlobalId(row.entity_type, row.entity_id),
    actorName: row.actor_name,
    before: row.before,
    after: row.after,
  });
}
