import type { EntityManager } from 'typeorm';
import { renderMarkdown } from '../../modules/knowledge/markdown';
import { bulkInsert, reserveIds } from './bulk-insert';
import type { SeedKnowledgeArticle } from './data/knowledge';
import type { LoadContext } from './load-organizations';

async function idsBySlug(manager: EntityManager, table: 'event' | 'value_chain', slugs: string[]): Promise<Map<string, number>> {
  const rows = (await manager.query(`SELECT id, slug FROM ${table} WHERE slug = ANY($1::text[])`, [slugs])) as {
    id: number;
    slug: string;
  }[];
  return new Map(rows.map((r) => [r.slug, r.id]));
}

function lookup(map: Map<string, number>, key: string, what: string): number {
  const id = map.get(key);
  if (id === undefined) throw new Error(`Demo knowledge refers to unknown ${what} "${key}".`);
  return id;
}

/** Loads the knowledge articles of the demo data, their Markdown rendered as the API renders it. */
export async function loadKnowledge(manager: EntityManager, articles: SeedKnowledgeArticle[], context: LoadContext): Promise<void> {
  const events = await idsBySlug(
    manager,
    'event',
    articles.flatMap((a) => (a.event ? [a.event] : [])),
  );
  const chains = await idsBySlug(
    manager,
    'value_chain',
    articles.flatMap((a) => a.valueChains),
  );
  const ids = await reserveIds(manager, 'knowledge_article', articles.length);
  await bulkInsert(
    manager,
    'knowledge_article',
    {
      id: 'int',
      slug: 'text',
      kind: 'text',
      language: 'text',
      title: 'text',
      summary: 'text',
      body: 'text',
      body_html: 'text',
      target_countries: 'text[]',
      event_id: 'int',
      published_at: 'timestamptz',
    },
    articles.map((a, i) => ({
      id: ids[i],
      slug: a.slug,
      kind: a.kind,
      language: a.language,
      title: a.title,
      summary: a.summary,
      body: a.body,
      body_html: renderMarkdown(a.body),
      target_countries: a.targetCountries,
      event_id: a.event ? lookup(events, a.event, 'event') : null,
      published_at: `${a.publishedOn}T09:00:00Z`,
    })),
  );
  const links = <T>(pick: (a: SeedKnowledgeArticle) => T[], row: (id: number, value: T) => Record<string, unknown>) =>
    articles.flatMap((a, i) => [...new Set(pick(a))].map((value) => row(ids[i]!, value)));
  await bulkInsert(
    manager,
    'knowledge_article_author',
    { article_id: 'int', organization_id: 'int' },
    links(
      (a) => a.authors,
      (id, slug) => ({ article_id: id, organization_id: lookup(context.organizationIds, slug, 'organization') }),
    ),
  );
  await bulkInsert(
    manager,
    'knowledge_article_term',
    { article_id: 'int', term_id: 'int' },
    links(
      (a) => a.terms,
      (id, code) => ({ article_id: id, term_id: lookup(context.termIds, code, 'term') }),
    ),
  );
  await bulkInsert(
    manager,
    'knowledge_article_value_chain',
    { article_id: 'int', value_chain_id: 'int' },
    links(
      (a) => a.valueChains,
      (id, slug) => ({ article_id: id, value_chain_id: lookup(chains, slug, 'value chain') }),
    ),
  );
}
