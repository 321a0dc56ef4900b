import type { RequestContext } from '../../graphql/context';
import { ORGANIZATION_COLUMNS, toOrganization, type OrganizationRow } from '../organizations/organization.type';
import { toUser, type RoleGrant, type ViewerInfo } from './account.type';
import type { Role } from './role-grant.entity';

// The primary, not the replica: right after sign-up the new rows may not have replicated yet.
async function primaryQuery<T>(context: RequestContext, sql: string, params: unknown[]): Promise<T[]> {
  context.db.statements += 1;
  return (await context.db.primary.query(sql, params)) as T[];
}

/** The viewer's user, roles and scoped organizations in two statements. */
export async function loadViewerInfo(context: RequestContext, userId: number, csrfToken: string | null): Promise<ViewerInfo | null> {
  const [user] = await primaryQuery<{
    id: number;
    email: string;
    display_name: string;
    roles: { role: Role; organizationId: number | null }[];
  }>(
    context,
    `SELECT u.id, u.email, u.display_name,
            coalesce((SELECT json_agg(json_build_object('role', g.role, 'organizationId', g.organization_id) ORDER BY g.id)
                        FROM role_grant g WHERE g.user_id = u.id), '[]'::json) AS roles
       FROM app_user u WHERE u.id = $1`,
    [userId],
  );
  if (!user) return null;
  const scoped = user.roles.flatMap((r) => (r.organizationId === null ? [] : [r.organizationId]));
  const organizations =
    scoped.length === 0
      ? []
      : (
          await primaryQuery<OrganizationRow>(
            context,
            `SELECT ${ORGANIZATION_COLUMNS} FROM organization o WHERE o.id = ANY($1::int[]) AND o.deleted_at IS NULL ORDER BY o.name, o.id`,
            [scoped],
          )
        ).map(toOrganization);
  const byId = new Map(organizations.map((o) => [o.dbId, o]));
  const roles: RoleGrant[] = user.roles.map((r) => ({
    role: r.role,
    organizationDbId: r.organizationId,
    organization: r.organizationId === null ? null : (byId.get(r.organizationId) ?? null),
  }));
  const scopedTo = (role: Role) => new Set(user.roles.filter((r) => r.role === role).map((r) => r.organizationId));
  const edited = scopedTo('ORGANIZATION_EDITOR');
  const managed = scopedTo('CLUSTER_MANAGER');
  return {
    user: toUser(user),
    roles,
    editableOrganizations: organizations.filter((o) => edited.has(o.dbId)),
    managedClusters: organizations.filter((o) => managed.has(o.dbId)),
    csrfToken,
  };
}
