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

interface ClusterFacts {
  organization: {
    name: string;
    members: { totalCount: number };
    events: { totalCount: number; nodes: { title: string }[] };
    kpis: { kpi: { code: string; name: string }; periods: { value: number | null; target: number | null }[] }[];
  };
}

test('cluster page: KPI charts, paged members, agreements and missions', async () => {
  const thisYear = new Date().getFullYear();
  const lastFiveYears = [4, 3, 2, 1, 0].map((ago) => String(thisYear - ago));
  const { organization: cluster } = await portal.api.graphql<ClusterFacts>(
    `query($periods: [String!]) {
      organization(slug: "photonics-bretagne") {
        name
        members(first: 1) { totalCount }
        events(first: 1) { totalCount nodes { title } }
        kpis(periods: $periods) { kpi { code name } periods { value target } }
      }
    }`,
    { periods: lastFiveYears },
  );
  // The page charts the KPIs with something to show over the last five years.
  const charted = cluster.kpis.filter((k) => k.periods.some((p) => !!p.value || p.target !== null));
  expect(charted.length).toBeGreaterThan(0);

  await page.goto('/organizations/photonics-bretagne');
  await page.getByRole('link', { name: /^Cluster page/ }).click();
  await page.waitForURL('**/clusters/photonics-bretagne');
  await expectText(page.locator('main h1'), cluster.name);
  await page.locator('.kpi-chart svg[role="img"]').first().waitFor();
  expect(await page.locator('.kpi-chart').count()).toBe(charted.length);
  // A KPI with values draws bars, and a KPI with targets draws its target marks.
  expect(await page.locator('.kpi-chart rect.kpi-bar').count()).toBeGreaterThan(0);
  if (charted.some((k) => k.periods.some((p) => p.target !== null))) {
    expect(await page.locator('.kpi-chart .kpi-target-mark').count()).toBeGreaterThan(0);
  }
  const members = page.locator('section[aria-labelledby="cluster-members"]');
  await members
    .locator('h2 .count')
    .filter({ hasText: String(cluster.members.totalCount) })
    .waitFor();
  if (cluster.events.nodes[0]) {
    await page.getByRole('heading', { name: cluster.events.nodes[0].title, level: 3 }).waitFor();
  }
  await expectAccessible(page, 'cluster');

  if (cluster.members.totalCount > 12) {
    const first = await members.locator('.org-card h3').first().textContent();
    await members.getByRole('button', { name: /Next/ }).click();
    await page.waitForFunction(
      (name) => document.querySelector('section[aria-labelledby="cluster-members"] .org-card h3')?.textContent !== name,
      first,
    );
    await members.getByRole('button', { name: /Previous/ }).click();
    await members
      .locator('.org-card h3')
      .first()
      .filter({ hasText: first ?? '' })
      .waitFor();
  }
});

interface Benchmark {
  kpiBenchmark: { nodes: { cluster: { name: string; slug: string }; rank: number }[] };
}

test('KPI dashboard: indicators over the years against targets, and benchmarking', async () => {
  const year = String(new Date().getFullYear());
  const expected = await portal.api.graphql<Benchmark>(
    `{ kpiBenchmark(kpi: "missions-held", period: "2023", first: 100) { nodes { cluster { name slug } rank } } }`,
  );
  await page.goto('/clusters/photonics-bretagne');
  await page.getByRole('link', { name: 'KPI dashboard and benchmarking' }).click();
  await page.waitForURL('**/clusters/photonics-bretagne/kpis');
  await page.locator('.kpi-chart').first().waitFor();
  // Five years by default: each chart has one axis label per year.
  expect(await page.locator('.kpi-chart').first().locator('.kpi-axis-label').count()).toBe(5);
  await page.getByLabel('From year').selectOption(String(Number(year) - 6));
  await page.waitForURL(/from=/);
  await page.locator('.kpi-chart').first().locator('.kpi-axis-label').nth(6).waitFor();

  await page.getByLabel('Indicator').selectOption({ label: 'Missions held' });
  await page.waitForURL(/kpi=missions-held/);
  await page.getByLabel('Period', { exact: true }).selectOption('2023');
  await page.waitForURL(/period=2023/);
  const rows = page.locator('.benchmark-row');
  await rows.nth(expected.kpiBenchmark.nodes.length - 1).waitFor();
  expect(await rows.count()).toBe(expected.kpiBenchmark.nodes.length);
  expect(await rows.locator('.benchmark-name').allTextContents()).toEqual(expected.kpiBenchmark.nodes.map((n) => n.cluster.name));
  await expectText(page.locator('.benchmark-self .benchmark-name'), /Photonics Bretagne/);
  await expectAccessible(page, 'kpi-dashboard');

  // The choice is in the URL: a reload shows the same benchmark.
  await page.reload();
  await expect(page.getByLabel('Indicator').inputValue()).resolves.toBe('missions-held');
  await expect(page.getByLabel('Period', { exact: true }).inputValue()).resolves.toBe('2023');
});

test('API explorer: GraphiQL bundled with the portal runs a query against /graphql', async () => {
  const { organizations } = await portal.api.graphql<{ organizations: { totalCount: number } }>(
    '{ organizations(filter: { kinds: [CLUSTER] }) { totalCount } }',
  );
  await page.goto('/');
  await page.getByRole('link', { name: 'API explorer' }).click();
  await page.waitForURL('**/api-explorer');
  await page.locator('.graphiql-container').waitFor();
  await page.locator('.graphiql-query-editor .monaco-editor').waitFor();
  await expectAccessible(page, 'api-explorer');
  await page.getByRole('button', { name: /Execute query/ }).click();
  const response = page.locator('.result-window');
  await response.filter({ hasText: `"totalCount": ${organizations.totalCount}` }).waitFor();
  await screenshot(page, 'api-explorer-result');
});
