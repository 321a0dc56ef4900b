import type { Page } from 'playwright-core';
import { ADMIN_ENV, signInAdmin, type AdminSession } from './support/admin-session';
import { expectAccessible } from './support/accessible';
import { openPage, screenshot } from './support/browser';
import { startPortal, type PortalFixture } from './support/portal-fixture';
import { expectFocus } from './support/text';

const EDITOR = { email: 'editor@lightbridge.test', password: 'editor password 1', displayName: 'Erika Editor' };

let portal: PortalFixture;
let admin: AdminSession;
let page: Page;
let errors: string[];
let sme: { id: string; slug: string; name: string };
let cluster: { id: string; slug: string; name: string };

/** Signs a user up over HTTP and returns their global ID (the UI sign-up has its own test). */
async function signUpOverHttp(user: typeof EDITOR): Promise<string> {
  const response = await fetch(`${portal.api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($input: SignUpInput!) { signUp(input: $input) { user { id } } }',
      variables: { input: user },
    }),
  });
  const body = (await response.json()) as { data?: { signUp: { user: { id: string } } }; errors?: unknown };
  if (!body.data) throw new Error(`sign-up failed: ${JSON.stringify(body.errors)}`);
  return body.data.signUp.user.id;
}

async function grant(userId: string, role: string, organizationId: string): Promise<void> {
  await admin.graphql('mutation ($u: ID!, $r: Role!, $o: ID) { grantRole(userId: $u, role: $r, organizationId: $o) }', {
    u: userId,
    r: role,
    o: organizationId,
  });
}

beforeAll(async () => {
  portal = await startPortal({ env: ADMIN_ENV });
  admin = await signInAdmin(portal.api.url);
  const data = await portal.api.graphql<{ smes: { nodes: (typeof sme)[] }; clusters: { nodes: (typeof cluster)[] } }>(
    `{ smes: organizations(first: 1, filter: { kinds: [SME], minTrl: 1 }) { nodes { id slug name } }
       clusters: organizations(first: 1, filter: { kinds: [CLUSTER] }, sort: NAME) { nodes { id slug name } } }`,
  );
  if (!data.smes.nodes[0] || !data.clusters.nodes[0]) throw new Error('the demo data has no SME with capabilities or no cluster');
  sme = data.smes.nodes[0];
  cluster = data.clusters.nodes[0];
  const editorId = await signUpOverHttp(EDITOR);
  await grant(editorId, 'ORGANIZATION_EDITOR', sme.id);
  await grant(editorId, 'CLUSTER_MANAGER', cluster.id);
}, 180_000);
afterAll(() => portal?.close());

beforeEach(async () => {
  ({ page, errors } = await openPage(portal.browser, portal.api.url));
});
afterEach(async () => {
  await page?.context().close();
  expect(errors).toEqual([]);
});

async function signIn(user: { email: string; password: string }): Promise<void> {
  await page.goto('/account/sign-in');
  await page.getByLabel('E-mail address').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL('**/account');
  await page.getByRole('heading', { name: 'My organizations' }).waitFor();
}

const header = (p: Page) => p.locator('header.site-header');

test('sign up: errors name their fields, then the new account is signed in and can sign out', async () => {
  await page.goto('/');
  await header(page).getByRole('link', { name: 'Sign in' }).click();
  await page.getByRole('link', { name: 'Create an account' }).click();
  await page.waitForURL('**/account/sign-up**');
  const submit = page.getByRole('button', { name: 'Create the account' });
  await page.getByLabel('E-mail address').fill('not an address');
  await page.getByLabel('Password').fill('short');
  await submit.click();
  await page.getByText('Enter an e-mail address such as name@example.org.').waitFor();
  expect(await page.getByLabel('E-mail address').getAttribute('aria-invalid')).toBe('true');
  expect(await page.getByLabel('Your name').getAttribute('aria-invalid')).toBe('true');
  expect(await page.getByText('The password needs at least 10 characters.').isVisible()).toBe(true);
  // The first invalid field has the focus, so that a keyboard user lands on it.
  await expectFocus(page, 'sign-up-email');
  await expectAccessible(page, 'account-sign-up-errors');

  await page.getByLabel('E-mail address').fill(EDITOR.email);
  await page.getByLabel('Your name').fill('Someone Else');
  await page.getByLabel('Password').fill('a long password');
  await submit.click();
  await page.getByText('An account with this e-mail address exists already; sign in instead.').waitFor();

  await page.getByLabel('E-mail address').fill('ada@lightbridge.test');
  await page.getByLabel('Your name').fill('Ada Lovelace');
  await submit.click();
  // Back where the visitor chose to sign in (the home page), signed in.
  await header(page).getByRole('link', { name: 'Ada Lovelace' }).click();
  await page.waitForURL('**/account');
  await page.getByText('You do not edit any organization yet.', { exact: false }).waitFor();
  await expectAccessible(page, 'account-overview-new');

  await header(page).getByRole('button', { name: 'Sign out' }).click();
  await header(page).getByRole('link', { name: 'Sign in' }).waitFor();
  await page.goto('/account');
  await page.getByText('Sign in to manage your organizations', { exact: false }).waitFor();
});

test('edit an organization: profile saved, a version conflict shown plainly, TRL, capability and need changes', async () => {
  await signIn(EDITOR);
  await expectAccessible(page, 'account-overview');
  await page.getByRole('link', { name: `Edit ${sme.name}` }).click();
  await page.waitForURL(`**/account/organizations/${sme.slug}`);
  const city = page.getByLabel('City');
  await city.waitFor();
  await expectAccessible(page, 'account-edit-organization');

  await page.getByLabel('Website').fill('not a website');
  await page.getByRole('button', { name: 'Save the profile' }).click();
  await page.getByText('Enter an address starting with http:// or https://.').waitFor();
  await page.getByLabel('Website').fill('https://optics.example');
  await city.fill('Lannion');
  await page.getByRole('button', { name: 'Save the profile' }).click();
  await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  const stored = await portal.api.graphql<{ organization: { city: string; website: string; version: number } }>(
    'query ($slug: String!) { organization(slug: $slug) { city website version } }',
    { slug: sme.slug },
  );
  expect(stored.organization).toMatchObject({ city: 'Lannion', website: 'https://optics.example' });

  // Someone else saves in between: the next save is refused and says so.
  await admin.graphql('mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { version } }', {
    input: { id: sme.id, version: stored.organization.version, city: 'Brest' },
  });
  await city.fill('Rennes');
  await page.getByRole('button', { name: 'Save the profile' }).click();
  const conflict = page.getByRole('alert').filter({ hasText: 'Someone else changed this since you opened it' });
  await conflict.waitFor();
  await screenshot(page, 'account-edit-conflict');
  await conflict.getByRole('button', { name: 'Load the current version' }).click();
  await conflict.waitFor({ state: 'detached' });
  expect(await city.inputValue()).toBe('Brest');

  // TRL: shown at once (optimistic), stored for real.
  const trl = page.getByRole('combobox', { name: /^TRL of / }).first();
  const before = Number(await trl.inputValue());
  const next = before === 9 ? 8 : before + 1;
  const saved = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('UpdateCapability'));
  await trl.selectOption(String(next));
  expect(Number(await trl.inputValue())).toBe(next);
  expect((await saved).ok()).toBe(true);
  const trls = await portal.api.graphql<{ organization: { capabilities: { nodes: { trl: number }[] } } }>(
    'query ($slug: String!) { organization(slug: $slug) { capabilities(first: 100) { nodes { trl } } } }',
    { slug: sme.slug },
  );
  expect(trls.organization.capabilities.nodes[0]?.trl).toBe(next);

  const capabilities = page.locator('section[aria-labelledby="capabilities-title"] tbody tr');
  const rows = await capabilities.count();
  await page.getByLabel('Technology', { exact: true }).selectOption({ index: 1 });
  await page.getByLabel('Value-chain stage').selectOption({ index: 1 });
  await page.getByLabel('Application areas').selectOption([{ index: 0 }, { index: 2 }]);
  await page.getByRole('button', { name: 'Add the capability' }).click();
  await capabilities.nth(rows).waitFor();

  await page.getByLabel('What is needed').fill('A partner for hyperspectral imaging trials');
  await page.getByRole('button', { name: 'Add the need' }).click();
  const need = page.locator('.need-editor-list li').filter({ hasText: 'A partner for hyperspectral imaging trials' });
  await need.getByRole('button', { name: /^Close/ }).click();
  await need.getByText('Closed', { exact: true }).waitFor();
  await expectAccessible(page, 'account-edit-organization-changed');

  const after = await portal.api.graphql<{
    organization: { capabilities: { totalCount: number }; needs: { nodes: { description: string; status: string }[] } };
  }>(
    'query ($slug: String!) { organization(slug: $slug) { capabilities { totalCount } needs(first: 100) { nodes { description status } } } }',
    {
      slug: sme.slug,
    },
  );
  expect(after.organization.capabilities.totalCount).toBe(rows + 1);
  expect(after.organization.needs.nodes).toContainEqual({ description: 'A partner for hyperspectral imaging trials', status: 'CLOSED' });
});

test('import a member list: a dry run with an error, then a clean file applied with a progress bar', async () => {
  await signIn(EDITOR);
  await page.getByRole('link', { name: 'Import the member list' }).click();
  await page.waitForURL('**/account/import?cluster=*');
  expect(await page.getByLabel('Cluster').inputValue()).toBe(cluster.slug);
  const file = (rows: string) => ({ name: 'members.csv', mimeType: 'text/csv', buffer: Buffer.from(`name,country,city\n${rows}`) });

  await page.getByLabel('File').setInputFiles(file('Photon Test One,FR,Lannion\nPhoton Test Two,XX,Brest\n'));
  await page.getByRole('button', { name: 'Check the file (nothing is written)' }).click();
  await page.getByText('The file has 1 problems; nothing was written.', { exact: false }).waitFor();
  const problem = page.locator('table.problems tbody tr');
  expect(await problem.count()).toBe(1);
  expect(await problem.locator('td').nth(0).textContent()).toBe('2');
  expect(await problem.locator('td').nth(1).textContent()).toBe('country');
  expect(await page.getByRole('button', { name: /^Import \d+ rows$/ }).count()).toBe(0);
  await expectAccessible(page, 'account-import-problems');

  await page.getByLabel('File').setInputFiles(file('Photon Test One,FR,Lannion\nPhoton Test Two,DE,Jena\n'));
  await page.getByRole('button', { name: 'Check the file (nothing is written)' }).click();
  await page.getByText('All 2 rows are fine.', { exact: false }).waitFor();

  // Hold the real import until the progress bar has been seen: the server's work has no measurable progress, so it is indeterminate.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/graphql', async (route) => {
    const body = route.request().postData() ?? '';
    if (body.includes('ImportMembers') && body.includes('"dryRun":false')) await held;
    await route.continue();
  });
  await page.getByRole('button', { name: 'Import 2 rows' }).click();
  const progress = page.locator('.import-progress progress');
  await progress.waitFor();
  await screenshot(page, 'account-import-progress');
  release();
  await page.getByText('Imported: 2 rows written.').waitFor();
  await progress.waitFor({ state: 'detached' });
  await expectAccessible(page, 'account-import-applied');

  const members = await portal.api.graphql<{ organization: { members: { nodes: { name: string }[] } } }>(
    'query ($slug: String!) { organization(slug: $slug) { members(first: 100, filter: { search: "Photon Test" }) { nodes { name } } } }',
    { slug: cluster.slug },
  );
  expect(members.organization.members.nodes.map((m) => m.name).sort()).toEqual(['Photon Test One', 'Photon Test Two']);
});

test('create an API key (secret shown once, copied), build a widget snippet with it, live preview, revoke', async () => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await signIn(EDITOR);
  await page.getByRole('navigation', { name: 'Account sections' }).getByRole('link', { name: 'API keys' }).click();
  await page.getByRole('heading', { name: `Keys of ${sme.name}` }).waitFor();
  await page.getByLabel('Name').fill('Cluster website');
  await page.getByLabel('Allowed origins').fill('https://cluster.example/members');
  await page.getByRole('button', { name: 'Create the key' }).click();
  await page.getByText('Write each origin as scheme and host only', { exact: false }).waitFor();
  await page.getByLabel('Allowed origins').fill(portal.api.url);
  await page.getByRole('button', { name: 'Create the key' }).click();

  const secret = page.getByLabel('Secret of the new key');
  await secret.waitFor();
  const value = await secret.inputValue();
  expect(value).toMatch(/^lb_live_[A-Za-z0-9_-]{20,}$/);
  await page.getByRole('button', { name: 'Copy the secret' }).click();
  await page.getByText('Copied.').waitFor();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(value);
  const row = page.locator('table.key-table tbody tr').filter({ hasText: 'Cluster website' });
  await row.getByText(portal.api.url).waitFor();
  await expectAccessible(page, 'account-api-keys');

  await page.getByRole('link', { name: 'Build a widget snippet with it' }).click();
  await page.waitForURL('**/account/widgets');
  expect(await page.getByLabel('API key').inputValue()).toBe(value);
  await page.getByRole('radio', { name: /Cluster members/ }).check();
  // A text field until the clusters are loaded, then a choice among them.
  await page.locator('select#snippet-cluster').waitFor();
  await page.getByLabel('Cluster (required)').selectOption(cluster.slug);
  await page.getByLabel('Language').last().selectOption('de');
  await page.getByLabel('Theme').selectOption('dark');
  const code = page.locator('#snippet-code');
  await code.filter({ hasText: 'theme="dark"' }).waitFor();
  const snippet = (await code.textContent()) ?? '';
  expect(snippet).toBe(
    `<script src="${portal.api.url}/widgets.js" defer></script>\n<lightbridge-members cluster="${cluster.slug}" api-key="${value}" theme="dark" lang="de"></lightbridge-members>`,
  );
  // The preview is the snippet itself in a frame: the widget loads the cluster's members with the key.
  await page.frameLocator('iframe.snippet-preview').locator('lightbridge-members .name').first().waitFor();
  await page.getByRole('button', { name: 'Copy the code' }).click();
  await page.getByText('Copied.').waitFor();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
  await expectAccessible(page, 'account-widget-snippet');

  await page.getByRole('navigation', { name: 'Account sections' }).getByRole('link', { name: 'API keys' }).click();
  await row.getByRole('button', { name: 'Revoke Cluster website' }).click();
  await row.getByRole('button', { name: 'Revoke “Cluster website” now' }).click();
  await row.getByText(/^Revoked on/).waitFor();
});
