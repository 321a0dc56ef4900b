import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ConnectionResult } from '../../graphql/connection';
import type { RequestContext } from '../../graphql/context';
import { ForwardPageArgs } from '../../graphql/pagination';
import { Community } from '../communities/community.type';
import { Organization } from '../organizations/organization.type';
import { Term } from '../taxonomy/term.type';
import { ValueChain } from '../value-chains/value-chain.type';
import { KnowledgeArticleConnection } from './knowledge-article.resolver';
import type { KnowledgeArticle } from './knowledge-article.type';
import { communityKnowledgeLoader, organizationKnowledgeLoader, termKnowledgeLoader, valueChainKnowledgeLoader } from './knowledge.loaders';

@Resolver(() => Organization)
export class OrganizationKnowledgeResolver {
  @FieldResolver(() => KnowledgeArticleConnection, {
    description: 'Knowledge articles this organization wrote, and reports of missions it organized or took part in; newest first.',
  })
  knowledge(
    @Root() organization: Organization,
    @Args(() => ForwardPageArgs) args: ForwardPageArgs,
    @Ctx() context: RequestContext,
  ): Promise<ConnectionResult<KnowledgeArticle>> {
    return organizationKnowledgeLoader(context, args).load(organization.dbId);
  }
}

@Resolver(() => Term)
export class TermKnowledgeResolver {
  @FieldResolver(() => KnowledgeArticleConnection, {
    description: 'Knowledge articles tagged with this term or one of its descendants; newest first.',
  })
  knowledge(
    @Root() term: Term,
    @Args(() => ForwardPageArgs) args: ForwardPageArgs,
    @Ctx() context: RequestContext,
  ): Promise<ConnectionResult<KnowledgeArticle>> {
    return termKnowledgeLoader(context, args).load(term.dbId);
  }
}

@Resolver(() => ValueChain)
export class ValueChainKnowledgeResolver {
  @FieldResolver(() => KnowledgeArticleConnection, {
    description: 'Knowledge articles about this value chain or tagged with its application area; newest first.',
  })
  knowledge(
    @Root() chain: ValueChain,
    @Args(() => ForwardPageArgs) args: ForwardPageArgs,
    @Ctx() context: RequestContext,
  ): Promise<ConnectionResult<KnowledgeArticle>> {
    return valueChainKnowledgeLoader(context, args).load(chain.dbId);
  }
}

@Resolver(() => Community)
export class CommunityKnowledgeResolver {
  @FieldResolver(() => KnowledgeArticleConnection, {
    description: "Knowledge articles tagged with one of the community's terms or written by one of its members; newest first.",
  })
  knowledge(
    @Root() community: Community,
    @Args(() => ForwardPageArgs) args: ForwardPageArgs,
    @Ctx() context: RequestContext,
  ): Promise<ConnectionResult<KnowledgeArticle>> {
    return communityKnowledgeLoader(context, args).load(community.dbId);
  }
}
