import { childPagesLoader } from '../../graphql/child-pages';
import type { RequestContext } from '../../graphql/context';
import { keyedRowsLoader } from '../../graphql/keyed-rows-loader';
import type { ForwardPageArgs } from '../../graphql/pagination';
import type { AssessmentScope } from './assessment.access';
import { ASSESSMENT_COLUMNS, toAssessment, type Assessment, type AssessmentRow } from './assessment.type';

export function assessmentByIdLoader(context: RequestContext) {
  return keyedRowsLoader(context, {
    name: 'assessment.byId',
    select: `SELECT ${ASSESSMENT_COLUMNS} FROM assessment a`,
    key: 'a.id',
    type: 'int',
    toObject: toAssessment,
    keyOf: (a: Assessment) => a.dbId,
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
