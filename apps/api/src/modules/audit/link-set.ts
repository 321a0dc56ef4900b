import type { EntityManager } from 'typeorm';
import { writeAudit } from './audit.service';

/** A table linking one owner row (a call, an article) to a set of other rows (terms, organizations). */
export interface LinkTable {
  table: string;
  ownerColumn: string;
  linkedColumn: string;
  /** The audit entry's entity type; its subject is the owner, so the change shows on the owner's history. */
  entityType: string;
  ownerType: string;
  /** The key of the before/after lists in the audit entry (the linked column by default). */
  auditKey?: string;
}

const IDENTIFIER = /^[a-z_]+$/;

/**
 * Replaces the owner's rows of a link table with `ids`, in the caller's transaction. With an
 * `auditActorUserId` (an update: a create's own entry already lists its links), a change of the set
 * is audited as before/after lists of sorted IDs; an unchanged set writes no entry.
 */
export async function replaceLinkSet(
  manager: EntityManager,
  links: LinkTable,
  ownerId: number,
  ids: number[],
  auditActorUserId: number | null,
): Promise<void> {
  const { table, ownerColumn, linkedColumn } = links;
  for (const name of [table, ownerColumn, linkedColumn]) if (!IDENTIFIER.test(name)) throw new Error(`bad identifier ${name}`);
  const previous = (
    (await manager.query(`SELECT "${linkedColumn}" AS id FROM "${table}" WHERE "${ownerColumn}" = $1 ORDER BY 1`, [ownerId])) as {
      id: number;
    }[]
  ).map((r) => r.id);
  await manager.query(`DELETE FROM "${table}" WHERE "${ownerColumn}" = $1`, [ownerId]);
  if (ids.length > 0) {
    await manager.query(`INSERT INTO "${table}" ("${ownerColumn}", "${linkedColumn}") SELECT $1, unnest($2::int[])`, [ownerId, ids]);
  }
  const next = [...ids].sort((a, b) => a - b);
  if (auditActorUserId === null || JSON.stringify(previous) === JSON.stringify(next)) return;
  const key = links.auditKey ?? linkedColumn;
  await writeAudit(manager, {
    actorUserId: auditActorUserId,
    entityType: links.entityType,
    entityId: ownerId,
    action: 'UPDATE',
    before: { [key]: previous },
    after: { [key]: next },
    subject: { type: links.ownerType, id: ownerId },
  });
}
