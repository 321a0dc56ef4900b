import type { Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { openPage, screenshot } from './support/browser';
import { startPortal, type PortalFixture } from './support/portal-fixture';

let portal: PortalFixture;
let page: Page;
let errors: string[];

beforeAll(async () => {
  portal = await startPortal();
}, 180_000);
afterAll(() => portal?.close());

beforeEach(async () => {
  ({ page, errors } = await openPage(portal.browser, portal.api.url));
});
afterEach(async () => {
  await page?.context().close();
  expect(errors).toEqual([]);
});

async function expectAccessible(name: string): Promise<void> {
  await screenshot(page, name);
  expect(await axeViolations(page)).toEqual([]);
}

const heading = (p: Page) => p.locator('main h1').first();

test('home: key figures, instant suggestions, and a profile opened from the search', async () => {
  const { organizations } = await portal.api.graphql<{ organizations: { totalCount: number } }>('{ organizations { totalCount } }');
  await page.goto('/');
  await expect(heading(page).textContent()).resolves.toContain('Photonics value chains');
  await page
    .getByRole('link', { name: /organizations$/ })
    .first()
    .waitFor();
  const figures = await page.locator('.figures strong').first().textContent();
  expect(Number(figures?.replace(/\D/g, ''))).toBe(organizations.totalCount);
  await page.getByRole('heading', { name: 'Latest agreements' }).waitFor();
  await page.locator('section[aria-labelledby="agreements-title"] li').first().waitFor();
  await expectAccessible('home');

  const search = page.getByRole('combobox', { name: 'Search organizations and technologies' });
  await search.fill('bretagne');
  const option = page.getByRole('option', { name: /Photonics Bretagne/ });
  await option.waitFor();
  await screenshot(page, 'home-suggestions');
  await search.press('ArrowDown');
  await search.press('Enter');
  await page.waitForURL('**/organizations/photonics-bretagne');
  await expect(heading(page).textContent()).resolves.toBe('Photonics Bretagne');
  await page.getByRole('heading', { name: /^Members/ }).waitFor();
  expect(await page.locator('section[aria-labelledby="members-title"] .org-card').count()).toBeGreaterThan(0);
  await expectAccessible('organization-cluster');
});

test('organization profile of a member: capabilities, needs and clusters', async () => {
  const data = await portal.api.graphql<{ organizations: { nodes: { slug: string; name: string }[] } }>(
    '{ organizations(first: 1, filter: { kinds: [SME], minTrl: 1 }) { nodes { slug name } } }',
  );
  const sme = data.organizations.nodes[0];
  if (!sme) throw new Error('the demo data has no SME with capabilities');
  await page.goto(`/organizations/${sme.slug}`);
  await expect(heading(page).textContent()).resolves.toBe(sme.name);
  expect(await page.locator('table tbody tr').count()).toBeGreaterThan(0);
  const { matches } = await portal.api.graphql<{ matches: { nodes: { organization: { name: string } }[] } }>(
    'query($slug: String!) { matches(organization: $slug, first: 5) { nodes { organization { name } } } }',
    { slug: sme.slug },
  );
  const list = page.locator('section[aria-labelledby="matches-title"]');
  if (matches.nodes[0]) {
    await list.getByRole('link', { name: matches.nodes[0].organization.name }).waitFor();
    expect(await list.locator('.reasons li').count()).toBeGreaterThan(0);
  } else {
    await list.getByText('No complementary organization found yet.').waitFor();
  }
  await expectAccessible('organization-sme');

  await page.goto('/organizations/no-such-organization');
  await page.getByRole('alert').waitFor();
  await expect(page.getByRole('alert').textContent()).resolves.toContain('Nothing was found');
  errors.length = 0; // The API's NOT_FOUND is logged by the browser as a failed request; it is expected here.
});

test('directory: filters live in the URL, survive a reload, paginate and show a map', async () => {
  await page.goto('/directory');
  const count = page.locator('#results-title');
  await count.filter({ hasText: /\d+ organizations/ }).waitFor();
  const all = await count.textContent();
  await expectAccessible('directory');

  await page.getByRole('checkbox', { name: /^SME/ }).check();
  await page.waitForURL(/kind=SME/);
  await page.getByLabel('Country').selectOption('FR');
  await page.waitForURL(/country=FR/);
  await page.waitForFunction((before) => document.querySelector('#results-title')?.textContent !== before, all);
  const filtered = await count.textContent();
  expect(filtered).not.toBe(all);
  const names = await page.locator('.result-list h3').allTextContents();
  expect(names.length).toBeGreaterThan(0);

  await page.reload();
  await count.filter({ hasText: filtered ?? '' }).waitFor();
  expect(await page.getByRole('checkbox', { name: /^SME/ }).isChecked()).toBe(true);
  expect(await page.getByLabel('Country').inputValue()).toBe('FR');
  expect(await page.locator('.result-list h3').allTextContents()).toEqual(names);

  // Back to the unfiltered list, then the next page by cursor.
  await page.goBack();
  await page.waitForURL((url) => !url.search.includes('country'));
  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await page.waitForURL((url) => url.search === '');
  const firstPage = await page.locator('.result-list h3').first().textContent();
  await page.getByRole('button', { name: /Next/ }).click();
  await page.waitForURL(/after=/);
  await page.waitForFunction((first) => document.querySelector('.result-list h3')?.textContent !== first, firstPage);

  await page.getByRole('button', { name: 'Map', exact: true }).click();
  await page.waitForURL(/view=map/);
  await page.locator('svg.world-map circle').first().waitFor();
  await expectAccessible('directory-map');
});

test('language: switching changes the interface and the term labels, and is remembered', async () => {
  const { term } = await portal.api.graphql<{ term: { labels: { de: string } } }>('{ term(code: "tech.lasers") { labels { de } } }');
  await page.goto('/classification/term?code=tech.lasers');
  await page.getByLabel('Language').selectOption('de');
  await page.getByRole('link', { name: 'Verzeichnis' }).waitFor();
  await expect(heading(page).textContent()).resolves.toBe(term.labels.de);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
  await page.reload();
  await page.getByRole('link', { name: 'Verzeichnis' }).waitFor();
  await expect(heading(page).textContent()).resolves.toBe(term.labels.de);
  await expectAccessible('term-de');
});

test('classification: three trees, a term with its providers', async () => {
  await page.goto('/classification');
  for (const name of ['Enabling technologies', 'Application areas', 'Value-chain stages']) {
    await page.getByRole('heading', { name, level: 2 }).waitFor();
  }
  await expectAccessible('classification');
  await page.getByRole('link', { name: 'Light sources and lasers', exact: true }).first().click();
  await page.waitForURL(/code=tech\./);
  await page.getByRole('heading', { name: /^Providers/ }).waitFor();
  expect(await page.locator('.result-list .org-card').count()).toBeGreaterThan(0);
  await expectAccessible('term');
});

test('map: clusters and organizations drawn offline, each a link', async () => {
  await page.goto('/map');
  await page.locator('svg.world-map circle').first().waitFor();
  expect(await page.locator('svg.world-map circle.dot-cluster').count()).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'World' }).click();
  await expectAccessible('map');
});

test('an unknown address shows a not-found page', async () => {
  await page.goto('/no/such/page');
  await expect(heading(page).textContent()).resolves.toBe('Page not found');
  await expectAccessible('not-found');
});
