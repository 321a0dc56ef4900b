import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { validateInput } from '../audit/validate-input';
import { WriteResult } from '../audit/write-result.type';
import { AssessmentSharingInput, SubmitAssessmentInput } from './assessment.inputs';
import { setAssessmentSharing, submitAssessment } from './assessment.mutation.service';

@Resolver()
export class AssessmentMutationResolver {
  @Authorized()
  @Mutation(() => WriteResult, {
    description:
      "Submits an organization's answers to the current export-readiness questionnaire and scores them (editors of the organization).",
  })
  async submitAssessment(
    @Arg('input', () => SubmitAssessmentInput, { validate: false, description: 'The answers.' }) input: SubmitAssessmentInput,
    @Ctx() context: RequestContext,
  ): Promise<WriteResult> {
    return submitAssessment(context, await validateInput(input));
  }

  @Authorized()
  @Mutation(() => WriteResult, {
    description:
      "Grants or withdraws the consent to show an assessment to the managers of the organization's clusters (editors of the organization).",
  })
  async setAssessmentSharing(
    @Arg('input', () => AssessmentSharingInput, { validate: false, description: 'The consent.' }) input: AssessmentSharingInput,
    @Ctx() context: RequestContext,
  ): Promise<WriteResult> {
    return setAssessmentSharing(context, await validateInput(input));
  }
}
