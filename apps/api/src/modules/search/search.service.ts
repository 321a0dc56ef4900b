import type { RequestContext } from '../../graphql/context';
import { toConnection, type ConnectionResult } from '../../graphql/connection';
import { BadInputError } from '../../graphql/errors';
import { parsePageArgs, type ForwardPageArgs } from '../../graphql/pagination';
import { Params } from '../../graphql/sql';
import { communityByIdLoader } from '../communities/community.loaders';
import { articleByIdLoader } from '../knowledge/knowledge.loaders';
import { organizationByIdLoader } from '../organizations/organization.loaders';
import { loadTaxonomy } from '../taxonomy/taxonomy-snapshot';
import { newestMatches, parseSearchText, type SearchText } from './search-text';
import type { SearchHit } from './search.type';

/** Result kinds in the order used to break ties; the cursor's id is kind * 2^32 + database id, unique across kinds. */
const KINDS = ['Organization', 'Community', 'Term', 'KnowledgeArticle'] as const;
const KIND_SPAN = 4_294_967_296;

interface Source {
  table: string;
  alias: string;
  /** The SQL condition that a row matches the text. */
  match: (p: { raw: string; tsquery: string | null }) => string;
  /** Relevance: full-text rank plus trigram word similarity, like the organizations' RELEVANCE sort. */
  score: (p: { raw: string; tsquery: string | null }) => string;
  /** Ranks its RELEVANCE_WINDOW newest matches only, as the organizations' RELEVANCE sort does (a table of millions). */
  ranksNewest: boolean;
}

function sources(): Source[] {
  const spec = (table: string, alias: string, vector: string, foldedName: string, extra: string, ranksNewest = false): Source => ({
    table,
    alias,
    ranksNewest,
    match: ({ raw, tsquery }) => {
      const fuzzy = `public.lb_fold(${raw}) <% ${foldedName}`;
      return `${extra}(${tsquery ? `${vector} @@ to_tsquery('simple', ${tsquery}) OR ` : ''}${fuzzy})`;
    },
    score: ({ raw, tsquery }) =>
      `(${tsquery ? `ts_rank(${vector}, to_tsquery('simple', ${tsquery}))` : '0'} + word_similarity(public.lb_fold(${raw}), ${foldedName}))::real`,
  });
  return [
    spec('organization', 'o', 'o.search_vector', 'o.name_folded', 'o.deleted_at IS NULL AND ', true),
    spec('community', 'cm', 'public.community_search_vector(cm.name, cm.description)', 'public.lb_fold(cm.name)', ''),
    spec(
      'term',
      't',
      'public.term_search_vector(t.code, t.labels, t.synonyms)',
      `public.lb_fold(concat_ws(' ', t.labels->>'en', t.labels->>'de', t.labels->>'fr', t.labels->>'it'))`,
      `t.status = 'APPROVED' AND `,
    ),
    spec(
      'knowledge_article',
      'ka',
      'public.knowledge_article_search_vector(ka.title, ka.summary, ka.body)',
      'public.lb_fold(ka.title)',
      '',
    ),
  ];
}

/**
 * Organizations, communities, terms and knowledge articles matching a text, ranked together by relevance: one statement
 * for the page (each kind's best rows, then merged; organizations from their newest matches), the
 * objects through the batched loaders and the taxonomy snapshot, and the total in one more
 * statement only when it is selected.
 */
export async function search(context: RequestContext, query: string, args: ForwardPageArgs): Promise<ConnectionResult<SearchHit>> {
  const page = parsePageArgs(args);
  const text = parseSearchText(query, 'query');
  if (!text)
    return toConnection(
      [],
      page,
      () => [null, 0],
      (row: never) => row,
      () => 0,
    );
  const params = new Params();
  const placeholders = { raw: params.add(text.raw), tsquery: text.tsquery ? params.add(text.tsquery) : null };
  const countParams = [...params.values];
  let after = '';
  if (page.cursor) {
    const [score, key] = page.cursor;
    if (typeof score !== 'number')
      throw new BadInputError('after', '"after" is not a valid cursor; use a cursor returned by this connection.');
    after = `AND (score, key) < (${params.add(score)}::real, ${params.add(key)}::bigint)`;
  }
  const limit = params.add(page.limit + 1);
  const arms = sources().map((source, kind) => {
    const { table, alias } = source;
    const matches = source.ranksNewest
      ? newestMatches(table, alias, source.match(placeholders))
      : `${table} ${alias} WHERE ${source.match(placeholders)}`;
    return `(SELECT * FROM (SELECT ${kind} AS kind, ${alias}.id, ${source.score(placeholders)} AS score,
                ${kind}::bigint * ${KIND_SPAN} + ${alias}.id AS key
         FROM ${matches}) r WHERE true ${after} ORDER BY score DESC, key DESC LIMIT ${limit})`;
  });
  const rows = await context.db.query<{ kind: number; id: number; score: number; key: string }>(
    `SELECT * FROM (${arms.join(' UNION ALL ')}) hits ORDER BY score DESC, key DESC LIMIT ${limit}`,
    params.values,
  );
  const hits = await Promise.all(rows.map((row) => loadHit(context, row.kind, row.id)));
  const found = rows.flatMap((row, index) => (hits[index] ? [{ row, hit: hits[index] }] : []));
  return toConnection(
    found,
    page,
    ({ row }) => [row.score, Number(row.key)],
    ({ hit }) => hit,
    () => countMatches(context, text, countParams),
  );
}

async function loadHit(context: RequestContext, kind: number, id: number): Promise<SearchHit | null> {
  const name = KINDS[kind];
  if (name === undefined) return null;
  switch (name) {
    case 'Organization':
      return organizationByIdLoader(context).load(id);
    case 'Community':
      return communityByIdLoader(context).load(id);
    case 'Term':
      return (await loadTaxonomy(context)).get(id);
    case 'KnowledgeArticle':
      return articleByIdLoader(context).load(id);
  }
}

async function countMatches(context: RequestContext, text: SearchText, values: unknown[]): Promise<number> {
  const placeholders = { raw: '$1', tsquery: text.tsquery ? '$2' : null };
  const counts = sources().map((source) => `(SELECT count(*) FROM ${source.table} ${source.alias} WHERE ${source.match(placeholders)})`);
  const [row] = await context.db.query<{ count: string }>(`SELECT ${counts.join(' + ')} AS count`, values);
  return Number(row?.count ?? 0);
}
