import type { Page } from 'playwright-core';
import { signedInSuite, expectAccessible } from './support/signed-in-suite';
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
