import type { RequestContext } from '../../graphql/context';
import { expectGlobalId } from '../../graphql/node-id';
import { requireEditor, requireViewer } from '../accounts/auth-checker';
import { firstReturned, lockRow, updateVersioned, writeAudit } from '../audit/audit.service';
import { liveOrganization } from '../audit/scope';
import { writeResult, type WriteResult } from '../audit/write-result.type';
import type { AssessmentSharingInput, SubmitAssessmentInput } from './assessment.inputs';
import { currentQuestionnaire } from './questionnaires';
import { scoreAnswers } from './scoring';

// Audit entries keep the assessment as their subject (the default), never the organization: the
// organization's history is readable by every signed-in user and must not show the answers.

export async function submitAssessment(context: RequestContext, input: SubmitAssessmentInput): Promise<WriteResult> {
  const organizationId = expectGlobalId(input.organizationId, 'Organization', 'input.organizationId');
  const viewer = requireEditor(context, organizationId);
  const questionnaire = currentQuestionnaire();
  const scored = scoreAnswers(questionnaire, input.answers);
  const order = new Map(questionnaire.dimensions.flatMap((d) => d.questions).map((q, index) => [q.code, index]));
  const answers = [...scored.answers].sort((a, b) => order.get(a.question)! - order.get(b.question)!);
  return context.db.transaction(async (manager) => {
    await liveOrganization(manager, input.organizationId, 'input.organizationId');
    const after = firstReturned(
      await manager.query(
        `INSERT INTO assessment (organization_id, questionnaire_version, answers, dimension_scores, overall_score, level, shared_with_clusters, submitted_by_user_id)
         VALUES ($1, $2, $3::jsonb, $4::jsonb, $5, $6, $7, $8) RETURNING to_jsonb(assessment) AS row`,
        [
          organizationId,
          questionnaire.version,
          JSON.stringify(answers),
          JSON.stringify(scored.dimensions),
          scored.overall,
          scored.level,
          input.shareWithClusters,
          viewer.userId,
        ],
      ),
    );
    const id = after.id as number;
    await writeAudit(manager, {
      actorUserId: viewer.userId,
      entityType: 'Assessment',
      entityId: id,
      action: 'CREATE',
      before: null,
      after,
    });
    return writeResult('Assessment', id, after.version);
  });
}

export async function setAssessmentSharing(context: RequestContext, input: AssessmentSharingInput): Promise<WriteResult> {
  const id = expectGlobalId(input.id, 'Assessment', 'input.id');
  const viewer = requireViewer(context);
  return context.db.transaction(async (manager) => {
    const before = await lockRow(manager, 'assessment', id, 'assessment');
    requireEditor(context, before.organization_id as number);
    const after = await updateVersioned(manager, {
      table: 'assessment',
      entityType: 'Assessment',
      id,
      version: input.version,
      changes: { shared_with_clusters: input.shared },
      actorUserId: viewer.userId,
      before,
    });
    return writeResult('Assessment', id, after.version);
  });
}
