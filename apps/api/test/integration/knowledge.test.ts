import type { DataSource } from 'typeorm';
import { globalId, grant, signUpUser, type SignedInUser } from '../support/accounts';
import { startTestApi, type TestApi } from '../support/api';
import { openTestDataSource, resetDatabase } from '../support/database';
import { expectCodedError } from '../support/expect-error';

interface ArticleNode {
  id: string;
  slug: string;
  title: string;
  kind: string;
  language: string;
  bodyHtml: string;
  version: number;
  authors: { slug: string }[];
  terms: { code: string }[];
  valueChains: { slug: string }[];
  targetCountries: { code: string }[];
}

const ARTICLE_FIELDS =
  'id slug title kind language bodyHtml version authors { slug } terms { code } valueChains { slug } targetCountries { code }';

let api: TestApi;
let db: DataSource;
let editor: SignedInUser;
let stranger: SignedInUser;
let editorOrg: number;

const rows = async <T>(sql: string, params: unknown[] = []): Promise<T[]> => (await db.query(sql, params)) as T[];

beforeAll(async () => {
  await resetDatabase({ demo: 30 });
  api = await startTestApi();
  db = await openTestDataSource();
  [{ id: editorOrg }] = (await rows<{ id: number }>(`SELECT id FROM organization WHERE slug = 'photonics-bretagne'`)) as [{ id: number }];
  editor = await signUpUser(api, 'editor@knowledge.test');
  stranger = await signUpUser(api, 'stranger@knowledge.test');
  await grant(db, editor.userId, 'ORGANIZATION_EDITOR', editorOrg);
});

afterAll(async () => {
  await db.destroy();
  await api.stop();
});

const CREATE = `mutation($input: CreateKnowledgeArticleInput!) { createKnowledgeArticle(input: $input) { id version } }`;
const UPDATE = `mutation($input: UpdateKnowledgeArticleInput!) { updateKnowledgeArticle(input: $input) { id version } }`;

const input = (overrides: Record<string, unknown> = {}) => ({
  slug: 'guide-lidar-export-japan',
  kind: 'GUIDE',
  language: 'EN',
  title: 'Exporting lidar modules to Japan',
  summary: 'Certification and distributors.',
  body: '## Certification\n\nJapanese buyers ask for **JIS** conformity.',
  authorIds: [globalId('Organization', editorOrg)],
  termCodes: ['tech.lidar', 'app.automotive-mobility'],
  targetCountries: ['JP'],
  ...overrides,
});

async function article(slug: string, headers: Record<string, string> = {}): Promise<ArticleNode> {
  const res = await api.graphql<{ knowledgeArticle: ArticleNode }>(
    `query($slug: String!) { knowledgeArticle(slug: $slug) { ${ARTICLE_FIELDS} } }`,
    { slug },
    headers,
  );
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.knowledgeArticle;
}

describe('knowledge articles', () => {
  it('serves the demo articles with authors, terms, value chains and the mission they report on', async () => {
    const res = await api.graphql<{
      knowledgeArticles: { totalCount: number; nodes: (ArticleNode & { event: { slug: string } | null })[] };
    }>(`{ knowledgeArticles(first: 20, kind: MISSION_REPORT) { totalCount nodes { ${ARTICLE_FIELDS} event { slug } } } }`);
    expect(res.body.errors).toBeUndefined();
    const { totalCount, nodes } = res.body.data!.knowledgeArticles;
    expect(totalCount).toBe(3);
    expect(nodes.map((n) => n.event?.slug)).toEqual([
      'pimap-mission-new-york-2019',
      'eu-canada-cluster-matchmaking-toronto-2019',
      'pimap-mission-photonics-west-2019',
    ]);
    const study = await article('market-study-north-america-photonics-industry-4-0');
    expect(study.authors.map((a) => a.slug).sort()).toEqual(['alpha-rlh', 'business-joensuu', 'produtech', 'triple-steelix']);
    expect(study.valueChains).toEqual([{ slug: 'laser-additive-metalworking' }]);
    expect(study.targetCountries.map((c) => c.code).sort()).toEqual(['CA', 'US']);
    expect(study.bodyHtml).toContain('<table>');
  });

  it('filters by language, target country and term with its descendants', async () => {
    const q = async (args: string) =>
      (
        await api.graphql<{ knowledgeArticles: { nodes: { slug: string }[] } }>(
          `{ knowledgeArticles(first: 50, ${args}) { nodes { slug } } }`,
        )
      ).body.data!.knowledgeArticles.nodes.map((n) => n.slug);
    expect(await q('language: FR')).toEqual(['ateliers-intersectoriels-photonique-industrie']);
    expect((await q('targetCountry: "CA"')).sort()).toEqual([
      'best-practice-joint-internationalisation-strategy',
      'market-study-north-america-photonics-industry-4-0',
      'mission-report-eu-canada-matchmaking-2019',
    ]);
    // tech.microwave-photonics is tagged on two articles; its ancestors find them too.
    const microwave = await q('term: "tech.microwave-photonics"');
    expect(microwave.sort()).toEqual([
      'ateliers-intersectoriels-photonique-industrie',
      'market-study-north-america-photonics-industry-4-0',
    ]);
    const unknown = await api.graphql(`{ knowledgeArticles(term: "tech.nope") { totalCount } }`);
    expectCodedError(unknown, 'BAD_USER_INPUT', 'term');
  });

  it('creates, edits with versions and history, and refuses stale versions and strangers', async () => {
    const created = await api.graphql<{ createKnowledgeArticle: { id: string; version: number } }>(
      CREATE,
      { input: input() },
      editor.headers,
    );
    expect(created.body.errors).toBeUndefined();
    const { id, version } = created.body.data!.createKnowledgeArticle;
    expect(version).toBe(1);
    const fresh = await article('guide-lidar-export-japan');
    expect(fresh.bodyHtml).toBe('<h2>Certification</h2>\n<p>Japanese buyers ask for <strong>JIS</strong> conformity.</p>');
    expect(fresh.terms.map((t) => t.code).sort()).toEqual(['app.automotive-mobility', 'tech.lidar']);

    const forbidden = await api.graphql(UPDATE, { input: { id, version: 1, title: 'Mine now' } }, stranger.headers);
    expectCodedError(forbidden, 'FORBIDDEN');

    const updated = await api.graphql<{ updateKnowledgeArticle: { version: number } }>(
      UPDATE,
      { input: { id, version: 1, body: 'Updated *body*.', termCodes: ['tech.lidar'] } },
      editor.headers,
    );
    expect(updated.body.data!.updateKnowledgeArticle.version).toBe(2);
    const stale = await api.graphql(UPDATE, { input: { id, version: 1, title: 'Late' } }, editor.headers);
    expectCodedError(stale, 'CONFLICT');

    const after = await article('guide-lidar-export-japan');
    expect(after.bodyHtml).toBe('<p>Updated <em>body</em>.</p>');
    expect(after.terms).toEqual([{ code: 'tech.lidar' }]);

    const history = await api.graphql<{
      node: {
        history: {
          nodes: { action: string; entityType: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null }[];
        };
      };
    }>(
      `query($id: ID!) { node(id: $id) { ... on KnowledgeArticle { history(first: 10) { nodes { action entityType before after } } } } }`,
      { id },
      stranger.headers,
    );
    const entries = history.body.data!.node.history.nodes;
    expect(entries.map((e) => [e.entityType, e.action])).toEqual([
      ['KnowledgeArticle', 'UPDATE'],
      ['KnowledgeArticleLinks', 'UPDATE'],
      ['KnowledgeArticle', 'CREATE'],
    ]);
    expect(entries[0]!.before).toMatchObject({ version: 1, body: input().body });
    expect(entries[0]!.after).toMatchObject({ version: 2, body: 'Updated *body*.' });

    const deleted = await api.graphql(
      `mutation($input: DeleteKnowledgeArticleInput!) { deleteKnowledgeArticle(input: $input) { id } }`,
      { input: { id, version: 2 } },
      editor.headers,
    );
    expect(deleted.body.errors).toBeUndefined();
    expectCodedError(await api.graphql(`{ knowledgeArticle(slug: "guide-lidar-export-japan") { id } }`), 'NOT_FOUND');
  });

  it('validates input and names the field', async () => {
    expectCodedError(await api.graphql(CREATE, { input: input({ slug: 'Not A Slug' }) }, editor.headers), 'BAD_USER_INPUT', 'input.slug');
    expectCodedError(await api.graphql(CREATE, { input: input({ body: '' }) }, editor.headers), 'BAD_USER_INPUT', 'input.body');
    expectCodedError(await api.graphql(CREATE, { input: input({ authorIds: [] }) }, editor.headers), 'BAD_USER_INPUT', 'input.authorIds');
    expectCodedError(
      await api.graphql(CREATE, { input: input({ termCodes: ['tech.lidar', 'tech.nope'] }) }, editor.headers),
      'BAD_USER_INPUT',
      'input.termCodes[1]',
    );
    expectCodedError(
      await api.graphql(CREATE, { input: input({ targetCountries: ['XX'] }) }, editor.headers),
      'BAD_USER_INPUT',
      'input.targetCountries',
    );
    expectCodedError(
      await api.graphql(CREATE, { input: input({ slug: 'market-study-north-america-photonics-industry-4-0' }) }, editor.headers),
      'BAD_USER_INPUT',
      'input.slug',
    );
    expectCodedError(await api.graphql(CREATE, { input: input() }, stranger.headers), 'FORBIDDEN');
    expectCodedError(await api.graphql(CREATE, { input: input() }), 'UNAUTHENTICATED');
  });

  it('renders hostile Markdown inert: no script, no javascript: links, no event handlers', async () => {
    const body = [
      '# Title',
      '<script>alert("x")</script>',
      '[click](javascript:alert(1)) [click2](JaVaScRiPt:alert(2)) <a href="javascript:alert(3)">raw</a>',
      '<img src="https://example.org/a.png" onerror="alert(4)"> <div onclick="alert(5)" style="color:red">div</div>',
      '![x](data:image/svg+xml;base64,PHN2Zz4=) <iframe src="https://evil.example"></iframe> [ok](https://example.org/ok)',
    ].join('\n\n');
    const created = await api.graphql<{ createKnowledgeArticle: { id: string } }>(
      CREATE,
      { input: input({ slug: 'hostile-body', body }) },
      editor.headers,
    );
    expect(created.body.errors).toBeUndefined();
    const html = (await article('hostile-body')).bodyHtml;
    expect(html).not.toMatch(/<script|alert\("x"\)|javascript:|onerror|onclick|<iframe|style=|data:/i);
    expect(html).toContain('<h1>Title</h1>');
    expect(html).toContain('<a href="https://example.org/ok" rel="nofollow noopener noreferrer">ok</a>');
    expect(html).toContain('<img src="https://example.org/a.png" />');
    expect(html).toContain('<a rel="nofollow noopener noreferrer">click</a>');
  });

  it('is found by the platform search, typos included', async () => {
    const hits = async (query: string) =>
      (
        await api.graphql<{ search: { nodes: { __typename: string; slug?: string }[] } }>(
          `query($q: String!) { search(query: $q, first: 20) { nodes { __typename ... on KnowledgeArticle { slug } } } }`,
          { q: query },
        )
      ).body
        .data!.search.nodes.filter((n) => n.__typename === 'KnowledgeArticle')
        .map((n) => n.slug);
    expect(await hits('soft-landing')).toEqual(expect.arrayContaining(['mission-report-new-york-state-2019']));
    expect(await hits('Rochester')).toEqual(['mission-report-new-york-state-2019']);
    expect(await hits('Leitfaden ClusterXchnage')).toEqual(['leitfaden-clusterxchange-gruppenbesuch']);
    const listed = await api.graphql<{ knowledgeArticles: { nodes: { slug: string }[] } }>(
      `{ knowledgeArticles(query: "superclusters") { nodes { slug } } }`,
    );
    expect(listed.body.data!.knowledgeArticles.nodes).toEqual([{ slug: 'mission-report-eu-canada-matchmaking-2019' }]);
  });

  it('resolves related knowledge from organizations, terms, value chains and communities', async () => {
    const res = await api.graphql<{
      organization: { knowledge: { nodes: { slug: string }[] } };
      term: { knowledge: { nodes: { slug: string }[] } };
      valueChain: { knowledge: { nodes: { slug: string }[] } };
      community: { knowledge: { totalCount: number } };
    }>(`{
      organization(slug: "new-york-photonics") { knowledge(first: 10) { nodes { slug } } }
      term(code: "app.aerospace") { knowledge(first: 10) { nodes { slug } } }
      valueChain(slug: "microwave-photonic-sensing-aerospace") { knowledge(first: 10) { nodes { slug } } }
      community(slug: "microwave-photonics-aerospace") { knowledge(first: 10) { totalCount } }
    }`);
    expect(res.body.errors).toBeUndefined();
    const data = res.body.data!;
    expect(data.organization.knowledge.nodes).toEqual([{ slug: 'mission-report-new-york-state-2019' }]);
    expect(data.term.knowledge.nodes.map((n) => n.slug).sort()).toEqual([
      'ateliers-intersectoriels-photonique-industrie',
      'market-study-north-america-photonics-industry-4-0',
    ]);
    expect(data.valueChain.knowledge.nodes.map((n) => n.slug).sort()).toEqual([
      'ateliers-intersectoriels-photonique-industrie',
      'market-study-north-america-photonics-industry-4-0',
    ]);
    expect(data.community.knowledge.totalCount).toBeGreaterThan(0);
  });

  it('batches related knowledge: the statement count does not grow with the organizations listed', async () => {
    const query = `query($first: Int!) { organizations(first: $first, filter: { kinds: [CLUSTER] }) { nodes { slug knowledge(first: 5) { totalCount nodes { slug authors { slug } terms { code } valueChains { slug } event { slug } } } } } }`;
    const few = await api.graphql(query, { first: 2 });
    const many = await api.graphql(query, { first: 15 });
    expect(few.body.errors).toBeUndefined();
    expect(many.body.errors).toBeUndefined();
    expect(many.statements).toBe(few.statements);
  });
});
