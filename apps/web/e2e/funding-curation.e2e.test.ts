import type { Page } from 'playwright-core';
import { signUp, type TestUser } from './support/accounts';
import { grantRole } from './support/signed-in-page';
import { expectAccessible, signedInSuite } from './support/signed-in-suite';
import { expectFocus, expectText } from './support/text';

const suite = signedInSuite();

const TITLE = 'Photonic sensors for smart farming';
const callsWithSlug = async (slug: string) =>
  (
    await suite.portal.sql<{ n: number; version: number }>(
      `SELECT count(*)::int AS n, max(version) AS version FROM funding_call WHERE slug = $1`,
      [slug],
    )
  )[0]!;

async function fill(page: Page, values: Record<string, string>): Promise<void> {
  for (const [label, value] of Object.entries(values)) await page.getByLabel(label, { exact: true }).fill(value);
}

test('a curator publishes a call (after fixing what the form and the API refuse), edits it and deletes it', async () => {
  const [existing] = await suite.portal.sql<{ slug: string }>(`SELECT slug FROM funding_call ORDER BY id LIMIT 1`);
  const curator: TestUser = await signUp(suite.portal.api.url, 'Funding Curator');
  await grantRole(suite.portal, curator, 'CURATOR');
  const page = await suite.open(curator);
  await page.goto('/funding');
  await page.getByRole('link', { name: 'Publish a funding call' }).click();
  await page.getByRole('heading', { name: 'Publish a funding call', level: 1 }).waitFor();
  await fill(page, {
    'Address (slug)': existing!.slug,
    Programme: 'Horizon Europe',
    'Call identifier': 'HORIZON-CL6-2099-FARM-01',
    Title: TITLE,
    'Opens on': '2099-07-01',
    Deadline: '2099-06-30',
    'Link to the call text': 'https://example.org/calls/farming',
    'Eligible countries': 'fr, de, it',
  });
  const topics = page.getByLabel('Topics');
  await topics.locator('option').first().waitFor({ state: 'attached' });
  const firstTopic = await topics.locator('option').first().getAttribute('value');
  await topics.selectOption([firstTopic!]);
  await page.getByRole('button', { name: 'Publish the call' }).click();
  // Checked in the browser first: nothing is sent.
  await expectText(page.locator('#call-opensOn-error'), /cannot open after its deadline/);
  await expectFocus(page, 'call-opensOn');
  await expectAccessible(page, 'funding-call-form-errors');
  await fill(page, { 'Opens on': '2099-01-15' });
  await page.getByRole('button', { name: 'Publish the call' }).click();
  // Only the API knows the slug is taken: its refusal shows beside the field.
  await expectText(page.locator('#call-slug-error'), /Another funding call has this slug/);
  expect((await callsWithSlug('smart-farming-sensors-2099')).n).toBe(0);
  await fill(page, { 'Address (slug)': 'smart-farming-sensors-2099' });
  await page.getByRole('button', { name: 'Publish the call' }).click();
  await page.waitForURL('**/funding?published=smart-farming-sensors-2099');
  await page.getByRole('heading', { name: TITLE, level: 2 }).waitFor();
  expect(await callsWithSlug('smart-farming-sensors-2099')).toEqual({ n: 1, version: 1 });

  await page.getByRole('link', { name: `Edit ${TITLE}` }).click();
  await page.getByRole('heading', { name: 'Edit a funding call', level: 1 }).waitFor();
  expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe(TITLE);
  await fill(page, { Title: 'Optical sensing for farms' });
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expectText(page.getByRole('status'), 'Saved.');
  expect(await callsWithSlug('smart-farming-sensors-2099')).toEqual({ n: 1, version: 2 });
  await expectAccessible(page, 'funding-call-edit');

  await page.getByRole('button', { name: 'Delete…' }).click();
  await page.getByRole('button', { name: 'Yes, delete the call' }).click();
  await page.waitForURL(/\/funding$/);
  await page.getByRole('heading', { name: 'Funding calls', level: 1 }).waitFor();
  expect((await callsWithSlug('smart-farming-sensors-2099')).n).toBe(0);
});

test('anyone else sees no publishing or editing controls, and the editor says who may use it', async () => {
  const member = await signUp(suite.portal.api.url, 'Funding Member');
  const page = await suite.open(member);
  await page.goto('/funding');
  await page.locator('.funding-call').first().waitFor();
  expect(await page.getByRole('link', { name: 'Publish a funding call' }).count()).toBe(0);
  expect(await page.getByRole('link', { name: /^Edit / }).count()).toBe(0);
  await page.goto('/funding/new');
  await page.getByText('Only curators can publish and change funding calls.').waitFor();
  expect(await page.locator('form').count()).toBe(0);
  await expectAccessible(page, 'funding-call-curators-only');
});
