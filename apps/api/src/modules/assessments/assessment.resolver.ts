import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { Language } from '../../graphql/language';
import { registerNodeType } from '../../graphql/node';
import { organizationByIdLoader } from '../organizations/organization.loaders';
import { Organization } from '../organizations/organization.type';
import { checkReadable } from './assessment.access';
import { assessmentByIdLoader } from './assessment.loaders';
import { Assessment } from './assessment.type';
import { ExportReadinessQuestionnaire, localizeQuestionnaire } from './questionnaire.type';
import { currentQuestionnaire, questionnaireVersion } from './questionnaires';
import { AssessmentRecommendation } from './recommendation.type';
import { weakDimensions } from './scoring';

registerNodeType('Assessment', async (context, id) => {
  const assessment = await assessmentByIdLoader(context).load(id);
  if (assessment) await checkReadable(context, assessment);
  return assessment;
});

@Resolver(() => Assessment)
export class AssessmentResolver {
  @Query(() => ExportReadinessQuestionnaire, {
    description: 'The export-readiness self-assessment in one language: dimensions, questions, options with their points, levels.',
  })
  exportReadinessQuestionnaire(
    @Arg('language', () => Language, { defaultValue: Language.EN, description: 'Language of the texts.' }) language: Language,
    @Arg('version', () => Int, { nullable: true, description: 'A past version; the current one by default.' }) version: number | null,
  ): ExportReadinessQuestionnaire {
    return localizeQuestionnaire(version == null ? currentQuestionnaire() : questionnaireVersion(version), language);
  }

  @FieldResolver(() => Organization, { description: 'The organization assessed.' })
  async organization(@Root() assessment: Assessment, @Ctx() context: RequestContext): Promise<Organization> {
    return (await organizationByIdLoader(context).load(assessment.organizationDbId))!;
  }

  @FieldResolver(() => [AssessmentRecommendation], {
    description: 'Recommendations for the weak dimensions (scoring below the questionnaire’s `weakBelow`), weakest first (a short list).',
  })
  recommendations(
    @Root() assessment: Assessment,
    @Arg('language', () => Language, { defaultValue: Language.EN, description: 'Language of the advice.' }) language: Language,
  ): AssessmentRecommendation[] {
    const questionnaire = questionnaireVersion(assessment.questionnaireVersion);
    const specs = new Map(questionnaire.dimensions.map((d) => [d.dimension, d.recommendation]));
    return weakDimensions(questionnaire, assessment.dimensionScores).map((d) =>
      Object.assign(new AssessmentRecommendation(), {
        organizationDbId: assessment.organizationDbId,
        spec: specs.get(d.dimension)!,
        dimension: d.dimension,
        score: d.score,
        advice: specs.get(d.dimension)!.advice[language],
      }),
    );
  }
}
