import type { Page } from 'playwright-core';
import { signUp } from './support/accounts';
import { grantRole } from './support/signed-in-page';
import { expectAccessible, signedInSuite } from './support/signed-in-suite';
import { expectText } from './support/text';

const suite = signedInSuite();
const PAGE_SIZE = 10;
const MEMBERS_PAGE_SIZE = 20;

const count = async (query: string) =>
  (await suite.portal.api.graphql<{ targetMarkets: { totalCount: number } }>(query)).targetMarkets.totalCount;
const cards = (page: Page) => page.locator('.market-card');
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

test('the list of target markets: highest potential first, more on demand, filters kept in the URL', async () => {
  const total = await count('{ targetMarkets { totalCount } }');
  expect(total).toBeGreaterThan(PAGE_SIZE); // the demo data profiles enough markets to page
  const page = await suite.open(null);
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Markets' }).click();
  await page.waitForURL(/\/markets$/);
  await expectText(page.locator('#markets-results'), `Markets found: ${total}`);
  await cards(page)
    .nth(PAGE_SIZE - 1)
    .waitFor();
  expect(await cards(page).count()).toBe(PAGE_SIZE);
  const potentials = (await page.locator('.market-card .potential-value').allTextContents()).map((text) => Number.parseInt(text, 10));
  expect(potentials).toEqual([...potentials].sort((a, b) => b - a));
  await expectText(page.locator('.load-more .meta'), `${PAGE_SIZE} of ${total} shown`);
  await expectAccessible(page, 'markets');

  // The next page is appended and focus moves to its first market.
  await page.getByRole('button', { name: 'Load more markets' }).click();
  await cards(page)
    .nth(total - 1)
    .waitFor();
  expect(await cards(page).count()).toBe(total);
  expect(await focusedText(page)).toBe(await cards(page).nth(PAGE_SIZE).locator('h3').textContent());
  expect(await page.getByRole('button', { name: 'Load more markets' }).count()).toBe(0);

  const inCanada = await count('{ targetMarkets(country: "CA") { totalCount } }');
  await page.getByLabel('Country').selectOption({ label: 'Canada' });
  await page.waitForURL(/\/markets\?country=CA$/);
  await expectText(page.locator('#markets-results'), `Markets found: ${inCanada}`);
  const manufacturing = await count('{ targetMarkets(country: "CA", application: "app.advanced-manufacturing") { totalCount } }');
  expect(manufacturing).toBeLessThan(inCanada);
  await page.getByLabel('Application area').selectOption('app.advanced-manufacturing');
  await page.waitForURL(/\/markets\?application=app.advanced-manufacturing&country=CA$/);
  await expectText(page.locator('#markets-results'), `Markets found: ${manufacturing}`);

  await page.reload();
  await expectText(page.locator('#markets-results'), `Markets found: ${manufacturing}`);
  expect(await page.getByLabel('Country').inputValue()).toBe('CA');
  expect(await page.getByLabel('Application area').inputValue()).toBe('app.advanced-manufacturing');
  expect(await cards(page).count()).toBe(manufacturing);

  await page.getByRole('link', { name: 'Canada: Advanced manufacturing' }).click();
  await page.waitForURL(/\/markets\/ca\/advanced-manufacturing$/);
  await expectText(page.locator('main h1'), 'Canada: Advanced manufacturing');
});

interface Profile {
  targetMarket: {
    potential: number;
    regulations: { title: string }[];
    missions: { totalCount: number; nodes: { title: string; outcomes: string }[] };
    interestedOrganizations: { totalCount: number };
  };
  knowledgeArticles: { nodes: { title: string }[] };
}

const profileOf = (country: string, application: string) =>
  suite.portal.api.graphql<Profile>(`{
    targetMarket(country: "${country}", application: "${application}") {
      potential
      regulations { title }
      missions(first: 1) { totalCount nodes { title outcomes } }
      interestedOrganizations(first: 1) { totalCount }
    }
    knowledgeArticles(targetCountry: "${country}", first: 5) { nodes { title } }
  }`);

test('a market profile: potential and sources, contacts and clusters linked to their pages, rules, fairs, missions, members, knowledge', async () => {
  const { targetMarket: canada, knowledgeArticles } = await profileOf('CA', 'app.advanced-manufacturing');
  const page = await suite.open(null);
  await page.goto('/markets/ca/advanced-manufacturing');
  await expectText(page.locator('main h1'), 'Canada: Advanced manufacturing');
  await expectText(page.locator('.potential-value'), `${canada.potential} / 100`);
  await page.getByRole('link', { name: 'https://optonique.ca/en/about/' }).waitFor();

  const optonique = page.locator('.market-cards li').filter({ has: page.getByRole('heading', { name: 'Optonique', level: 4 }) });
  await expectText(optonique.locator('.badge'), 'Partner cluster');
  expect(await optonique.getByRole('link', { name: 'Profile on LightBridge' }).getAttribute('href')).toBe('/clusters/optonique');
  expect(await optonique.getByRole('link', { name: 'optonique.ca' }).getAttribute('href')).toBe('https://optonique.ca');
  const clusters = page.locator('.inline-links');
  expect(await clusters.getByRole('link', { name: 'Optonique' }).getAttribute('href')).toBe('/clusters/optonique');

  await expectText(page.locator('#market-regulations .count'), String(canada.regulations.length));
  await page.getByRole('heading', { name: canada.regulations[0]?.title ?? '-', level: 3 }).waitFor();
  await page.getByRole('heading', { name: 'Upcoming', level: 3 }).waitFor();
  await page.getByRole('heading', { name: 'Photonics North', level: 4 }).waitFor();
  await expectText(page.locator('#market-missions .count'), String(canada.missions.totalCount));
  const latest = canada.missions.nodes[0];
  if (!latest) throw new Error('the demo data has no mission to Canada');
  const mission = page.locator('.market-cards li').filter({ has: page.getByRole('heading', { name: latest.title, level: 3 }) });
  await expectText(mission.locator('p[lang="en"]'), latest.outcomes);
  await expectText(page.locator('#market-interested .count'), String(canada.interestedOrganizations.totalCount));
  for (const article of knowledgeArticles.nodes)
    await page.locator('.related-knowledge').getByRole('link', { name: article.title }).waitFor();
  await expectAccessible(page, 'market-profile');

  // The chunk's own texts follow the language switch.
  await page.getByLabel('Language').selectOption('de');
  await expectText(page.locator('#market-potential'), 'Marktpotenzial');
  await expectText(page.locator('main h1'), 'Kanada: Fortschrittliche Fertigung');
  await page.getByLabel('Sprache').selectOption('en');

  await clusters.getByRole('link', { name: 'Optonique' }).click();
  await page.waitForURL(/\/clusters\/optonique$/);
  await expectText(page.locator('main h1'), 'Optonique');
});

test('the USA: Arizona Optics Valley and New York Photonics, and more interested members on demand', async () => {
  const { targetMarket: usa } = await profileOf('US', 'app.advanced-manufacturing');
  expect(usa.interestedOrganizations.totalCount).toBeGreaterThan(MEMBERS_PAGE_SIZE);
  const page = await suite.open(null);
  await page.goto('/markets/us/advanced-manufacturing');
  const clusters = page.locator('.inline-links');
  for (const [name, slug] of [
    ['Arizona Technology Council – Optics Valley', 'arizona-optics-valley'],
    ['New York Photonics', 'new-york-photonics'],
  ]) {
    expect(await clusters.getByRole('link', { name }).getAttribute('href')).toBe(`/clusters/${slug}`);
  }
  const members = page.locator('#market-interested ~ ul > li');
  await members.nth(MEMBERS_PAGE_SIZE - 1).waitFor();
  expect(await members.count()).toBe(MEMBERS_PAGE_SIZE);
  await page.getByRole('button', { name: 'Load more members' }).click();
  const shown = Math.min(usa.interestedOrganizations.totalCount, 2 * MEMBERS_PAGE_SIZE);
  await members.nth(shown - 1).waitFor();
  expect(await members.count()).toBe(shown);
  expect(await focusedText(page)).toBe(await members.nth(MEMBERS_PAGE_SIZE).locator('h3').textContent());
});

test('a market with little data shows empty sections; an unprofiled market says so', async () => {
  const { targetMarket: korea } = await profileOf('KR', 'app.telecom-datacom');
  expect([korea.regulations.length, korea.missions.totalCount]).toEqual([0, 0]);
  const page = await suite.open(null);
  await page.goto('/markets/kr/telecom-datacom');
  await expectText(page.locator('main h1'), 'South Korea: Telecom and datacom');
  for (const text of [
    'No regulation is recorded for this market yet.',
    'No trade fair is recorded for this market yet.',
    'No mission to this market is recorded yet.',
    'No cluster of this country is on the platform yet.',
  ])
    await page.getByText(text).waitFor();
  await expectAccessible(page, 'market-profile-empty');

  for (const path of ['/markets/fr/aerospace', '/markets/xx/no-such-area']) {
    await page.goto(path);
    await expectText(page.locator('main h1'), 'Market not profiled');
  }
  await expectAccessible(page, 'market-not-found');
  await page.getByRole('link', { name: 'All target markets' }).click();
  await page.waitForURL(/\/markets$/);
  await cards(page).first().waitFor();
});

test('the ways in: an organization’s export markets, a cluster’s missions and an article’s countries open the markets there', async () => {
  const page = await suite.open(null);
  const listed = async (url: RegExp, expected: number) => {
    await page.waitForURL(url);
    await expectText(page.locator('#markets-results'), `Markets found: ${expected}`);
  };
  const inCanada = await count('{ targetMarkets(country: "CA") { totalCount } }');

  await page.goto('/organizations/alpha-rlh');
  const exportMarkets = page.locator('#export-markets-title + ul');
  await exportMarkets.getByRole('link', { name: 'Canada: Aerospace' }).click();
  await listed(
    /\/markets\?application=app.aerospace&country=CA$/,
    await count('{ targetMarkets(country: "CA", application: "app.aerospace") { totalCount } }'),
  );
  await page.goBack();
  await exportMarkets.getByRole('link', { name: 'Japan', exact: true }).waitFor();
  await expectAccessible(page, 'organization-export-markets');

  await page.goto('/clusters/alpha-rlh');
  const mission = page
    .locator('.activity-list li')
    .filter({ has: page.getByRole('heading', { name: 'EU–Canada cluster matchmaking mission' }) });
  await mission.getByRole('link', { name: 'Canada' }).click();
  await listed(/\/markets\?country=CA$/, inCanada);

  await page.goto('/knowledge/market-study-north-america-photonics-industry-4-0');
  await page.locator('.facts').getByRole('link', { name: 'Canada' }).click();
  await listed(/\/markets\?country=CA$/, inCanada);
});

test('the assessment’s advice on weak market knowledge leads to the target markets', async () => {
  const { organizations, exportReadinessQuestionnaire: questionnaire } = await suite.portal.api.graphql<{
    organizations: { nodes: { id: string }[] };
    exportReadinessQuestionnaire: { dimensions: { dimension: string; questions: { code: string; options: { code: string }[] }[] }[] };
  }>(`{
    organizations(first: 1, filter: { kinds: [SME] }) { nodes { id } }
    exportReadinessQuestionnaire { dimensions { dimension questions { code options { code } } } }
  }`);
  const sme = organizations.nodes[0];
  if (!sme) throw new Error('the demo data has no SME');
  const user = await signUp(suite.portal.api.url, 'Market Learner');
  await grantRole(suite.portal, user, 'ORGANIZATION_EDITOR', sme.id);
  const page = await suite.open(user);
  await page.goto('/assessment');
  await page.getByRole('button', { name: 'See my results' }).waitFor();
  // Everything at the top except market knowledge, at the bottom.
  for (const dimension of questionnaire.dimensions) {
    for (const question of dimension.questions) {
      const options = question.options.map((o) => o.code);
      const option = dimension.dimension === 'MARKET_KNOWLEDGE' ? options[0]! : options[options.length - 1]!;
      await page.locator(`input[id="${question.code}-${option}"]`).check();
    }
  }
  await page.getByRole('button', { name: 'See my results' }).click();
  await page.getByRole('heading', { level: 1, name: 'Export-readiness results' }).waitFor();
  expect(await page.locator('.recommendations > li').count()).toBe(1);
  await page
    .locator('.recommendations')
    .getByRole('link', { name: 'Market potential, contacts, rules and trade fairs by country' })
    .click();
  await page.waitForURL(/\/markets$/);
  await cards(page).first().waitFor();
});
