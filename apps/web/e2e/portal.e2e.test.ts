import type { Page } from 'playwright-core';
import { expectAccessible } from './support/accessible';
import { openPage, screenshot } from './support/browser';
import { expectText } from './support/text';
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

const heading = (p: Page) => p.locator('main h1').first();

test('home: key figures, instant suggestions, and a profile opened from the search', async () => {
  const { organizations } = await portal.api.graphql<{ organizations: { totalCount: number } }>('{ organizations { totalCount } }');
  await page.goto('/');
  await expectText(heading(page), /Photonics value chains/);
  await page
    .getByRole('link', { name: /organizations$/ })
    .first()
    .waitFor();
  const figures = await page.locator('.figures strong').first().textContent();
  expect(Number(figures?.replace(/\D/g, ''))).toBe(organizations.totalCount);
  await page.getByRole('heading', { name: 'Latest agreements' }).waitFor();
  await page.locator('section[aria-labelledby="agreements-title"] li').first().waitFor();
  await expectAccessible(page, 'home');

  const search = page.getByRole('combobox', { name: 'Search organizations and technologies' });
  await search.fill('bretagne');
  const option = page.getByRole('option', { name: /Photonics Bretagne/ });
  await option.waitFor();
  await screenshot(page, 'home-suggestions');
  await search.press('ArrowDown');
  await search.press('Enter');
  await page.waitForURL('**/organizations/photonics-bretagne');
  await expectText(heading(page), 'Photonics Bretagne');
  await page.getByRole('heading', { name: /^Members/ }).waitFor();
  expect(await page.locator('section[aria-labelledby="members-title"] .org-card').count()).toBeGreaterThan(0);
  await expectAccessible(page, 'organization-cluster');
});

test('organization profile of a member: capabilities, needs and clusters', async () => {
  const data = await portal.api.graphql<{ organizations: { nodes: { slug: string; name: string }[] } }>(
    '{ organizations(first: 1, filter: { kinds: [SME], minTrl: 1 }) { nodes { slug name } } }',
  );
  const sme = data.organizations.nodes[0];
  if (!sme) throw new Error('the demo data has no SME with capabilities');
  await page.goto(`/organizations/${sme.slug}`);
  await expectText(heading(page), sme.name);
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
  await expectAccessible(page, 'organization-sme');

  await page.goto('/organizations/no-such-organization');
  await page.getByRole('alert').waitFor();
  await expectText(page.getByRole('alert'), /Nothing was found/);
  errors.length = 0; // The API's NOT_FOUND is logged by the browser as a failed request; it is expected here.
});

test('directory: filters live in the URL, survive a reload, paginate and show a map', async () => {
  await page.goto('/directory');
  const count = page.locator('#results-title');
  await count.filter({ hasText: /\d+ organizations/ }).waitFor();
  const all = await count.textContent();
  await expectAccessible(page, 'directory');

  await page.getByRole('checkbox', { name: /^SME/ }).check();
  await page.waitForURL(/kind=SME/);
  await page.getByLabel('Country').selectOption('FR');
  await page.waitForURL(/country=FR/);
  const expected = await portal.api.graphql<{ organizations: { totalCount: number } }>(
    '{ organizations(filter: { kinds: [SME], countries: ["FR"] }) { totalCount } }',
  );
  const filtered = `${expected.organizations.totalCount} organizations`;
  await count.filter({ hasText: filtered }).waitFor();
  expect(filtered).not.toBe(all);
  const names = await page.locator('.result-list h3').allTextContents();
  expect(names.length).toBeGreaterThan(0);

  await page.reload();
  await count.filter({ hasText: filtered }).waitFor();
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
  await expectAccessible(page, 'directory-map');
});

test('directory: a broad search ranked by relevance says where its ranking ends', async () => {
  // Every generated description says what the organization is "working on": more matches than the
  // API ranks. The last ranked page is reached by its cursor, as the Next button would.
  const { organizations } = await portal.api.graphql<{ organizations: { totalCount: number; pageInfo: { endCursor: string } } }>(
    '{ organizations(first: 80, filter: { search: "working" }) { totalCount pageInfo { endCursor } } }',
  );
  expect(organizations.totalCount).toBeGreaterThan(100);
  await page.goto(`/directory?q=working&after=${organizations.pageInfo.endCursor}`);
  await page.getByText('Ranked by relevance among the 100 newest matches.', { exact: false }).waitFor();
  expect(await page.locator('.result-list h3').count()).toBe(20);
  expect(await page.getByRole('button', { name: /Next/ }).isDisabled()).toBe(true);

  await page.goto('/directory?q=working');
  await page.locator('.result-list h3').first().waitFor();
  expect(await page.getByText('Ranked by relevance among', { exact: false }).count()).toBe(0);
});

test('language: switching changes the interface and the term labels, and is remembered', async () => {
  const { term } = await portal.api.graphql<{ term: { labels: { de: string } } }>('{ term(code: "tech.lasers") { labels { de } } }');
  await page.goto('/classification/term?code=tech.lasers');
  await page.getByLabel('Language').selectOption('de');
  await page.getByRole('link', { name: 'Verzeichnis' }).waitFor();
  await expectText(heading(page), term.labels.de);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
  await page.reload();
  await page.getByRole('link', { name: 'Verzeichnis' }).waitFor();
  await expectText(heading(page), term.labels.de);
  await expectAccessible(page, 'term-de');
});

test('classification: three trees, a term with its providers', async () => {
  await page.goto('/classification');
  for (const name of ['Enabling technologies', 'Application areas', 'Value-chain stages']) {
    await page.getByRole('heading', { name, level: 2 }).waitFor();
  }
  await expectAccessible(page, 'classification');
  await page.getByRole('link', { name: 'Light sources and lasers', exact: true }).first().click();
  await page.waitForURL(/code=tech\./);
  await page.getByRole('heading', { name: /^Providers/ }).waitFor();
  expect(await page.locator('.result-list .org-card').count()).toBeGreaterThan(0);
  await expectAccessible(page, 'term');
});

test('map: clusters and organizations drawn offline, each a link', async () => {
  await page.goto('/map');
  await page.locator('svg.world-map circle').first().waitFor();
  expect(await page.locator('svg.world-map circle.dot-cluster').count()).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'World' }).click();
  await expectAccessible(page, 'map');
});

test('an unknown address shows a not-found page', async () => {
  await page.goto('/no/such/page');
  await expectText(heading(page), 'Page not found');
  await expectAccessible(page, 'not-found');
});

interface Coverage {
  valueChainCoverage: {
    gapCount: number;
    stages: { label: string; isGap: boolean; providersElsewhere: { nodes: { organization: { name: string } }[] } | null }[];
  };
  term: { label: string };
}

test('value-chain explorer: a chain with its gaps, and a gap followed to a provider elsewhere', async () => {
  const expected = await portal.api.graphql<Coverage>(`{
    term(code: "app.automotive-mobility") { label }
    valueChainCoverage(application: "app.automotive-mobility", countries: ["FR"]) {
      gapCount
      stages { label isGap providersElsewhere(first: 5) { nodes { organization { name } } } }
    }
  }`);
  const gap = expected.valueChainCoverage.stages.find((s) => s.isGap && (s.providersElsewhere?.nodes.length ?? 0) > 0);
  if (!gap) throw new Error('the demo data has no fillable gap for automotive in France');

  await page.goto('/value-chains');
  await page.getByText('Choose an application area to see its value chain.').waitFor();
  await page.getByLabel('Application area').selectOption({ label: `${expected.term.label} (all)` });
  await page.waitForURL(/app=app.automotive-mobility/);
  await page.getByLabel('Country').selectOption('FR');
  await page.waitForURL(/country=FR/);
  await page
    .getByRole('status')
    .filter({ hasText: `Stages without a provider in this scope: ${expected.valueChainCoverage.gapCount}.` })
    .waitFor();
  expect(await page.locator('svg.sankey .node-gap').count()).toBe(expected.valueChainCoverage.gapCount);
  expect(await page.locator('.stage-gap').count()).toBe(expected.valueChainCoverage.gapCount);
  await expectAccessible(page, 'value-chain');

  const card = page.locator('.stage-gap').filter({ hasText: gap.label }).first();
  await card.getByRole('button', { name: 'Who fills this gap?' }).click();
  const provider = gap.providersElsewhere?.nodes[0]?.organization.name ?? '';
  await card.getByRole('link', { name: provider }).click();
  await page.waitForURL(/\/organizations\//);
  await expectText(page.locator('main h1').first(), provider);
});

test('communities: the list, a community with its members, links and graph', async () => {
  const { communities } = await portal.api.graphql<{ communities: { nodes: { slug: string; name: string }[] } }>(
    '{ communities(first: 1) { nodes { slug name } } }',
  );
  const community = communities.nodes[0];
  if (!community) throw new Error('the demo data has no community');
  await page.goto('/communities');
  await page.getByRole('link', { name: community.name }).click();
  await page.waitForURL(`**/communities/${community.slug}`);
  await expectText(heading(page), community.name);
  await page.getByRole('heading', { name: /^Members/ }).waitFor();
  await page.getByRole('heading', { name: /^Links/ }).waitFor();
  await expectAccessible(page, 'community');
  await page.goto('/communities');
  await page.locator('.card-grid .card').first().waitFor();
  await expectAccessible(page, 'communities');
});
