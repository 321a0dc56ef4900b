import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { BadInputError, NotFoundError } from '../../graphql/errors';
import { expectGlobalId } from '../../graphql/node-id';
import { writeAudit } from '../audit/audit.service';
import { Role } from './account.type';
import { ADMIN, requireViewer } from './auth-checker';
import type { Role as RoleName } from './role-grant.entity';

const SCOPED: RoleName[] = ['ORGANIZATION_EDITOR', 'CLUSTER_MANAGER'];

interface RoleArgs {
  userId: number;
  role: RoleName;
  organizationId: number | null;
}

function parseRoleArgs(userId: string, role: RoleName, organizationId: string | null | undefined): RoleArgs {
  const scoped = SCOPED.includes(role);
  if (scoped && !organizationId) throw new BadInputError('organizationId', `${role} needs the organization (or cluster) it applies to.`);
  if (!scoped && organizationId) throw new BadInputError('organizationId', `${role} is not scoped to an organization.`);
  return {
    userId: expectGlobalId(userId, 'User', 'userId'),
    role,
    organizationId: organizationId ? expectGlobalId(organizationId, 'Organization', 'organizationId') : null,
  };
}

@Resolver()
export class RoleResolver {
  @Authorized(ADMIN)
  @Mutation(() => Boolean, {
    description: 'Grants a role (admins only). Editor and manager roles name their organization or cluster. True when newly granted.',
  })
  async grantRole(
    @Arg('userId', () => ID, { description: 'The user.' }) userId: string,
    @Arg('role', () => Role, { description: 'The role.' }) role: RoleName,
    @Arg('organizationId', () => ID, { nullable: true, description: 'The organization edited or cluster managed.' })
    organizationId: string | null,
    @Ctx() context: RequestContext,
  ): Promise<boolean> {
    const args = parseRoleArgs(userId, role, organizationId);
    const actor = requireViewer(context);
    return context.db.transaction(async (manager) => {
      const [user] = (await manager.query(`SELECT id FROM app_user WHERE id = $1`, [args.userId])) as unknown[];
      if (!user) throw new NotFoundError('user', userId);
      if (args.organizationId !== null) {
        const [org] = (await manager.query(`SELECT kind FROM organization WHERE id = $1 AND deleted_at IS NULL`, [
          args.organizationId,
        ])) as {
          kind: string;
        }[];
        if (!org) throw new NotFoundError('organization', organizationId ?? '');
        if (role === 'CLUSTER_MANAGER' && org.kind !== 'CLUSTER')
          throw new BadInputError('organizationId', 'A cluster manager manages a cluster.');
      }
      const rows = (await manager.query(
        // NULL scopes are distinct in the unique index, hence the explicit existence test.
        `INSERT INTO role_grant (user_id, role, organization_id, granted_by_user_id)
         SELECT $1::int, $2::text, $3::int, $4::int
          WHERE NOT EXISTS (SELECT 1 FROM role_grant WHERE user_id = $1 AND role = $2 AND organization_id IS NOT DISTINCT FROM $3::int)
         ON CONFLICT DO NOTHING RETURNING id`,
        [args.userId, args.role, args.organizationId, actor.userId],
      )) as { id: number }[];
      const id = rows[0]?.id;
      if (id === undefined) return false;
      await writeAudit(manager, {
        actorUserId: actor.userId,
        entityType: 'RoleGrant',
        entityId: id,
        action: 'CREATE',
        before: null,
        after: args,
      });
      return true;
    });
  }

  @Authorized(ADMIN)
  @Mutation(() => Boolean, { description: 'Revokes a role (admins only). True when the user held it.' })
  async revokeRole(
    @Arg('userId', () => ID, { description: 'The user.' }) userId: string,
    @Arg('role', () => Role, { description: 'The role.' }) role: RoleName,
    @Arg('organizationId', () => ID, { nullable: true, description: 'The organization or cluster of a scoped role.' })
    organizationId: string | null,
    @Ctx() context: RequestContext,
  ): Promise<boolean> {
    const args = parseRoleArgs(userId, role, organizationId);
    const actor = requireViewer(context);
    return context.db.transaction(async (manager) => {
      const [rows] = (await manager.query(
        `DELETE FROM role_grant WHERE user_id = $1 AND role = $2 AND organization_id IS NOT DISTINCT FROM $3 RETURNING id`,
        [args.userId, args.role, args.organizationId],
      )) as [{ id: number }[], number];
      const id = rows[0]?.id;
      if (id === undefined) return false;
      await writeAudit(manager, {
        actorUserId: actor.userId,
        entityType: 'RoleGrant',
        entityId: id,
        action: 'DELETE',
        before: args,
        after: null,
      });
      return true;
    });
  }
}
