import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { validateInput } from '../audit/validate-input';
import { WriteResult } from '../audit/write-result.type';
import { CreateKnowledgeArticleInput, DeleteKnowledgeArticleInput, UpdateKnowledgeArticleInput } from './knowledge-article.inputs';
import { createArticle, deleteArticle, updateArticle } from './knowledge-article.mutation.service';

@Resolver()
export class KnowledgeArticleMutationResolver {
  @Authorized()
  @Mutation(() => WriteResult, {
    description:
      'Publishes a knowledge article (editors or managers of an authoring organization, curators). Its Markdown is rendered and sanitized.',
  })
  async createKnowledgeArticle(
    @Arg('input', () => CreateKnowledgeArticleInput, { validate: false, description: 'The article.' }) input: CreateKnowledgeArticleInput,
    @Ctx() context: RequestContext,
  ): Promise<WriteResult> {
    return createArticle(context, await validateInput(input));
  }

  @Authorized()
  @Mutation(() => WriteResult, {
    description:
      'Changes an article, making a new version kept in its history (its writer, editors of its authors, curators). CONFLICT on a stale version.',
  })
  async updateKnowledgeArticle(
    @Arg('input', () => UpdateKnowledgeArticleInput, { validate: false, description: 'The changes.' }) input: UpdateKnowledgeArticleInput,
    @Ctx() context: RequestContext,
  ): Promise<WriteResult> {
    return updateArticle(context, await validateInput(input));
  }

  @Authorized()
  @Mutation(() => WriteResult, { description: 'Deletes an article; its history keeps the last version. CONFLICT on a stale version.' })
  async deleteKnowledgeArticle(
    @Arg('input', () => DeleteKnowledgeArticleInput, { validate: false, description: 'The article.' }) input: DeleteKnowledgeArticleInput,
    @Ctx() context: RequestContext,
  ): Promise<WriteResult> {
    return deleteArticle(context, await validateInput(input));
  }
}
