import type { Viewer } from '../../graphql/context';
import { hasRole, isAdmin } from '../accounts/auth-checker';

/** Who may change or delete an action: managers of its owner cluster, and admins. */
export const mayManageRoadmapAction = (viewer: Viewer, ownerClusterId: number): boolean =>
  isAdmin(viewer) || hasRole(viewer, 'CLUSTER_MANAGER', ownerClusterId);

/** Who may report progress: those who manage the action, and editors (or managers) of a partner. */
export const mayReportRoadmapProgress = (viewer: Viewer, ownerClusterId: number, partnerIds: number[]): boolean =>
  mayManageRoadmapAction(viewer, ownerClusterId) ||
  partnerIds.some((p) => hasRole(viewer, 'ORGANIZATION_EDITOR', p) || hasRole(viewer, 'CLUSTER_MANAGER', p));
