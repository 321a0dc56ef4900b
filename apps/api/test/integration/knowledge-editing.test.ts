import type { DataSource } from 'typeorm';
import { globalId, grant, signUpUser, type SignedInUser } from '../support/accounts';
import { startTestApi, type TestApi } from '../support/api';
import { openTestDataSource, resetDatabase } from '../support/database';
import { expectCodedError } from '../support/expect-error';

// What the portal's article editor relies on: who may edit (to show the button only to them)
// and a preview rendered by the same sanitizer as the stored body.

let api: TestApi;
let db: DataSource;
let writer: SignedInUser;
let coEditor: SignedInUser;
let curator: SignedInUser;
let manager: SignedInUser;
let stranger: SignedInUser;
let writerOrg: number;

const orgId = async (slug: string) => ((await db.query(`SELECT id FROM organization WHERE slug = $1`, [slug])) as { id: number }[])[0]!.id;

beforeAll(async () => {
  await resetDatabase({ demo: 30 });
  api = await startTestApi();
  db = await openTestDataSource();
  writerOrg = await orgId('photonics-bretagne');
  writer = await signUpUser(api, 'writer@knowledge-editing.test');
  coEditor = await signUpUser(api, 'co-editor@knowledge-editing.test');
  curator = await signUpUser(api, 'curator@knowledge-editing.test');
  manager = await signUpUser(api, 'manager@knowledge-editing.test');
  stranger = await signUpUser(api, 'stranger@knowledge-editing.test');
  await grant(db, writer.userId, 'ORGANIZATION_EDITOR', writerOrg);
  await grant(db, coEditor.userId, 'ORGANIZATION_EDITOR', writerOrg);
  await grant(db, curator.userId, 'CURATOR');
  // Manages another cluster: no right on this article.
  await grant(db, manager.userId, 'CLUSTER_MANAGER', await orgId('produtech'));
});

afterAll(async () => {
  await db.destroy();
  await api.stop();
});

const BODY = '## Steps\n\n<script>alert(1)</script>[ok](https://example.org) <a href="javascript:alert(2)" onclick="x()">bad</a>';

async function canEdit(slug: string, headers: Record<string, string> = {}): Promise<boolean> {
  const res = await api.graphql<{ knowledgeArticle: { viewerCanEdit: boolean } }>(
    `query($slug: String!) { knowledgeArticle(slug: $slug) { viewerCanEdit } }`,
    { slug },
    headers,
  );
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.knowledgeArticle.viewerCanEdit;
}

describe('knowledge article editing support', () => {
  it('previews a body exactly as it is stored once saved, for signed-in users only', async () => {
    const preview = await api.graphql<{ knowledgeArticlePreview: string }>(
      `query($body: String!) { knowledgeArticlePreview(body: $body) }`,
      { body: BODY },
      stranger.headers,
    );
    expect(preview.body.errors).toBeUndefined();
    const html = preview.body.data!.knowledgeArticlePreview;
    expect(html).toContain('<h2>Steps</h2>');
    expect(html).not.toMatch(/<script|alert|javascript:|onclick/i);

    const created = await api.graphql(
      `mutation($input: CreateKnowledgeArticleInput!) { createKnowledgeArticle(input: $input) { id } }`,
      {
        input: {
          slug: 'editing-support',
          kind: 'GUIDE',
          language: 'EN',
          title: 'Editing support',
          body: BODY,
          authorIds: [globalId('Organization', writerOrg)],
        },
      },
      writer.headers,
    );
    expect(created.body.errors).toBeUndefined();
    const stored = await api.graphql<{ knowledgeArticle: { bodyHtml: string } }>(
      `{ knowledgeArticle(slug: "editing-support") { bodyHtml } }`,
    );
    expect(stored.body.data!.knowledgeArticle.bodyHtml).toBe(html);

    expectCodedError(await api.graphql(`query { knowledgeArticlePreview(body: "x") }`), 'UNAUTHENTICATED');
    expectCodedError(await api.graphql(`query { knowledgeArticlePreview(body: "") }`, {}, stranger.headers), 'BAD_USER_INPUT', 'body');
  });

  it('tells each viewer whether they may edit: writer, editors of an author, curators yes; others no', async () => {
    expect(await canEdit('editing-support', writer.headers)).toBe(true);
    expect(await canEdit('editing-support', coEditor.headers)).toBe(true);
    expect(await canEdit('editing-support', curator.headers)).toBe(true);
    expect(await canEdit('editing-support', manager.headers)).toBe(false);
    expect(await canEdit('editing-support', stranger.headers)).toBe(false);
    expect(await canEdit('editing-support')).toBe(false);
    // The writer keeps the right after losing the editor role, as the mutation allows.
    await db.query(`DELETE FROM role_grant WHERE user_id = $1`, [writer.userId]);
    expect(await canEdit('editing-support', writer.headers)).toBe(true);
    expect(await canEdit('guide-export-readiness-first-steps', writer.headers)).toBe(false);
  });

  it('agrees with the mutation: whoever is told no is refused', async () => {
    const { id, version } = (
      await api.graphql<{ knowledgeArticle: { id: string; version: number } }>(
        `{ knowledgeArticle(slug: "editing-support") { id version } }`,
      )
    ).body.data!.knowledgeArticle;
    const update = (headers: Record<string, string>) =>
      api.graphql(
        `mutation($input: UpdateKnowledgeArticleInput!) { updateKnowledgeArticle(input: $input) { version } }`,
        { input: { id, version, title: 'Changed' } },
        headers,
      );
    expectCodedError(await update(manager.headers), 'FORBIDDEN');
    expectCodedError(await update(stranger.headers), 'FORBIDDEN');
    const ok = await update(curator.headers);
    expect(ok.body.errors).toBeUndefined();
  });
});
