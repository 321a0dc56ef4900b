import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Connection, type ConnectionResult } from '../../graphql/connection';
import type { RequestContext } from '../../graphql/context';
import { BadInputError, NotFoundError } from '../../graphql/errors';
import { registerNodeType } from '../../graphql/node';
import { PageArgs } from '../../graphql/pagination';
import { AuditEntryConnection, type AuditEntry } from '../audit/audit-entry.type';
import { historyLoader } from '../audit/history.resolver';
import { eventByIdLoader } from '../events/event.service';
import { Event } from '../events/event.type';
import { Organization } from '../organizations/organization.type';
import { loadTaxonomy } from '../taxonomy/taxonomy-snapshot';
import { Term } from '../taxonomy/term.type';
import { ValueChain } from '../value-chains/value-chain.type';
import { KnowledgeArticlesArgs } from './knowledge-article.args';
import { MAX_BODY } from './knowledge-article.inputs';
import { mayEdit } from './knowledge-article.mutation.service';
import { listArticles } from './knowledge-article.service';
import { KnowledgeArticle } from './knowledge-article.type';
import {
  articleAuthorsLoader,
  articleByIdLoader,
  articleBySlugLoader,
  articleTermIdsLoader,
  articleValueChainsLoader,
  authorNameLoader,
} from './knowledge.loaders';
import { renderMarkdown } from './markdown';

export const KnowledgeArticleConnection = Connection(KnowledgeArticle, 'KnowledgeArticle', 'A page of knowledge articles, newest first.');

registerNodeType('KnowledgeArticle', (context, id) => articleByIdLoader(context).load(id));

@Resolver(() => KnowledgeArticle)
export class KnowledgeArticleResolver {
  @Query(() => KnowledgeArticle, { description: 'A knowledge article by its slug. NOT_FOUND when no article has that slug.' })
  async knowledgeArticle(
    @Arg('slug', () => String, { description: 'The article slug.' }) slug: string,
    @Ctx() context: RequestContext,
  ): Promise<KnowledgeArticle> {
    const article = await articleBySlugLoader(context).load(slug);
    if (!article) throw new NotFoundError('knowledge article', slug);
    return article;
  }

  @Query(() => KnowledgeArticleConnection, {
    description:
      'Guides, best practices, mission reports and market studies, newest first; filtered by text, kind, language, terms, country, value chain, author, and the organization or community they relate to. The filters combine with AND.',
  })
  knowledgeArticles(
    @Args(() => KnowledgeArticlesArgs) args: KnowledgeArticlesArgs,
    @Ctx() context: RequestContext,
  ): Promise<ConnectionResult<KnowledgeArticle>> {
    return listArticles(context, args);
  }

  @FieldResolver(() => [Organization], { description: 'The organizations that wrote or published the article (a short list, at most 10).' })
  authors(@Root() article: KnowledgeArticle, @Ctx() context: RequestContext): Promise<Organization[]> {
    return articleAuthorsLoader(context).load(article.dbId);
  }

  @Authorized()
  @Query(() => String, {
    description:
      'The sanitized HTML a Markdown body renders to, exactly as `bodyHtml` will be when the article is saved: a preview for editors (signed-in users).',
  })
  knowledgeArticlePreview(
    @Arg('body', () => String, { description: `Body in Markdown (1 to ${MAX_BODY} characters).` }) body: string,
  ): string {
    if (body.length < 1 || body.length > MAX_BODY) throw new BadInputError('body', `The body must be 1 to ${MAX_BODY} characters long.`);
    return renderMarkdown(body);
  }

  @FieldResolver(() => Boolean, {
    description:
      'True when the viewer may change or delete the article: its writer, editors or managers of an authoring organization, curators, admins. False when anonymous.',
  })
  async viewerCanEdit(@Root() article: KnowledgeArticle, @Ctx() context: RequestContext): Promise<boolean> {
    if (!context.viewer) return false;
    const authors = await articleAuthorsLoader(context).load(article.dbId);
    return mayEdit(
      context.viewer,
      authors.map((a) => a.dbId),
      article.authorUserDbId,
    );
  }

  @FieldResolver(() => String, { nullable: true, description: 'Display name of the user who wrote it; null for imported articles.' })
  authorName(@Root() article: KnowledgeArticle, @Ctx() context: RequestContext): Promise<string | null> {
    return article.authorUserDbId === null ? Promise.resolve(null) : authorNameLoader(context).load(article.authorUserDbId);
  }

  @FieldResolver(() => [Term], { description: 'The classification terms the article is tagged with (a short list, at most 30).' })
  async terms(@Root() article: KnowledgeArticle, @Ctx() context: RequestContext): Promise<Term[]> {
    const [ids, taxonomy] = await Promise.all([articleTermIdsLoader(context).load(article.dbId), loadTaxonomy(context)]);
    return ids.flatMap((id) => taxonomy.get(id) ?? []);
  }

  @FieldResolver(() => [ValueChain], { description: 'The value chains the article is about (a short list, at most 10).' })
  valueChains(@Root() article: KnowledgeArticle, @Ctx() context: RequestContext): Promise<ValueChain[]> {
    return articleValueChainsLoader(context).load(article.dbId);
  }

  @FieldResolver(() => Event, { nullable: true, description: 'For a mission report, the mission or event it reports on.' })
  event(@Root() article: KnowledgeArticle, @Ctx() context: RequestContext): Promise<Event | null> {
    return article.eventDbId === null ? Promise.resolve(null) : eventByIdLoader(context).load(article.eventDbId);
  }

  @Authorized()
  @FieldResolver(() => AuditEntryConnection, {
    description: 'Every version of the article, newest first, with the values before and after each change (signed-in users).',
  })
  history(
    @Root() article: KnowledgeArticle,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() context: RequestContext,
  ): Promise<ConnectionResult<AuditEntry>> {
    return historyLoader(context, 'KnowledgeArticle', args).load(article.dbId);
  }
}
