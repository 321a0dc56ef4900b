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
  await screenshot(page, 'value-chain');
  expect(await axeViolations(page)).toEqual([]);

  const card = page.locator('.stage-gap').filter({ hasText: gap.label }).first();
  await card.getByRole('button', { name: 'Who fills this gap?' }).click();
  const provider = gap.providersElsewhere?.nodes[0]?.organization.name ?? '';
  await card.getByRole('link', { name: provider }).click();
  await page.waitForURL(/\/organizations\//);
  await expect(page.locator('main h1').first().textContent()).resolves.toBe(provider);
});
