import type { Page } from 'playwright-core';
import { headersOf, signUp, type TestUser } from './support/accounts';
import { grantRole } from './support/signed-in-page';
import { signedInSuite, expectAccessible } from './support/signed-in-suite';
import { screenshot as screenshotOf } from './support/browser';
import { expectText } from './support/text';

const suite = signedInSuite();

interface Related {
  slug: string;
  name: string;
  knowledge: { totalCount: number; nodes: { slug: string; title: string }[] };
}

/** The cluster with the most related knowledge: more than the five its page shows. */
async function clusterWithMoreKnowledge(): Promise<Related> {
  const { organizations } = await suite.portal.api.graphql<{ organizations: { nodes: Related[] } }>(
    '{ organizations(first: 60, filter: { kinds: [CLUSTER] }) { nodes { slug name knowledge(first: 50) { totalCount nodes { slug title } } } } }',
  );
  const [best] = [...organizations.nodes].sort((a, b) => b.knowledge.totalCount - a.knowledge.totalCount);
  if (!best || best.knowledge.totalCount <= 5) throw new Error('no cluster has more than five related articles in the demo data');
  return best;
}

const listedTitles = (page: Page) => page.locator('.knowledge .card-title').allTextContents();

test('the "more" link of an organization’s related knowledge opens the same articles, filtered in the URL, across a reload', async () => {
  const cluster = await clusterWithMoreKnowledge();
  const expected = cluster.knowledge.nodes.map((n) => n.title);
  const page = await suite.open(null);
  await page.goto(`/organizations/${cluster.slug}`);
  const related = page.getByRole('region', { name: 'Related knowledge' });
  const more = related.getByRole('link', { name: `and ${cluster.knowledge.totalCount - 5} more in the knowledge base` });
  await more.click();
  await page.waitForURL((url) => url.pathname === '/knowledge');
  expect(new URL(page.url()).searchParams.get('organization')).toBe(cluster.slug);
  const chip = page.locator('.filter-chip', { hasText: `Related to ${cluster.name}` });
  await chip.waitFor();
  await expectText(page.getByRole('status').filter({ hasText: 'articles' }), `${cluster.knowledge.totalCount} articles`);
  expect(await listedTitles(page)).toEqual(expected);
  await expectAccessible(page, 'knowledge-list-filtered');

  await page.reload();
  await chip.waitFor();
  await expectText(page.getByRole('status').filter({ hasText: 'articles' }), `${cluster.knowledge.totalCount} articles`);
  expect(await listedTitles(page)).toEqual(expected);

  // Narrowing by kind keeps the organization; removing the chip keeps the kind; back restores both.
  await page.getByLabel('Kind of article').selectOption('MISSION_REPORT');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.waitForURL(
    (url) => url.searchParams.get('kind') === 'MISSION_REPORT' && url.searchParams.get('organization') === cluster.slug,
  );
  await chip.getByRole('link', { name: `Remove the filter Related to ${cluster.name}` }).click();
  await page.waitForURL((url) => url.searchParams.get('kind') === 'MISSION_REPORT' && !url.searchParams.has('organization'));
  await expectText(page.getByRole('status').filter({ hasText: 'articles' }), /^\d+ articles$/);
  await page.goBack();
  await chip.waitFor();
  expect(await page.getByLabel('Kind of article').inputValue()).toBe('MISSION_REPORT');
});

/** A write as another signed-in user would make it, through the API. */
async function mutateAs<T>(user: TestUser, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${suite.portal.api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headersOf(user) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

const HOSTILE_BODY = [
  '## Shipping to Canada',
  '',
  'Check the **CE to CSA** mapping first.',
  '',
  '<script>window.__injected = true</script>',
  '',
  '<p onclick="window.__injected = true">Click me</p>',
  '',
  '[a link](javascript:window.__injected=true)',
].join('\n');

test('an editor writes an article with a script in it (rendered inert), edits it, meets a conflict and sees the history; others see no edit button', async () => {
  const { organization } = await suite.portal.api.graphql<{ organization: { id: string; name: string } }>(
    '{ organization(slug: "photonics-bretagne") { id name } }',
  );
  const editor = await signUp(suite.portal.api.url, 'Knowledge Editor');
  const coEditor = await signUp(suite.portal.api.url, 'Second Editor');
  const stranger = await signUp(suite.portal.api.url, 'Just A Member');
  await grantRole(suite.portal, editor, 'ORGANIZATION_EDITOR', organization.id);
  await grantRole(suite.portal, coEditor, 'ORGANIZATION_EDITOR', organization.id);

  const page = await suite.open(editor);
  await page.goto('/organizations/photonics-bretagne');
  await page.getByRole('link', { name: `Write an article for ${organization.name}` }).click();
  await page.getByRole('heading', { level: 1, name: 'Write an article' }).waitFor();
  await page.getByLabel('Title').fill('Exporting photonic sensors to Canada');
  await page.getByLabel('Address (slug)').fill('guide-photonic-sensors-canada');
  await page.getByLabel('Kind of article').selectOption('GUIDE');
  await page.getByLabel('Summary').fill('Certification steps and partners.');
  await page.getByLabel('Body (Markdown)').fill(HOSTILE_BODY);
  await page.getByLabel('Add to Target countries').selectOption('CA');
  await page.getByRole('group', { name: 'Target countries' }).getByRole('button', { name: 'Add' }).click();
  await page.getByRole('group', { name: 'Target countries' }).locator('.filter-chip', { hasText: 'Canada' }).waitFor();
  const topics = page.getByLabel('Add to Topics');
  await topics.locator('option').nth(1).waitFor({ state: 'attached' });
  await topics.selectOption({ index: 1 });
  const topicLabel = await topics.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent ?? '');
  await page.getByRole('group', { name: 'Topics' }).getByRole('button', { name: 'Add' }).click();
  await page
    .getByRole('group', { name: 'Topics' })
    .locator('.filter-chip', { hasText: topicLabel.replace(/ \(all\)$/, '') })
    .waitFor();
  expect(
    await page.getByRole('group', { name: 'Authoring organizations' }).locator('.filter-chip', { hasText: organization.name }).count(),
  ).toBe(1);

  // The preview is the API's sanitized rendering.
  await page.getByRole('button', { name: 'Preview' }).click();
  await page.locator('.preview-body h2', { hasText: 'Shipping to Canada' }).waitFor();
  expect(await page.locator('.preview-body script, .preview-body [onclick]').count()).toBe(0);
  expect(await page.locator('.preview-body a[href^="javascript"]').count()).toBe(0);
  await expectAccessible(page, 'knowledge-editor-new');

  await page.getByRole('button', { name: 'Publish' }).click();
  await page.waitForURL((url) => url.pathname === '/knowledge/guide-photonic-sensors-canada');
  await page.getByRole('heading', { level: 1, name: 'Exporting photonic sensors to Canada' }).waitFor();
  await page.locator('.article-body strong', { hasText: 'CE to CSA' }).waitFor();
  expect(await page.locator('.article-body script, .article-body [onclick]').count()).toBe(0);
  expect(await page.evaluate(() => (window as { __injected?: boolean }).__injected)).toBeUndefined();
  await expectAccessible(page, 'knowledge-article-own');

  // Edit: a new version.
  await page.getByRole('link', { name: 'Edit this article' }).click();
  await page.getByRole('heading', { level: 1, name: 'Edit “Exporting photonic sensors to Canada”' }).waitFor();
  await page.getByLabel('Title').fill('Exporting photonic sensors to Canada and the USA');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expectText(page.locator('.form-status'), 'Saved as version 2.');
  await expectAccessible(page, 'knowledge-editor-edit');

  // Someone else saves meanwhile: this editor's next save is refused with a clear message.
  const { knowledgeArticle } = await suite.portal.api.graphql<{ knowledgeArticle: { id: string; version: number } }>(
    '{ knowledgeArticle(slug: "guide-photonic-sensors-canada") { id version } }',
  );
  expect(knowledgeArticle.version).toBe(2);
  await mutateAs(coEditor, 'mutation($input: UpdateKnowledgeArticleInput!) { updateKnowledgeArticle(input: $input) { version } }', {
    input: { id: knowledgeArticle.id, version: 2, summary: 'Changed by a colleague.' },
  });
  await page.getByLabel('Summary').fill('My own summary.');
  await page.getByRole('button', { name: 'Save changes' }).click();
  const conflict = page.getByRole('alert').filter({ hasText: 'Someone else saved a newer version of this article' });
  await conflict.waitFor();
  await screenshotOf(page, 'knowledge-editor-conflict');
  await conflict.getByRole('button', { name: 'Load the current version' }).click();
  await page.waitForFunction(
    () => (document.querySelector('#article-summary') as HTMLTextAreaElement | null)?.value === 'Changed by a colleague.',
  );

  // History: published, the editor's change, the colleague's change.
  await page.goto('/knowledge/guide-photonic-sensors-canada');
  await page.getByRole('link', { name: 'Version history' }).click();
  await page.getByRole('heading', { level: 1, name: 'Version history of “Exporting photonic sensors to Canada and the USA”' }).waitFor();
  const entries = page.locator('.history-list > li');
  await expectText(entries.nth(0), /^Changed · version 3 · .* · by Second EditorChanged: summary$/);
  await expectText(entries.nth(1), /^Changed · version 2 · .* · by Knowledge EditorChanged: title$/);
  await expectText(entries.last(), /^Published · version 1 · .* · by Knowledge Editor$/);
  await expectAccessible(page, 'knowledge-history');

  // A signed-in user without rights, and an anonymous visitor, see no edit button.
  const other = await suite.open(stranger);
  await other.goto('/knowledge/guide-photonic-sensors-canada');
  await other.getByRole('link', { name: 'Version history' }).waitFor();
  expect(await other.getByRole('link', { name: 'Edit this article' }).count()).toBe(0);
  await other.goto('/account/knowledge/guide-photonic-sensors-canada/edit');
  await other.getByText('You cannot edit this article').waitFor();
  const anonymous = await suite.open(null);
  await anonymous.goto('/knowledge/guide-photonic-sensors-canada');
  await anonymous.getByRole('heading', { level: 1, name: 'Exporting photonic sensors to Canada and the USA' }).waitFor();
  expect(await anonymous.getByRole('link', { name: 'Edit this article' }).count()).toBe(0);
  expect(await anonymous.getByRole('link', { name: 'Version history' }).count()).toBe(0);
});
