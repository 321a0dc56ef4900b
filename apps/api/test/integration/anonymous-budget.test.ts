import fs from 'node:fs';
import path from 'node:path';
import { launchChromium, type Browser, type Page } from '../../../../packages/widgets/test/browser';
import { startTestApi, type TestApi } from '../support/api';
import { resetDatabase } from '../support/database';
import { ensureManifestsBuilt, PORTAL_MANIFEST, readManifest, repoRoot } from '../support/registered-operations';

// The anonymous portal tier: browsing (the portal's registered operations) spends its own, larger
// budget per address; ad-hoc queries from that address spend the small one. Both end in 429.
const DEFAULT_REGISTERED_BUDGET = 10_000;
/** One page view every 5 seconds for an hour, without pause: far more than a person browses. */
const PAGE_VIEWS_PER_HOUR = 720;

interface Seen {
  status: number;
  used: number;
  limit: number;
}

/** Page views of a browsing session, each a full load (nothing reused from Apollo's cache): the worst case. */
async function browse(page: Page, base: string): Promise<number> {
  const views: [string, () => Promise<unknown>][] = [
    ['/', () => page.locator('.figures strong').first().waitFor()],
    ['/directory', () => page.locator('.org-card').first().waitFor()],
    ['/classification', () => page.locator('main li').first().waitFor()],
    ['/map', () => page.locator('main h1').first().waitFor()],
    ['/communities', () => page.locator('main h1').first().waitFor()],
    ['/value-chains', () => page.locator('main h1').first().waitFor()],
    ['/clusters/photonics-bretagne', () => page.locator('main h1').first().waitFor()],
  ];
  let count = 0;
  for (const [pathname, ready] of views) {
    await page.goto(`${base}${pathname}`, { waitUntil: 'networkidle' });
    await ready();
    count += 1;
  }
  await page.goto(`${base}/directory`, { waitUntil: 'networkidle' });
  for (let i = 0; i < 3; i += 1) {
    await page.getByRole('button', { name: /Next/ }).first().click();
    await page.waitForLoadState('networkidle');
    count += 1;
  }
  const profiles = await page.locator('.org-card a').evaluateAll((links) => links.slice(0, 6).map((a) => a.getAttribute('href')));
  for (const href of profiles) {
    await page.goto(`${base}${href}`, { waitUntil: 'networkidle' });
    await page.locator('main h1').first().waitFor();
    count += 1;
  }
  await page.goto(`${base}/`, { waitUntil: 'networkidle' });
  const search = page.getByRole('combobox', { name: 'Search organizations and technologies' });
  for (const typed of ['las', 'laser', 'laser bre']) {
    await search.fill(typed);
    await page.locator('[role=listbox] [role=option]').first().waitFor();
    await page.waitForLoadState('networkidle');
  }
  return count + 2;
}

async function post(api: TestApi, body: unknown): Promise<Response> {
  return fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

let chromium: { browser: Browser; close(): Promise<void> };
let portal: Record<string, string>;

beforeAll(async () => {
  ensureManifestsBuilt();
  portal = readManifest(PORTAL_MANIFEST);
  await resetDatabase({ demo: 200 });
  chromium = await launchChromium();
}, 300_000);
afterAll(() => chromium?.close());

describe('with the default budgets', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({
      WEB_DIST_DIR: path.join(repoRoot, 'apps/web/dist'),
      ANONYMOUS_HOURLY_BUDGET: '',
      ANONYMOUS_REGISTERED_HOURLY_BUDGET: '',
    });
  });
  afterAll(() => api.stop());

  it('lets one person browse the portal for an hour without a 429, on the registered-operations budget', async () => {
    const page = await chromium.browser.newPage();
    const seen: Seen[] = [];
    page.on('response', (response) => {
      if (!response.url().endsWith('/graphql')) return;
      const headers = response.headers();
      seen.push({ status: response.status(), used: Number(headers['x-ratelimit-used']), limit: Number(headers['x-ratelimit-limit']) });
    });
    const views = await browse(page, api.url);
    await page.close();
    expect(seen.filter((s) => s.status !== 200)).toEqual([]);
    expect(new Set(seen.map((s) => s.limit))).toEqual(new Set([DEFAULT_REGISTERED_BUDGET]));
    const points = Math.max(...seen.map((s) => s.used));
    const perHour = Math.ceil((points / views) * PAGE_VIEWS_PER_HOUR);
    fs.mkdirSync(path.join(repoRoot, 'test-artifacts'), { recursive: true });
    fs.writeFileSync(
      path.join(repoRoot, 'test-artifacts', 'anonymous-budget.json'),
      `${JSON.stringify({ views, requests: seen.length, points, pointsPerView: points / views, perHourAt720Views: perHour }, null, 2)}\n`,
    );
    expect(perHour).toBeLessThanOrEqual(DEFAULT_REGISTERED_BUDGET);
    // The ad-hoc budget of the same address is untouched by browsing.
    const adHoc = await post(api, { query: '{ organizations(first: 1) { totalCount } }' });
    expect(adHoc.headers.get('x-ratelimit-limit')).toBe('1000');
    expect(adHoc.headers.get('x-ratelimit-used')).toBe('1');
  });
});

describe('an abusive address', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ ANONYMOUS_HOURLY_BUDGET: '10', ANONYMOUS_REGISTERED_HOURLY_BUDGET: '20' });
  });
  afterAll(() => api.stop());

  it('is refused with 429 on either budget, and each budget is its own', async () => {
    const [directory] = Object.entries(portal).find(([, document]) => document.startsWith('query Directory('))!;
    const hashOnly = { extensions: { persistedQuery: { version: 1, sha256Hash: directory } }, variables: { first: 20 } };
    let registered = await post(api, hashOnly);
    let floods = 0;
    while (registered.status === 200) {
      expect(registered.headers.get('x-ratelimit-limit')).toBe('20');
      registered = await post(api, hashOnly);
      floods += 1;
    }
    expect(registered.status).toBe(429);
    expect(floods).toBeLessThanOrEqual(20);
    expect(Number(registered.headers.get('retry-after'))).toBeGreaterThan(0);
    // The ad-hoc budget is separate, and ends the same way.
    let adHoc = await post(api, { query: '{ organizations(first: 1) { totalCount } }' });
    expect(adHoc.headers.get('x-ratelimit-limit')).toBe('10');
    while (adHoc.status === 200) adHoc = await post(api, { query: '{ organizations(first: 1) { totalCount } }' });
    expect(adHoc.status).toBe(429);
    expect(((await adHoc.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('RATE_LIMITED');
  });
});
