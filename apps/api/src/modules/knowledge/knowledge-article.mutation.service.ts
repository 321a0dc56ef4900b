import type { EntityManager } from 'typeorm';
import type { RequestContext, Viewer } from '../../graphql/context';
import { BadInputError, DomainError } from '../../graphql/errors';
import { expectGlobalId } from '../../graphql/node-id';
import { CURATOR, hasRole, isAdmin, requireViewer } from '../accounts/auth-checker';
import { checkVersion, firstReturned, lockRow, updateVersioned, withConstraints, writeAudit } from '../audit/audit.service';
import { replaceLinkSet, type LinkTable } from '../audit/link-set';
import { writeResult, type WriteResult } from '../audit/write-result.type';
import { checkCountryCodes } from '../geography/country-codes';
import type { CreateKnowledgeArticleInput, DeleteKnowledgeArticleInput, UpdateKnowledgeArticleInput } from './knowledge-article.inputs';
import { renderMarkdown } from './markdown';

const CONSTRAINTS: Record<string, [string, string]> = {
  knowledge_article_slug_key: ['input.slug', 'Another article has this slug.'],
};

/** Curators, admins, the writer, and the editors or managers of an authoring organization may change an article. */
export function mayEdit(viewer: Viewer, authorOrganizationIds: number[], authorUserId: number | null): boolean {
  return (
    isAdmin(viewer) ||
    hasRole(viewer, CURATOR) ||
    viewer.userId === authorUserId ||
    authorOrganizationIds.some((id) => hasRole(viewer, 'ORGANIZATION_EDITOR', id) || hasRole(viewer, 'CLUSTER_MANAGER', id))
  );
}

interface Links {
  termIds: number[];
  valueChainIds: number[];
  authorIds: number[];
}

async function resolveTerms(manager: EntityManager, codes: string[]): Promise<{ id: number; code: string }[]> {
  const unique = [...new Set(codes)];
  const rows = (await manager.query(`SELECT id, code, status FROM term WHERE code = ANY($1::text[])`, [unique])) as {
    id: number;
    code: string;
    status: string;
  }[];
  const byCode = new Map(rows.map((r) => [r.code, r]));
  return unique.map((code, index) => {
    const term = byCode.get(code);
    if (!term) throw new BadInputError(`input.termCodes[${index}]`, `No term has the code "${code.slice(0, 100)}".`);
    if (term.status !== 'APPROVED')
      throw new BadInputError(`input.termCodes[${index}]`, `"${code}" is ${term.status}; use an approved term.`);
    return term;
  });
}

async function resolveIds(manager: EntityManager, globalIds: string[], type: string, table: string, field: string): Promise<number[]> {
  const ids = [...new Set(globalIds.map((id, index) => expectGlobalId(id, type, `input.${field}[${index}]`)))];
  const extra = table === 'organization' ? ' AND deleted_at IS NULL' : '';
  const rows = (await manager.query(`SELECT id FROM "${table}" WHERE id = ANY($1::int[])${extra}`, [ids])) as { id: number }[];
  const found = new Set(rows.map((r) => r.id));
  ids.forEach((id, index) => {
    if (!found.has(id)) throw new BadInputError(`input.${field}[${index}]`, `No ${type} has the ID "${globalIds[index]}".`);
  });
  return ids;
}

/** An article's link tables; a change of any shows on the article's history. */
const linkTable = (table: string, linkedColumn: string): LinkTable => ({
  table,
  ownerColumn: 'article_id',
  linkedColumn,
  entityType: 'KnowledgeArticleLinks',
  ownerType: 'KnowledgeArticle',
});
const TERMS = linkTable('knowledge_article_term', 'term_id');
const VALUE_CHAINS = linkTable('knowledge_article_value_chain', 'value_chain_id');
const AUTHORS = linkTable('knowledge_article_author', 'organization_id');

async function writeLinks(manager: EntityManager, articleId: number, actorUserId: number, links: Partial<Links>, audit: boolean) {
  const auditActor = audit ? actorUserId : null;
  if (links.termIds) await replaceLinkSet(manager, TERMS, articleId, links.termIds, auditActor);
  if (links.valueChainIds) await replaceLinkSet(manager, VALUE_CHAINS, articleId, links.valueChainIds, auditActor);
  if (links.authorIds) await replaceLinkSet(manager, AUTHORS, articleId, links.authorIds, auditActor);
}

export async function createArticle(context: RequestContext, input: CreateKnowledgeArticleInput): Promise<WriteResult> {
  const viewer = requireViewer(context);
  const countries = checkCountryCodes(input.targetCountries, 'input.targetCountries');
  const eventId = input.eventId ? expectGlobalId(input.eventId, 'Event', 'input.eventId') : null;
  return withConstraints(CONSTRAINTS, () =>
    context.db.transaction(async (manager) => {
      const authorIds = await resolveIds(manager, input.authorIds, 'Organization', 'organization', 'authorIds');
      if (!mayEdit(viewer, authorIds, null)) {
        throw new DomainError('FORBIDDEN', 'You must edit or manage one of the authoring organizations (or be a curator).');
      }
      const terms = await resolveTerms(manager, input.termCodes);
      const valueChainIds = await resolveIds(manager, input.valueChainIds, 'ValueChain', 'value_chain', 'valueChainIds');
      if (eventId !== null && ((await manager.query(`SELECT 1 FROM event WHERE id = $1`, [eventId])) as unknown[]).length === 0) {
        throw new BadInputError('input.eventId', `No event has the ID "${input.eventId}".`);
      }
      const after = firstReturned(
        await manager.query(
          `INSERT INTO knowledge_article (slug, kind, language, title, summary, body, body_html, target_countries, event_id, author_user_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8::text[], $9, $10) RETURNING to_jsonb(knowledge_article) AS row`,
          [
            input.slug,
            input.kind,
            input.language,
            input.title.trim(),
            input.summary.trim(),
            input.body,
            renderMarkdown(input.body),
            countries,
            eventId,
            viewer.userId,
          ],
        ),
      );
      const id = after.id as number;
      await writeLinks(manager, id, viewer.userId, { termIds: terms.map((t) => t.id), valueChainIds, authorIds }, false);
      await writeAudit(manager, {
        actorUserId: viewer.userId,
        entityType: 'KnowledgeArticle',
        entityId: id,
        action: 'CREATE',
        before: null,
        after: { ...after, term_codes: terms.map((t) => t.code), value_chain_ids: valueChainIds, author_ids: authorIds },
      });
      return writeResult('KnowledgeArticle', id, after.version);
    }),
  );
}

/** Locks the article and checks that the viewer may change it. */
async function lockArticle(context: RequestContext, manager: EntityManager, id: number): Promise<Record<string, unknown>> {
  const viewer = requireViewer(context);
  const before = await lockRow(manager, 'knowledge_article', id, 'knowledge article');
  const authors = (await manager.query(`SELECT organization_id FROM knowledge_article_author WHERE article_id = $1`, [id])) as {
    organization_id: number;
  }[];
  if (
    !mayEdit(
      viewer,
      authors.map((a) => a.organization_id),
      before.author_user_id as number | null,
    )
  ) {
    throw new DomainError('FORBIDDEN', 'Only its writer, editors of its authoring organizations and curators can change this article.');
  }
  return before;
}

export async function updateArticle(context: RequestContext, input: UpdateKnowledgeArticleInput): Promise<WriteResult> {
  const id = expectGlobalId(input.id, 'KnowledgeArticle', 'input.id');
  const viewer = requireViewer(context);
  const changes: Record<string, unknown> = {};
  if (input.kind != null) changes.kind = input.kind;
  if (input.language != null) changes.language = input.language;
  if (input.title != null) changes.title = input.title.trim();
  if (input.summary != null) changes.summary = input.summary.trim();
  if (input.body != null) {
    changes.body = input.body;
    changes.body_html = renderMarkdown(input.body);
  }
  if (input.targetCountries != null) changes.target_countries = checkCountryCodes(input.targetCountries, 'input.targetCountries');
  return context.db.transaction(async (manager) => {
    const before = await lockArticle(context, manager, id);
    checkVersion(before, input.version, 'knowledge article');
    const links: Partial<Links> = {};
    if (input.termCodes != null) links.termIds = (await resolveTerms(manager, input.termCodes)).map((t) => t.id);
    if (input.valueChainIds != null) {
      links.valueChainIds = await resolveIds(manager, input.valueChainIds, 'ValueChain', 'value_chain', 'valueChainIds');
    }
    await writeLinks(manager, id, viewer.userId, links, true);
    const after = await updateVersioned(manager, {
      table: 'knowledge_article',
      entityType: 'KnowledgeArticle',
      id,
      version: input.version,
      changes,
      actorUserId: viewer.userId,
      before,
    });
    return writeResult('KnowledgeArticle', id, after.version);
  });
}

export async function deleteArticle(context: RequestContext, input: DeleteKnowledgeArticleInput): Promise<WriteResult> {
  const id = expectGlobalId(input.id, 'KnowledgeArticle', 'input.id');
  const viewer = requireViewer(context);
  return context.db.transaction(async (manager) => {
    const before = await lockArticle(context, manager, id);
    checkVersion(before, input.version, 'knowledge article');
    await manager.query(`DELETE FROM knowledge_article WHERE id = $1`, [id]);
    await writeAudit(manager, {
      actorUserId: viewer.userId,
      entityType: 'KnowledgeArticle',
      entityId: id,
      action: 'DELETE',
      before,
      after: null,
    });
    return writeResult('KnowledgeArticle', id, null);
  });
}
