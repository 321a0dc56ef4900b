import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { WIDGETS_DIST_DIR } from '../../src/http/widgets-route';
import {
  launchChromium,
  startHostSite,
  type Browser,
  type HostSite,
  type Locator,
  type Page,
} from '../../../../packages/widgets/test/browser';
import { startTestApi, type TestApi } from '../support/api';
import { openTestDataSource, resetDatabase } from '../support/database';

// End to end: the built script, served by the real API, embedded in pages of two other origins
// (one allowed by the API's CORS settings, one not) and driven in headless Chromium.
const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
const artifacts = path.join(repoRoot, 'test-artifacts');
const XSS = '<img src=x onerror=alert(1)>';
const XSS_CLUSTER = '<svg onload=alert(2)>';

let api: TestApi;
let host: HostSite;
let foreign: HostSite;
let chromium: { browser: Browser; close(): Promise<void> };
let manifest: { script: string; gzipBytes: number; budgetBytes: number; hash: string };

function buildWidgets(extra: string[] = []) {
  return spawnSync(process.execPath, [path.join(repoRoot, 'packages/widgets/scripts/build.mjs'), ...extra], { encoding: 'utf8' });
}

async function insertHostileOrganizations(): Promise<void> {
  const db = await openTestDataSource();
  try {
    const [cluster] = (await db.query(
      `INSERT INTO organization (slug, name, kind, country, city, latitude, longitude, description)
       VALUES ('xss-probe-cluster', $1, 'CLUSTER', 'FR', 'Lannion', 48.73, -3.46, 'A cluster with a hostile name.') RETURNING id`,
      [XSS_CLUSTER],
    )) as { id: number }[];
    const [member] = (await db.query(
      `INSERT INTO organization (slug, name, kind, country, city, latitude, longitude, description, website)
       VALUES ('xss-probe', $1, 'SME', 'FR', $2, 48.11, -1.68, $3, 'javascript:alert(3)') RETURNING id`,
      [XSS, '<b>Rennes</b>', '<script>alert(4)</script> makes lasers'],
    )) as { id: number }[];
    await db.query(`INSERT INTO membership (organization_id, cluster_id, status) VALUES ($1, $2, 'ACTIVE')`, [member!.id, cluster!.id]);
    const [capability] = (await db.query(
      `INSERT INTO capability (organization_id, technology_id, stage_id, trl)
       SELECT $1, (SELECT id FROM term WHERE code = 'tech.lasers'), (SELECT id FROM term WHERE code = 'stage.components'), 7
       RETURNING id`,
      [member!.id],
    )) as { id: number }[];
    await db.query(
      `INSERT INTO capability_application (capability_id, application_id) SELECT $1, id FROM term WHERE code = 'app.automotive-mobility'`,
      [capability!.id],
    );
  } finally {
    await db.destroy();
  }
}

/** A host page: the script from the API, the given body, and hostile global styles. */
function hostPage(body: string, scriptSrc = `${api.url}/widgets.js`): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<style>
  body { font-family: serif; color: rgb(255, 0, 0); line-height: 3; margin: 8px; }
  * { color: rgb(255, 0, 0) !important; font-family: serif !important; }
  li, p, h2, a, button, input, ul { border: 5px solid rgb(255, 0, 0); background: rgb(255, 255, 0); text-transform: uppercase; }
</style>
<script src="${scriptSrc}" defer></script></head><body>${body}
<ul id="host-list"><li id="host-li">host item</li></ul><p id="host-status" class="status muted row name lb">host paragraph</p>
</body></html>`;
}

function attrs(extra: string): string {
  return `api="${api.url}" ${extra}`;
}

async function open(page: Page, url: string): Promise<string[]> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(url);
  return dialogs;
}

/** Runs JavaScript in the page; written as text because this test program has no DOM types. */
function inPage<T = unknown>(page: Page, expression: string): Promise<T> {
  return page.evaluate(expression) as Promise<T>;
}

/** The text of an element once it has some: widgets render their frame first and fill it when the data arrives. */
async function textOf(locator: Locator): Promise<string | null> {
  await locator.filter({ hasText: /\S/ }).first().waitFor();
  return locator.textContent();
}

async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: path.join(artifacts, `widgets-${name}.png`), fullPage: true });
}

beforeAll(async () => {
  const built = buildWidgets();
  if (built.status !== 0) throw new Error(`widgets build failed: ${built.stderr}`);
  manifest = JSON.parse(fs.readFileSync(path.join(WIDGETS_DIST_DIR, 'manifest.json'), 'utf8')) as typeof manifest;
  await resetDatabase({ demo: 300 });
  await insertHostileOrganizations();
  host = await startHostSite();
  foreign = await startHostSite();
  api = await startTestApi({ CORS_ORIGINS: host.origin });
  chromium = await launchChromium();
}, 120_000);

afterAll(async () => {
  await chromium?.close();
  await api?.stop();
  await host?.stop();
  await foreign?.stop();
});

describe('the widget script', () => {
  it('stays within the gzip budget, and the build fails above it without touching dist', () => {
    expect(manifest.gzipBytes).toBeGreaterThan(1000);
    expect(manifest.gzipBytes).toBeLessThanOrEqual(15 * 1024);
    const over = buildWidgets(['--budget=1000']);
    expect(over.status).toBe(1);
    expect(over.stderr).toContain('over the size budget');
    expect(fs.existsSync(path.join(WIDGETS_DIST_DIR, manifest.script))).toBe(true);
  });

  it('is served with CORS for any origin: /widgets.js briefly cached, the hashed file immutable', async () => {
    const current = await fetch(`${api.url}/widgets.js`, { headers: { origin: foreign.origin } });
    expect(current.status).toBe(200);
    expect(current.headers.get('access-control-allow-origin')).toBe('*');
    expect(current.headers.get('cache-control')).toBe('public, max-age=300');
    expect(current.headers.get('content-type')).toContain('javascript');
    const body = await current.text();
    const hashed = await fetch(`${api.url}/${manifest.script}`);
    expect(hashed.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await hashed.text()).toBe(body);
    const revalidated = await fetch(`${api.url}/widgets.js`, { headers: { 'if-none-match': `"${manifest.hash}"` } });
    expect(revalidated.status).toBe(304);
    expect((await fetch(`${api.url}/widgets/demo.html`)).headers.get('content-type')).toContain('text/html');
    expect((await fetch(`${api.url}/widgets.js`, { method: 'POST' })).status).toBe(405);
    expect((await fetch(`${api.url}/widgets.0000.js`)).status).toBe(404);
  });

  it('exports every document it sends in dist/operations.json, keyed by sha256', () => {
    const operations = JSON.parse(fs.readFileSync(path.join(WIDGETS_DIST_DIR, 'operations.json'), 'utf8')) as Record<string, string>;
    expect(Object.keys(operations)).toHaveLength(5);
    for (const [hash, document] of Object.entries(operations)) {
      expect(hash).toMatch(/^[0-9a-f]{64}$/);
      expect(document).toMatch(/^query LightBridge\w+\(/);
    }
  });
});

describe('widgets on a page of another origin', () => {
  let page: Page;
  let dialogs: string[];

  beforeAll(async () => {
    page = await chromium.browser.newPage({ viewport: { width: 1100, height: 900 } });
    dialogs = await open(
      page,
      host.page(
        '/all.html',
        hostPage(`
<lightbridge-members id="members" ${attrs('cluster="photonics-bretagne" page-size="5" portal-url="https://portal.example"')}></lightbridge-members>
<lightbridge-members id="members-de" ${attrs('cluster="alpha-rlh" page-size="3" lang="de" theme="dark"')}></lightbridge-members>
<lightbridge-organization id="org" ${attrs('organization="fraunhofer-fep" portal-url="https://portal.example"')}></lightbridge-organization>
<lightbridge-search id="search" ${attrs('portal-url="https://portal.example"')}></lightbridge-search>
<lightbridge-value-chain id="chain" ${attrs('application="app.automotive-mobility"')}></lightbridge-value-chain>
<lightbridge-map id="map" ${attrs('cluster="photonics-bretagne"')}></lightbridge-map>`),
      ),
    );
  });

  afterAll(() => page?.close());

  it('shows the cluster members from the API, paged by cursor and searchable', async () => {
    const expected = await api.graphql<{ organization: { name: string; members: { totalCount: number; nodes: { name: string }[] } } }>(
      `{ organization(slug: "photonics-bretagne") { name members(first: 10) { totalCount nodes { name } } } }`,
    );
    const { name, members } = expected.body.data!.organization;
    const widget = page.locator('#members');
    await expect(textOf(widget.locator('h2'))).resolves.toBe(name);
    await widget.locator('li').first().waitFor();
    await expect(widget.locator('li .name').allTextContents()).resolves.toEqual(members.nodes.slice(0, 5).map((m) => m.name));
    await expect(textOf(widget.locator('.muted').first())).resolves.toBe(`${members.totalCount} members`);
    expect(await widget.locator('li a').first().getAttribute('href')).toMatch(/^https:\/\/portal\.example\/organizations\/[a-z0-9-]+$/);
    // Keyboard: Enter on Next loads the following page and keeps the focus on Next.
    await widget.getByRole('button', { name: 'Next' }).focus();
    await page.keyboard.press('Enter');
    await widget.getByText('Page 2').waitFor();
    await expect(widget.locator('li .name').allTextContents()).resolves.toEqual(members.nodes.slice(5, 10).map((m) => m.name));
    expect(await inPage(page, `document.querySelector('#members').shadowRoot.activeElement?.textContent`)).toBe(
      members.totalCount > 10 ? 'Next' : 'Previous',
    );
    // The other members widget on the page is untouched and in German.
    await expect(page.locator('#members-de').getByText('Seite 1').count()).resolves.toBe(1);
    const term = members.nodes[6]!.name.split(/\s+/)[0]!;
    await widget.getByLabel('Search members').fill(term);
    await widget.getByText('Page 1').waitFor();
    await expect(widget.locator('li .name').allTextContents()).resolves.toContain(members.nodes[6]!.name);
  });

  it('shows an organization card', async () => {
    const expected = await api.graphql<{ organization: { name: string; website: string | null } }>(
      `{ organization(slug: "fraunhofer-fep") { name website } }`,
    );
    const card = page.locator('#org');
    await expect(textOf(card.locator('h2'))).resolves.toContain(expected.body.data!.organization.name);
    expect(await card.getByText('Full profile').getAttribute('href')).toBe('https://portal.example/organizations/fraunhofer-fep');
  });

  it('searches and links the results to the portal', async () => {
    const widget = page.locator('#search');
    await widget.getByLabel('Search organizations').fill('laser');
    await widget.locator('li').first().waitFor();
    const expected = await api.graphql<{ organizations: { nodes: { slug: string }[] } }>(
      `{ organizations(first: 8, filter: { search: "laser" }, sort: RELEVANCE) { nodes { slug } } }`,
    );
    const hrefs = await widget.locator('li a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(expected.body.data!.organizations.nodes.map((o) => `https://portal.example/organizations/${o.slug}`));
  });

  it('shows the value-chain coverage per stage, with the gaps in words', async () => {
    const expected = await api.graphql<{ valueChainCoverage: { stages: { providerCount: number; isGap: boolean }[] } }>(
      `{ valueChainCoverage(application: "app.automotive-mobility") { stages { providerCount isGap } } }`,
    );
    const stages = expected.body.data!.valueChainCoverage.stages;
    const items = page.locator('#chain ol li');
    await items.first().waitFor();
    await expect(items.locator('.count').allTextContents()).resolves.toEqual(stages.map((stage) => String(stage.providerCount)));
    await expect(page.locator('#chain li.gap').count()).resolves.toBe(stages.filter((stage) => stage.isGap).length);
  });

  it('puts the cluster members with a location on the map', async () => {
    await page.locator('#map circle').first().waitFor();
    expect(await page.locator('#map circle').count()).toBeGreaterThan(0);
    await page.locator('#map circle').first().focus();
    await expect(textOf(page.locator('#map .caption'))).resolves.not.toBe('');
  });

  it('keeps the host page styles out and its own styles in', async () => {
    const inside = await inPage<string[]>(
      page,
      `(() => {
        const heading = getComputedStyle(document.querySelector('#org').shadowRoot.querySelector('h2'));
        const item = getComputedStyle(document.querySelector('#members').shadowRoot.querySelector('li'));
        return [heading.color, heading.fontFamily, item.borderTopWidth, item.textTransform];
      })()`,
    );
    expect(inside[0]).not.toBe('rgb(255, 0, 0)');
    expect(inside[1]).not.toContain('serif,');
    expect(inside[1]).not.toBe('serif');
    expect(inside[2]).not.toBe('5px');
    expect(inside[3]).toBe('none');
    const outside = await inPage<string[]>(
      page,
      `(() => {
        const item = getComputedStyle(document.querySelector('#host-li'));
        const status = getComputedStyle(document.querySelector('#host-status'));
        return [item.paddingTop, item.borderTopWidth, status.display, status.backgroundColor, status.fontWeight];
      })()`,
    );
    expect(outside).toEqual(['0px', '5px', 'block', 'rgb(255, 255, 0)', '400']);
    expect(dialogs).toEqual([]);
    await screenshot(page, 'all');
  });

  it('defines nothing on window besides the custom elements', async () => {
    const fresh = await chromium.browser.newPage();
    await fresh.goto(host.page('/blank.html', '<!doctype html><title>blank</title>'));
    const before = await inPage<string[]>(fresh, 'Object.keys(window)');
    await fresh.addScriptTag({ url: `${api.url}/widgets.js` });
    const after = await inPage<string[]>(fresh, 'Object.keys(window)');
    expect(after.filter((key) => !before.includes(key))).toEqual([]);
    expect(await inPage(fresh, `typeof customElements.get('lightbridge-map')`)).toBe('function');
    await fresh.close();
  });
});

describe('the demo page and the module build', () => {
  it('serves a demo page where every widget shows data from the API it came from', async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 1000, height: 900 } });
    const dialogs = await open(page, `${api.url}/widgets/demo.html`);
    for (const tag of ['lightbridge-members', 'lightbridge-organization', 'lightbridge-value-chain', 'lightbridge-map']) {
      await page.locator(`${tag} h2`).first().waitFor();
      await expect(page.locator(`${tag} [role=alert]`).count()).resolves.toBe(0);
    }
    expect(dialogs).toEqual([]);
    await screenshot(page, 'demo');
    await page.close();
  });

  it('works as an ES module imported by a page of another origin', async () => {
    const page = await chromium.browser.newPage();
    await open(
      page,
      host.page(
        '/module.html',
        `<!doctype html><script type="module">import { LightBridgeOrganization } from '${api.url}/widgets.mjs';
         document.body.dataset.loaded = typeof LightBridgeOrganization;</script>
         <lightbridge-organization ${attrs('organization="fraunhofer-fep" lang="it"')}></lightbridge-organization>`,
      ),
    );
    await page.locator('lightbridge-organization h2').waitFor();
    await expect(page.locator('lightbridge-organization').getByText('Tecnologie').count()).resolves.toBe(1);
    expect(await inPage(page, 'document.body.dataset.loaded')).toBe('function');
    await page.close();
  });
});

describe('hostile data', () => {
  it('shows markup in names as text in every widget, and no script runs', async () => {
    const page = await chromium.browser.newPage();
    const dialogs = await open(
      page,
      host.page(
        '/xss.html',
        hostPage(`
<lightbridge-members id="members" ${attrs('cluster="xss-probe-cluster" portal-url="https://portal.example"')}></lightbridge-members>
<lightbridge-organization id="org" ${attrs('organization="xss-probe"')}></lightbridge-organization>
<lightbridge-search id="search" ${attrs('portal-url="https://portal.example"')}></lightbridge-search>
<lightbridge-value-chain id="chain" ${attrs('application="app.automotive-mobility" technology="tech.lasers" cluster="xss-probe-cluster"')}></lightbridge-value-chain>
<lightbridge-map id="map" ${attrs('cluster="xss-probe-cluster"')}></lightbridge-map>`),
      ),
    );
    await page.locator('#search').getByLabel('Search organizations').fill('onerror');
    await expect(textOf(page.locator('#members li .name'))).resolves.toBe(XSS);
    await expect(textOf(page.locator('#members h2'))).resolves.toBe(XSS_CLUSTER);
    await expect(textOf(page.locator('#members small'))).resolves.toBe('<b>Rennes</b>, FR');
    await expect(textOf(page.locator('#org h2'))).resolves.toBe(XSS);
    await expect(textOf(page.locator('#org .desc'))).resolves.toBe('<script>alert(4)</script> makes lasers');
    await expect(textOf(page.locator('#search li .name'))).resolves.toBe(XSS);
    await expect(textOf(page.locator('#map h2'))).resolves.toBe(XSS_CLUSTER);
    await expect(page.locator('#map circle').getAttribute('aria-label')).resolves.toBe(`${XSS}, <b>Rennes</b>`);
    // The hostile member is the cluster's one provider of components for the application.
    await expect(textOf(page.locator('#chain ol li').nth(1).locator('.count'))).resolves.toBe('1');
    const injected = await inPage(
      page,
      `[...document.querySelectorAll('body > [id]')].flatMap((el) =>
        el.shadowRoot ? [...el.shadowRoot.querySelectorAll('img, script, b, svg svg, [onerror], [onload], a[href^="javascript"]')] : [],
      ).length`,
    );
    expect(injected).toBe(0);
    // The website is `javascript:alert(3)`: no link is made of it.
    await expect(page.locator('#org').getByText('Website').count()).resolves.toBe(0);
    expect(dialogs).toEqual([]);
    await screenshot(page, 'xss');
    await page.close();
  });
});

describe('refusals and failures', () => {
  it('shows a polite message when the API refuses the page origin', async () => {
    // The API's CORS settings do not include this origin (as for a key registered for other
    // origins), so the browser blocks the responses and the widgets see a network error.
    const page = await chromium.browser.newPage();
    const dialogs = await open(
      page,
      foreign.page(
        '/refused.html',
        hostPage(`
<lightbridge-members id="members" ${attrs('cluster="photonics-bretagne" api-key="lb_not_for_this_origin"')}></lightbridge-members>
<lightbridge-organization id="org" ${attrs('organization="fraunhofer-fep" lang="fr"')}></lightbridge-organization>
<lightbridge-map id="map" ${attrs('cluster="photonics-bretagne"')}></lightbridge-map>`),
      ),
    );
    // With a key the API may answer 401/403 instead of failing the preflight: either way, a polite refusal.
    await expect(textOf(page.locator('#members [role=alert]'))).resolves.toMatch(
      /may not be registered for this API key|is not allowed to show LightBridge data/,
    );
    await expect(textOf(page.locator('#map [role=alert]'))).resolves.toContain('may not be registered for this API key');
    await expect(textOf(page.locator('#org [role=alert]'))).resolves.toContain('n’est peut-être pas enregistré');
    expect(dialogs).toEqual([]);
    await screenshot(page, 'refused');
    await page.close();
  });

  it('explains unknown slugs, missing settings and an empty search', async () => {
    const page = await chromium.browser.newPage();
    await open(
      page,
      host.page(
        '/errors.html',
        hostPage(`
<lightbridge-organization id="unknown" ${attrs('organization="no-such-organization"')}></lightbridge-organization>
<lightbridge-members id="missing" ${attrs('')}></lightbridge-members>
<lightbridge-members id="none" ${attrs('cluster="xss-probe-cluster"')}></lightbridge-members>`),
      ),
    );
    await expect(textOf(page.locator('#unknown [role=alert]'))).resolves.toBe('Nothing was found for this widget’s settings.');
    await expect(textOf(page.locator('#missing [role=alert]'))).resolves.toBe('This widget is missing a required setting: cluster');
    await page.locator('#none').getByLabel('Search members').fill('zzzzqqq');
    await page.locator('#none').getByText('No results.').waitFor();
    await page.close();
  });
});

describe('small screens and themes', () => {
  it('fits 320 px without horizontal scrolling, in both themes', async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 320, height: 800 } });
    await open(
      page,
      host.page(
        '/narrow.html',
        hostPage(`
<lightbridge-members id="members" ${attrs('cluster="photonics-bretagne" page-size="3"')}></lightbridge-members>
<lightbridge-value-chain id="chain" theme="dark" ${attrs('application="app.automotive-mobility" lang="it"')}></lightbridge-value-chain>
<lightbridge-organization id="org" theme="dark" ${attrs('organization="fraunhofer-fep"')}></lightbridge-organization>
<lightbridge-map id="map" ${attrs('cluster="photonics-bretagne"')}></lightbridge-map>`),
      ),
    );
    await page.locator('#chain li').first().waitFor();
    await page.locator('#org h2').waitFor();
    await page.locator('#map circle').first().waitFor();
    await page.locator('#members li').first().waitFor();
    expect(await inPage(page, 'document.documentElement.scrollWidth')).toBeLessThanOrEqual(320);
    await expect(textOf(page.locator('#chain h2'))).resolves.toMatch(/^Catena del valore: /);
    // WCAG contrast of the muted (lightest) text against the widget background, in each theme.
    const contrast = await inPage<{ box: string; ratio: number }[]>(
      page,
      `(() => {
        const luminance = (css) => {
          const [r, g, b] = css.match(/\\d+/g).slice(0, 3).map((n) => {
            const c = Number(n) / 255;
            return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        return ['#members', '#org'].map((id) => {
          const root = document.querySelector(id).shadowRoot;
          const box = getComputedStyle(root.querySelector('.lb')).backgroundColor;
          const muted = getComputedStyle(root.querySelector('.muted')).color;
          const [a, b] = [luminance(box), luminance(muted)].sort((x, y) => y - x);
          return { box, ratio: (a + 0.05) / (b + 0.05) };
        });
      })()`,
    );
    expect(contrast[0]!.box).toBe('rgb(255, 255, 255)');
    expect(contrast[1]!.box).not.toBe('rgb(255, 255, 255)');
    for (const { ratio } of contrast) expect(ratio).toBeGreaterThanOrEqual(4.5);
    await screenshot(page, 'narrow');
    await page.close();
  });
});
