import { grant, globalId, signUpUser } from '../../../apps/api/test/support/accounts';
import { startTestApi, type TestApi } from '../../../apps/api/test/support/api';
import { openTestDataSource, resetDatabase } from '../../../apps/api/test/support/database';
import { ensureManifestsBuilt } from '../../../apps/api/test/support/registered-operations';
import { launchChromium, startHostSite, type Browser, type HostSite, type Page } from './browser';

// End to end with a real API key: created through the API by an organization's editor, sent by
// widgets on a page of another origin (its own port), answered per key by the API's CORS.
const CREATE_KEY = `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`;

let api: TestApi;
let host: HostSite;
let chromium: { browser: Browser; close(): Promise<void> };
let db: Awaited<ReturnType<typeof openTestDataSource>>;

async function createKey(allowedOrigins: string[]): Promise<string> {
  const editor = await signUpUser(api, `widget-editor-${allowedOrigins.length}-${Date.now()}@example.org`);
  const [organization] = (await db.query(`SELECT id FROM organization WHERE slug = 'photonics-bretagne'`)) as { id: number }[];
  await grant(db, editor.userId, 'ORGANIZATION_EDITOR', organization!.id);
  const res = await api.graphql<{ createApiKey: { secret: string } }>(
    CREATE_KEY,
    { input: { organizationId: globalId('Organization', organization!.id), name: 'Cluster website', allowedOrigins } },
    editor.headers,
  );
  if (!res.body.data) throw new Error(`createApiKey failed: ${JSON.stringify(res.body.errors)}`);
  return res.body.data.createApiKey.secret;
}

/** Opens a host page with the widgets; records the API's answers as the page saw them. */
async function openHostPage(name: string, body: string): Promise<{ page: Page; answers: { status: number; allowOrigin?: string }[] }> {
  const page = await chromium.browser.newPage();
  const answers: { status: number; allowOrigin?: string }[] = [];
  page.on('response', (response) => {
    if (response.url().endsWith('/graphql') && response.request().method() === 'POST') {
      answers.push({ status: response.status(), allowOrigin: response.headers()['access-control-allow-origin'] });
    }
  });
  await page.goto(
    host.page(
      `/${name}.html`,
      `<!doctype html><html lang="en"><script src="${api.url}/widgets.js" defer></script><body>${body}</body></html>`,
    ),
  );
  return { page, answers };
}

beforeAll(async () => {
  ensureManifestsBuilt();
  await resetDatabase({ demo: 40 });
  db = await openTestDataSource();
  host = await startHostSite();
  // The host's origin is not among the API's own CORS origins: only a key can let it in.
  api = await startTestApi({ CORS_ORIGINS: 'https://portal.example' });
  chromium = await launchChromium();
}, 180_000);

afterAll(async () => {
  await chromium?.close();
  await api?.stop();
  await host?.stop();
  await db?.destroy();
});

test('a key whose allowed origins exclude the host page: a visible, polite refusal in each language', async () => {
  const secret = await createKey(['https://cluster.example']);
  const { page, answers } = await openHostPage(
    'refused',
    `<lightbridge-members id="en" api="${api.url}" api-key="${secret}" cluster="photonics-bretagne"></lightbridge-members>
     <lightbridge-organization id="de" api="${api.url}" api-key="${secret}" organization="photonics-bretagne" lang="de"></lightbridge-organization>`,
  );
  const english = page.locator('#en [role=alert]');
  await english.waitFor();
  await expect(english.textContent()).resolves.toBe(
    'This website is not allowed to show LightBridge data. The site owner can register it for the API key.',
  );
  await expect(page.locator('#de [role=alert]').textContent()).resolves.toBe(
    'Diese Website darf keine LightBridge-Daten anzeigen. Der Betreiber kann sie für den API-Schlüssel registrieren.',
  );
  await expect(page.locator('#en li').count()).resolves.toBe(0);
  // The API refused the page's origin, and let the page read the refusal (not any data).
  expect(answers.length).toBeGreaterThan(0);
  expect(answers.every((a) => a.status === 403 && a.allowOrigin === host.origin)).toBe(true);
  await page.close();
});

test('a key that allows the host page: the data appears', async () => {
  const secret = await createKey([host.origin]);
  const expected = await api.graphql<{ organization: { members: { totalCount: number; nodes: { name: string }[] } } }>(
    `{ organization(slug: "photonics-bretagne") { members(first: 3) { totalCount nodes { name } } } }`,
  );
  const { members } = expected.body.data!.organization;
  const { page, answers } = await openHostPage(
    'allowed',
    `<lightbridge-members id="members" api="${api.url}" api-key="${secret}" cluster="photonics-bretagne" page-size="3"></lightbridge-members>`,
  );
  await page.locator('#members li').first().waitFor();
  await expect(page.locator('#members li .name').allTextContents()).resolves.toEqual(members.nodes.map((m) => m.name));
  await expect(page.locator('#members [role=alert]').count()).resolves.toBe(0);
  expect(answers).toEqual([{ status: 200, allowOrigin: host.origin }]);
  // The same request without the key is refused by the browser: the host is not an origin of the API's own.
  const blocked = await page.evaluate(
    `fetch(${JSON.stringify(`${api.url}/graphql`)}, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }).then(() => 'read', () => 'blocked')`,
  );
  expect(blocked).toBe('blocked');
  await page.close();
});
