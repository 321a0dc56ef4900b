import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { Event } from '../events/event.type';
import { fundingCallsFor } from '../funding/funding-fit.service';
import { FundingFit } from '../funding/funding-call.type';
import { toGlobalId } from '../../graphql/node-id';
import { KnowledgeArticle } from '../knowledge/knowledge-article.type';
import { matchesLoader } from '../matchmaking/match.service';
import { Match } from '../matchmaking/match.type';
import { LINKS_PER_RECOMMENDATION, recommendedArticlesLoader, recommendedEventsLoader } from './recommendation.loaders';
import { AssessmentRecommendation } from './recommendation.type';

@Resolver(() => AssessmentRecommendation)
export class AssessmentRecommendationResolver {
  @FieldResolver(() => [KnowledgeArticle], {
    description: 'Guides, best practices, studies or reports for this dimension; those about your export countries first (a short list).',
  })
  articles(@Root() recommendation: AssessmentRecommendation, @Ctx() context: RequestContext): Promise<KnowledgeArticle[]> {
    if (recommendation.spec.articleKinds.length === 0) return Promise.resolve([]);
    return recommendedArticlesLoader(context).load({
      organizationId: recommendation.organizationDbId,
      kinds: recommendation.spec.articleKinds,
    });
  }

  @FieldResolver(() => [Event], {
    description:
      'Missions and events to join, upcoming first, then those to your export countries (a short list; empty when not relevant).',
  })
  events(@Root() recommendation: AssessmentRecommendation, @Ctx() context: RequestContext): Promise<Event[]> {
    return recommendation.spec.events ? recommendedEventsLoader(context).load(recommendation.organizationDbId) : Promise.resolve([]);
  }

  @FieldResolver(() => [Match], {
    description: 'Partners from matchmaking, best first, with the reasons they complement you (a short list; empty when not relevant).',
  })
  async partners(@Root() recommendation: AssessmentRecommendation, @Ctx() context: RequestContext): Promise<Match[]> {
    if (!recommendation.spec.partners) return [];
    const page = await matchesLoader(context, { first: LINKS_PER_RECOMMENDATION }).load({
      organizationId: recommendation.organizationDbId,
      needId: null,
    });
    return page.nodes;
  }

  @FieldResolver(() => [FundingFit], {
    description:
      'Open funding calls that fit your capabilities and needs, best first, with their reasons (a short list; empty when not relevant).',
  })
  async fundingCalls(@Root() recommendation: AssessmentRecommendation, @Ctx() context: RequestContext): Promise<FundingFit[]> {
    if (!recommendation.spec.fundingCalls) return [];
    return recommendedFundingLoader(context).load(recommendation.organizationDbId);
  }
}

/** Once per organization and request, however many of its recommendations ask (the funding module ranks one organization at a time). */
function recommendedFundingLoader(context: RequestContext) {
  return context.loaders.get<number, FundingFit[]>('assessment.funding', (ids) =>
    Promise.all(
      ids.map(async (id) => (await fundingCallsFor(context, toGlobalId('Organization', id), { first: LINKS_PER_RECOMMENDATION })).nodes),
    ),
  );
}
