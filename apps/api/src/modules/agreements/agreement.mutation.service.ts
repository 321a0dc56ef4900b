import type { EntityManager } from 'typeorm';
import type { RequestContext, Viewer } from '../../graphql/context';
import { BadInputError, DomainError } from '../../graphql/errors';
import { expectGlobalId } from '../../graphql/node-id';
import { isAdmin, requireManager, requireViewer } from '../accounts/auth-checker';
import { firstReturned, lockRow, updateVersioned, withConstraints, writeAudit } from '../audit/audit.service';
import { liveOrganization } from '../audit/scope';
import { writeResult, type WriteResult } from '../audit/write-result.type';
import type { CreateAgreementInput, UpdateAgreementInput } from './agreement.inputs';

const CONSTRAINTS: Record<string, [string, string]> = {
  agreement_slug_key: ['input.slug', 'Another agreement has this slug.'],
  agreement_dates_check: ['input.validUntil', 'validUntil cannot be before signedOn.'],
};

/** Managers of a signatory cluster look after an agreement. */
async function requireSignatoryManager(manager: EntityManager, viewer: Viewer, agreementId: number): Promise<void> {
  if (isAdmin(viewer)) return;
  const managed = viewer.roles.filter((r) => r.role === 'CLUSTER_MANAGER').map((r) => r.organizationId);
  const [row] = (await manager.query(`SELECT 1 FROM agreement_signatory WHERE agreement_id = $1 AND organization_id = ANY($2::int[])`, [
    agreementId,
    managed,
  ])) as unknown[];
  if (!row) throw new DomainError('FORBIDDEN', 'Only a manager of a signatory cluster can change this agreement.');
}

export async function createAgreement(context: RequestContext, input: CreateAgreementInput): Promise<WriteResult> {
  const clusterId = expectGlobalId(input.clusterId, 'Organization', 'input.clusterId');
  const viewer = requireManager(context, clusterId);
  return withConstraints(CONSTRAINTS, () =>
    context.db.transaction(async (manager) => {
      await liveOrganization(manager, input.clusterId, 'input.clusterId', true);
      const signatories = new Map<number, string | null>([[clusterId, null]]);
      for (const [index, s] of input.signatories.entries()) {
        const org = await liveOrganization(manager, s.organizationId, `input.signatories[${index}].organizationId`);
        signatories.set(org.id, s.signedBy ?? null);
      }
      if (signatories.size < 2) throw new BadInputError('input.signatories', 'An agreement needs at least one other signatory.');
      const after = firstReturned(
        await manager.query(
          `INSERT INTO agreement (slug, kind, title, signed_on, valid_until, place, scope) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING to_jsonb(agreement) AS row`,
          [input.slug, input.kind, input.title.trim(), input.signedOn, input.validUntil ?? null, input.place ?? null, input.scope],
        ),
      );
      const id = after.id as number;
      await manager.query(
        `INSERT INTO agreement_signatory (agreement_id, organization_id, signed_by) SELECT $1, * FROM unnest($2::int[], $3::text[])`,
        [id, [...signatories.keys()], [...signatories.values()]],
      );
      await writeAudit(manager, {
        actorUserId: viewer.userId,
        entityType: 'Agreement',
        entityId: id,
        action: 'CREATE',
        before: null,
        after: { ...after, signatories: Object.fromEntries(signatories) },
      });
      return writeResult('Agreement', id, after.version);
    }),
  );
}

export async function updateAgreement(context: RequestContext, input: UpdateAgreementInput): Promise<WriteResult> {
  const id = expectGlobalId(input.id, 'Agreement', 'input.id');
  const viewer = requireViewer(context);
  return withConstraints(CONSTRAINTS, () =>
    context.db.transaction(async (manager) => {
      const before = await lockRow(manager, 'agreement', id, 'agreement');
      await requireSignatoryManager(manager, viewer, id);
      const changes: Record<string, unknown> = {};
      if (input.title != null) changes.title = input.title.trim();
      if (input.validUntil != null) changes.valid_until = input.validUntil;
      if (input.scope != null) changes.scope = input.scope;
      const after = await updateVersioned(manager, {
        table: 'agreement',
        entityType: 'Agreement',
        id,
        version: input.version,
        changes,
        actorUserId: viewer.userId,
        before,
      });
      return writeResult('Agreement', id, after.version);
    }),
  );
}

export async function setSignatory(
  context: RequestContext,
  args: { agreementId: string; organizationId: string; signedBy: string | null; remove: boolean },
): Promise<WriteResult> {
  const id = expectGlobalId(args.agreementId, 'Agreement', 'agreementId');
  const viewer = requireViewer(context);
  return context.db.transaction(async (manager) => {
    const before = await lockRow(manager, 'agreement', id, 'agreement');
    await requireSignatoryManager(manager, viewer, id);
    const org = await liveOrganization(manager, args.organizationId, 'organizationId');
    if (args.remove) {
      const [[gone]] = (await manager.query(
        `DELETE FROM agreement_signatory WHERE agreement_id = $1 AND organization_id = $2 RETURNING organization_id`,
        [id, org.id],
      )) as [unknown[], number];
      if (!gone) throw new BadInputError('organizationId', 'This organization is not a signatory.');
    } else {
      await manager.query(
        `INSERT INTO agreement_signatory (agreement_id, organization_id, signed_by) VALUES ($1, $2, $3)
         ON CONFLICT (agreement_id, organization_id) DO UPDATE SET signed_by = EXCLUDED.signed_by`,
        [id, org.id, args.signedBy],
      );
    }
    const after = await updateVersioned(manager, {
      table: 'agreement',
      entityType: 'Agreement',
      id,
      version: before.version as number,
      changes: {},
      actorUserId: viewer.userId,
      before,
    });
    await writeAudit(manager, {
      actorUserId: viewer.userId,
      entityType: 'AgreementSignatory',
      entityId: org.id,
      action: args.remove ? 'DELETE' : 'CREATE',
      before: args.remove ? { agreementId: id, organizationId: org.id } : null,
      after: args.remove ? null : { agreementId: id, organizationId: org.id, signedBy: args.signedBy },
      subject: { type: 'Agreement', id },
    });
    return writeResult('Agreement', id, after.version);
  });
}
