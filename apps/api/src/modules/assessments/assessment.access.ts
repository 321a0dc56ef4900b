import type { RequestContext } from '../../graphql/context';
import { DomainError } from '../../graphql/errors';
import { groupBy } from '../../graphql/loaders';
import { hasRole, isAdmin, requireViewer } from '../accounts/auth-checker';

/**
 * What a viewer may read of an organization's assessments: ALL for its editors (and admins),
 * SHARED for the managers of a cluster it is an active member of (only what it shared), nothing
 * for anyone else.
 */
export type AssessmentScope = 'ALL' | 'SHARED';

export function activeClustersLoader(context: RequestContext) {
  return context.loaders.get<number, number[]>('assessment.activeClusters', async (ids) => {
    const rows = await context.db.query<{ organization_id: number; cluster_id: number }>(
      `SELECT organization_id, cluster_id FROM membership WHERE organization_id = ANY($1::int[]) AND status = 'ACTIVE'`,
      [ids],
    );
    return groupBy(ids, rows, (r) => r.organization_id).map((group) => group.map((r) => r.cluster_id));
  });
}

export async function assessmentScope(context: RequestContext, organizationId: number): Promise<AssessmentScope> {
  const viewer = requireViewer(context);
  if (isAdmin(viewer) || hasRole(viewer, 'ORGANIZATION_EDITOR', organizationId) || hasRole(viewer, 'CLUSTER_MANAGER', organizationId)) {
    return 'ALL';
  }
  const clusters = await activeClustersLoader(context).load(organizationId);
  if (clusters.some((cluster) => hasRole(viewer, 'CLUSTER_MANAGER', cluster))) return 'SHARED';
  throw new DomainError(
    'FORBIDDEN',
    "Only the organization's editors, and the managers of its clusters when it shares them, can read its assessments.",
  );
}

/** FORBIDDEN unless the viewer may read this one assessment. */
export async function checkReadable(context: RequestContext, assessment: { organizationDbId: number; sharedWithClusters: boolean }) {
  const scope = await assessmentScope(context, assessment.organizationDbId);
  if (scope === 'SHARED' && !assessment.sharedWithClusters) {
    throw new DomainError('FORBIDDEN', 'The organization has not shared this assessment with its clusters.');
  }
}
