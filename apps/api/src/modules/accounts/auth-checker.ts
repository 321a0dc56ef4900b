import type { AuthCheckerFn } from 'type-graphql';
import type { RequestContext, Viewer } from '../../graphql/context';
import { DomainError } from '../../graphql/errors';

/**
 * The role names `@Authorized(...)` accepts. PUBLIC marks the few operations open to anonymous
 * callers (sign-up, sign-in, password reset): every mutation names its rule, so that a missing
 * rule is a schema-test failure rather than an open door.
 */
export const PUBLIC = 'PUBLIC';
export const CURATOR = 'CURATOR';
export const ADMIN = 'ADMIN';

export function hasRole(viewer: Viewer, role: string, scopeId?: number): boolean {
  return viewer.roles.some((r) => r.role === role && (scopeId === undefined || r.organizationId === scopeId));
}

export const isAdmin = (viewer: Viewer): boolean => hasRole(viewer, ADMIN);

/**
 * Deny by default: no viewer → UNAUTHENTICATED; a missing role → FORBIDDEN; a cookie-authenticated
 * mutation without the session's CSRF token in `x-csrf-token` → FORBIDDEN. Admins hold every role.
 */
export const authChecker: AuthCheckerFn<RequestContext> = ({ context, info }, roles) => {
  if (roles.includes(PUBLIC)) return true;
  const viewer = context.viewer;
  if (!viewer) throw new DomainError('UNAUTHENTICATED', 'Sign in to do this.');
  if (info.parentType.name === 'Mutation' && viewer.session && !viewer.session.csrfHeaderValid) {
    throw new DomainError('FORBIDDEN', 'The x-csrf-token header is missing or does not match the session (see viewer.csrfToken).');
  }
  if (roles.length === 0 || isAdmin(viewer)) return true;
  if (roles.some((role) => hasRole(viewer, role))) return true;
  throw new DomainError('FORBIDDEN', `This needs the role ${roles.join(' or ')}.`);
};

/** The signed-in viewer, or UNAUTHENTICATED. */
export function requireViewer(context: RequestContext): Viewer {
  if (!context.viewer) throw new DomainError('UNAUTHENTICATED', 'Sign in to do this.');
  return context.viewer;
}

/** Editor of this organization (or, for a cluster, its manager) or an admin; FORBIDDEN otherwise. */
export function requireEditor(context: RequestContext, organizationId: number): Viewer {
  const viewer = requireViewer(context);
  if (isAdmin(viewer) || hasRole(viewer, 'ORGANIZATION_EDITOR', organizationId) || hasRole(viewer, 'CLUSTER_MANAGER', organizationId)) {
    return viewer;
  }
  throw new DomainError('FORBIDDEN', 'Only an editor of this organization can do this.');
}

/** Manager of this cluster or an admin; FORBIDDEN otherwise. */
export function requireManager(context: RequestContext, clusterId: number): Viewer {
  const viewer = requireViewer(context);
  if (isAdmin(viewer) || hasRole(viewer, 'CLUSTER_MANAGER', clusterId)) return viewer;
  throw new DomainError('FORBIDDEN', 'Only a manager of this cluster can do this.');
}
