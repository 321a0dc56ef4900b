import { childPagesLoader } from '../../graphql/child-pages';
import type { RequestContext } from '../../graphql/context';
import { indexBy } from '../../graphql/loaders';
import type { ForwardPageArgs } from '../../graphql/pagination';
import type { AssessmentScope } from './assessment.access';
import { ASSESSMENT_COLUMNS, toAssessment, type Assessment, type AssessmentRow } from './assessment.type';

export function assessmentByIdLoader(context: RequestContext) {
  return context.loaders.get<number, Assessment | null>('assessment.byId', async (ids) => {
    const rows = await context.db.query<AssessmentRow>(`SELECT ${ASSESSMENT_COLUMNS} FROM assessment a WHERE a.id = ANY($1::int[])`, [ids]);
    return indexBy(ids, rows.map(toAssessment), (a) => a.dbId);
  });
}

/** An organization's assessments, newest first; only the shared ones for the SHARED scope. */
export function assessmentsByOrganizationLoader(context: RequestContext, scope: AssessmentScope, args: ForwardPageArgs) {
  return childPagesLoader(
    context,
    {
      name: `assessment.byOrganization.${scope}`,
      from: 'assessment a',
      parent: 'a.organization_id',
      select: ASSESSMENT_COLUMNS,
      where: () => (scope === 'SHARED' ? ['a.shared_with_clusters'] : []),
      sort: { expression: 'a.submitted_at', type: 'timestamptz', direction: 'DESC', id: 'a.id' },
      toNode: (row: AssessmentRow) => toAssessment(row),
    },
    args,
  );
}
