import type { RequestContext } from '../../graphql/context';
import { BadInputError, DomainError, NotFoundError } from '../../graphql/errors';
import { expectGlobalId } from '../../graphql/node-id';
import { hasRole, isAdmin, requireEditor, requireManager, requireViewer } from '../accounts/auth-checker';
import { writeAudit } from '../audit/audit.service';
import { liveOrganization } from '../audit/scope';

interface MembershipKey {
  clusterId: number;
  organizationId: number;
}

function keys(clusterId: string, organizationId: string): MembershipKey {
  return {
    clusterId: expectGlobalId(clusterId, 'Organization', 'clusterId'),
    organizationId: expectGlobalId(organizationId, 'Organization', 'organizationId'),
  };
}

/** A cluster manager invites an organization; it becomes a member when its editor accepts. */
export async function inviteMember(context: RequestContext, clusterGlobalId: string, organizationGlobalId: string): Promise<boolean> {
  const key = keys(clusterGlobalId, organizationGlobalId);
  const viewer = requireManager(context, key.clusterId);
  return context.db.transaction(async (manager) => {
    await liveOrganization(manager, clusterGlobalId, 'clusterId', true);
    await liveOrganization(manager, organizationGlobalId, 'organizationId');
    if (key.clusterId === key.organizationId) throw new BadInputError('organizationId', 'A cluster cannot be its own member.');
    const rows = (await manager.query(
      `INSERT INTO membership (organization_id, cluster_id, status) VALUES ($1, $2, 'INVITED') ON CONFLICT DO NOTHING RETURNING status`,
      [key.organizationId, key.clusterId],
    )) as unknown[];
    if (rows.length === 0) throw new BadInputError('organizationId', 'This organization is already a member or invited.');
    await writeAudit(manager, {
      actorUserId: viewer.userId,
      entityType: 'Membership',
      entityId: key.organizationId,
      action: 'CREATE',
      before: null,
      after: { ...key, status: 'INVITED' },
      subject: { type: 'Organization', id: key.clusterId },
    });
    return true;
  });
}

export async function acceptMembership(context: RequestContext, clusterGlobalId: string, organizationGlobalId: string): Promise<boolean> {
  const key = keys(clusterGlobalId, organizationGlobalId);
  const viewer = requireViewer(context);
  if (!isAdmin(viewer) && !hasRole(viewer, 'ORGANIZATION_EDITOR', key.organizationId)) {
    throw new DomainError('FORBIDDEN', 'Only an editor of the invited organization can accept.');
  }
  return context.db.transaction(async (manager) => {
    const [row] = (await manager.query(`SELECT status FROM membership WHERE organization_id = $1 AND cluster_id = $2 FOR UPDATE`, [
      key.organizationId,
      key.clusterId,
    ])) as { status: string }[];
    if (!row) throw new NotFoundError('invitation', `${clusterGlobalId}/${organizationGlobalId}`);
    if (row.status !== 'INVITED') throw new BadInputError('clusterId', 'This organization is already an active member.');
    await manager.query(`UPDATE membership SET status = 'ACTIVE', since = current_date WHERE organization_id = $1 AND cluster_id = $2`, [
      key.organizationId,
      key.clusterId,
    ]);
    await writeAudit(manager, {
      actorUserId: viewer.userId,
      entityType: 'Membership',
      entityId: key.organizationId,
      action: 'UPDATE',
      before: { ...key, status: 'INVITED' },
      after: { ...key, status: 'ACTIVE' },
      subject: { type: 'Organization', id: key.clusterId },
    });
    return true;
  });
}

/** The cluster's manager removes a member, or the member's editor leaves (declining an invitation too). */
export async function removeMember(context: RequestContext, clusterGlobalId: string, organizationGlobalId: string): Promise<boolean> {
  const key = keys(clusterGlobalId, organizationGlobalId);
  const viewer = requireViewer(context);
  if (!hasRole(viewer, 'ORGANIZATION_EDITOR', key.organizationId)) requireManager(context, key.clusterId);
  else requireEditor(context, key.organizationId);
  return context.db.transaction(async (manager) => {
    const rows = (await manager.query(`DELETE FROM membership WHERE organization_id = $1 AND cluster_id = $2 RETURNING status, since`, [
      key.organizationId,
      key.clusterId,
    ])) as [{ status: string; since: string | null }[], number];
    const before = rows[0][0];
    if (!before) throw new NotFoundError('membership', `${clusterGlobalId}/${organizationGlobalId}`);
    await writeAudit(manager, {
      actorUserId: viewer.userId,
      entityType: 'Membership',
      entityId: key.organizationId,
      action: 'DELETE',
      before: { ...key, ...before },
      after: null,
      subject: { type: 'Organization', id: key.clusterId },
    });
    return true;
  });
}
