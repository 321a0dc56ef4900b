import type { EntityManager } from 'typeorm';
import { BadInputError, DomainError, NotFoundError } from '../../graphql/errors';

export type AuditAction = 'CREATE' | 'UPDATE' | 'DELETE' | 'RESTORE';
export interface AuditSubject {
  type: string;
  id: number;
}

/** Records one change in the caller's transaction, so that the change and its trace commit together. */
export async function writeAudit(
  manager: EntityManager,
  entry: {
    actorUserId: number | null;
    entityType: string;
    entityId: number;
    action: AuditAction;
    before: unknown;
    after: unknown;
    /** Whose history shows the change; the changed record itself by default. */
    subject?: AuditSubject;
  },
): Promise<void> {
  const subject = entry.subject ?? { type: entry.entityType, id: entry.entityId };
  await manager.query(
    `INSERT INTO audit_entry (actor_user_id, entity_type, entity_id, subject_type, subject_id, action, before, after)
     VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb)`,
    [
      entry.actorUserId,
      entry.entityType,
      entry.entityId,
      subject.type,
      subject.id,
      entry.action,
      entry.before === null ? null : JSON.stringify(entry.before),
      entry.after === null ? null : JSON.stringify(entry.after),
    ],
  );
}

const IDENTIFIER = /^[a-z_]+$/;

/** The row as JSON, locked for the rest of the transaction; NOT_FOUND when absent. */
export async function lockRow(manager: EntityManager, table: string, id: number, what: string): Promise<Record<string, unknown>> {
  if (!IDENTIFIER.test(table)) throw new Error(`bad table name ${table}`);
  const rows = (await manager.query(`SELECT to_jsonb(t) AS row FROM "${table}" t WHERE t.id = $1 FOR UPDATE`, [id])) as {
    row: Record<string, unknown>;
  }[];
  const row = rows[0]?.row;
  if (!row) throw new NotFoundError(what, String(id));
  return row;
}

export function checkVersion(row: Record<string, unknown>, expected: number, what: string): void {
  if (row.version !== expected) {
    throw new DomainError(
      'CONFLICT',
      `The ${what} was changed by someone else (version ${String(row.version)}, you sent ${expected}); reload and retry.`,
      {
        currentVersion: row.version,
      },
    );
  }
}

/**
 * Optimistic update of one versioned row: locks it, compares `version` (CONFLICT when stale),
 * writes the changed columns, bumps the version and audits before/after. Returns the new row.
 */
export async function updateVersioned(
  manager: EntityManager,
  options: {
    table: string;
    entityType: string;
    id: number;
    version: number;
    changes: Record<string, unknown>;
    actorUserId: number;
    action?: AuditAction;
    before?: Record<string, unknown>;
    subject?: AuditSubject;
  },
): Promise<Record<string, unknown>> {
  const before = options.before ?? (await lockRow(manager, options.table, options.id, options.entityType.toLowerCase()));
  checkVersion(before, options.version, options.entityType.toLowerCase());
  const columns = Object.keys(options.changes);
  for (const column of columns) if (!IDENTIFIER.test(column)) throw new Error(`bad column name ${column}`);
  const sets = columns.map((column, index) => `"${column}" = $${index + 2}`);
  const rows = (await manager.query(
    `UPDATE "${options.table}" t SET ${[...sets, 'version = t.version + 1', 'updated_at = now()'].join(', ')}
      WHERE t.id = $1 RETURNING to_jsonb(t) AS row`,
    [options.id, ...columns.map((c) => options.changes[c])],
  )) as [{ row: Record<string, unknown> }[], number] | { row: Record<string, unknown> }[];
  const after = firstReturned(rows);
  await writeAudit(manager, {
    actorUserId: options.actorUserId,
    entityType: options.entityType,
    entityId: options.id,
    action: options.action ?? 'UPDATE',
    before,
    after,
    subject: options.subject,
  });
  return after;
}

/** TypeORM returns `[rows, count]` for UPDATE … RETURNING and `rows` for INSERT … RETURNING. */
export function firstReturned(result: unknown): Record<string, unknown> {
  const rows = (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as { row: Record<string, unknown> }[];
  const row = rows[0]?.row;
  if (!row) throw new Error('the statement returned no row');
  return row;
}

/**
 * Turns a PostgreSQL constraint violation into BAD_USER_INPUT naming the field at fault, so that the
 * database's own checks (the second line of validation) answer as clearly as class-validator.
 */
export async function withConstraints<T>(fields: Record<string, [string, string]>, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const record = error as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
    const code = record.driverError?.code ?? record.code;
    const constraint = record.driverError?.constraint ?? record.constraint;
    if ((code === '23505' || code === '23514' || code === '23503') && constraint) {
      const field = fields[constraint];
      if (field) throw new BadInputError(field[0], field[1]);
      throw new BadInputError('input', `The change breaks the rule "${constraint}".`);
    }
    throw error;
  }
}
