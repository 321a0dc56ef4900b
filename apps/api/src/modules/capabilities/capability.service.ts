import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../graphql/context';
import { NotFoundError } from '../../graphql/errors';
import { expectGlobalId } from '../../graphql/node-id';
import { requireEditor } from '../accounts/auth-checker';
import { checkVersion, firstReturned, lockRow, updateVersioned, writeAudit } from '../audit/audit.service';
import { approvedTerms } from '../audit/term-lookup';
import type { AddCapabilityInput, UpdateCapabilityInput } from './capability.inputs';
import { CAPABILITY_COLUMNS, toCapability, type Capability, type CapabilityRow } from './capability.type';

async function loadCapability(manager: EntityManager, id: number): Promise<Capability> {
  const [row] = (await manager.query(`SELECT ${CAPABILITY_COLUMNS} FROM capability c WHERE c.id = $1`, [id])) as CapabilityRow[];
  if (!row) throw new Error(`capability ${id} vanished`);
  return toCapability(row);
}

async function setApplications(manager: EntityManager, capabilityId: number, applicationIds: number[]): Promise<void> {
  await manager.query(`DELETE FROM capability_application WHERE capability_id = $1`, [capabilityId]);
  await manager.query(
    `INSERT INTO capability_application (capability_id, application_id) SELECT $1, unnest($2::int[]) ON CONFLICT DO NOTHING`,
    [capabilityId, applicationIds],
  );
}

const appFields = (codes: string[]) => codes.map((code, i) => ({ field: `input.applications[${i}]`, code, facet: 'APPLICATION' as const }));

export async function addCapability(context: RequestContext, input: AddCapabilityInput): Promise<Capability> {
  const organizationId = expectGlobalId(input.organizationId, 'Organization', 'input.organizationId');
  const viewer = requireEditor(context, organizationId);
  return context.db.transaction(async (manager) => {
    const org = await lockRow(manager, 'organization', organizationId, 'organization');
    if (org.deleted_at !== null) throw new NotFoundError('organization', input.organizationId);
    const [technology, stage, ...applications] = await approvedTerms(manager, [
      { field: 'input.technology', code: input.technology, facet: 'TECHNOLOGY' },
      { field: 'input.stage', code: input.stage, facet: 'STAGE' },
      ...appFields(input.applications),
    ]);
    const inserted = (await manager.query(
      `INSERT INTO capability (organization_id, technology_id, stage_id, trl, evidence) VALUES ($1, $2, $3, $4, $5) RETURNING to_jsonb(capability) AS row`,
      [organizationId, technology!.id, stage!.id, input.trl, input.evidence ?? null],
    )) as unknown;
    const after = firstReturned(inserted);
    const id = after.id as number;
    await setApplications(
      manager,
      id,
      applications.map((a) => a.id),
    );
    await writeAudit(manager, {
      actorUserId: viewer.userId,
      entityType: 'Capability',
      entityId: id,
      action: 'CREATE',
      before: null,
      after: { ...after, applications: input.applications },
      subject: { type: 'Organization', id: organizationId },
    });
    return loadCapability(manager, id);
  });
}

export async function updateCapability(context: RequestContext, input: UpdateCapabilityInput): Promise<Capability> {
  const id = expectGlobalId(input.id, 'Capability', 'input.id');
  return context.db.transaction(async (manager) => {
    const before = await lockRow(manager, 'capability', id, 'capability');
    const organizationId = before.organization_id as number;
    const viewer = requireEditor(context, organizationId);
    const wanted = [
      ...(input.technology ? [{ field: 'input.technology', code: input.technology, facet: 'TECHNOLOGY' as const }] : []),
      ...(input.stage ? [{ field: 'input.stage', code: input.stage, facet: 'STAGE' as const }] : []),
      ...appFields(input.applications ?? []),
    ];
    const terms = await approvedTerms(manager, wanted);
    const changes: Record<string, unknown> = {};
    let index = 0;
    if (input.technology) changes.technology_id = terms[index++]!.id;
    if (input.stage) changes.stage_id = terms[index++]!.id;
    if (input.trl != null) changes.trl = input.trl;
    if (input.evidence != null) changes.evidence = input.evidence === '' ? null : input.evidence;
    if (input.applications)
      await setApplications(
        manager,
        id,
        terms.slice(index).map((t) => t.id),
      );
    await updateVersioned(manager, {
      table: 'capability',
      entityType: 'Capability',
      id,
      version: input.version,
      changes,
      actorUserId: viewer.userId,
      before,
      subject: { type: 'Organization', id: organizationId },
    });
    return loadCapability(manager, id);
  });
}

export async function removeCapability(context: RequestContext, globalId: string, version: number): Promise<boolean> {
  const id = expectGlobalId(globalId, 'Capability', 'id');
  await context.db.transaction(async (manager) => {
    const before = await lockRow(manager, 'capability', id, 'capability');
    const organizationId = before.organization_id as number;
    const viewer = requireEditor(context, organizationId);
    checkVersion(before, version, 'capability');
    await manager.query(`DELETE FROM capability WHERE id = $1`, [id]);
    await writeAudit(manager, {
      actorUserId: viewer.userId,
      entityType: 'Capability',
      entityId: id,
      action: 'DELETE',
      before,
      after: null,
      subject: { type: 'Organization', id: organizationId },
    });
  });
  return true;
}
