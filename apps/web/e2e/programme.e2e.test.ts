import type { Page } from 'playwright-core';
import { signUp } from './support/accounts';
import { axeViolations } from './support/axe';
import { screenshot } from './support/browser';
import { startPortalWithDatabase, type PortalWithDatabase } from './support/portal-with-database';
import { grantRole, pageAs } from './support/signed-in-page';

let portal: PortalWithDatabase;
const pages: { page: Page; errors: string[] }[] = [];

beforeAll(async () => {
  portal = await startPortalWithDatabase();
}, 240_000);
afterAll(() => portal?.close());

afterEach(async () => {
  for (const { page, errors } of pages.splice(0)) {
    await page.context().close();
    expect(errors).toEqual([]);
  }
});

async function expectAccessible(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  expect(await axeViolations(page)).toEqual([]);
}

interface Call {
  id: string;
  title: string;
}

test('an editor expresses and withdraws interest in an open funding call', async () => {
  const today = new Date().toISOString().slice(0, 10);
  const { fundingCalls } = await portal.api.graphql<{ fundingCalls: { totalCount: number; nodes: Call[] } }>(
    `query($from: String!) { fundingCalls(deadlineFrom: $from, first: 50) { totalCount nodes { id title } } }`,
    { from: today },
  );
  const { organization } = await portal.api.graphql<{ organization: { id: string; name: string } }>(
    `{ organization(slug: "polimi") { id name } }`,
  );
  const call = fundingCalls.nodes[fundingCalls.nodes.length - 1];
  if (!call) throw new Error('the demo data has no open funding call today');

  const anonymous = await pageAs(portal, null);
  pages.push(anonymous);
  await anonymous.page.goto('/funding');
  await anonymous.page.getByRole('heading', { name: call.title, level: 2 }).waitFor();
  expect(await anonymous.page.locator('.funding-call').count()).toBe(fundingCalls.nodes.length);
  await anonymous.page.getByText('Sign in as an editor of an organization').waitFor();
  expect(await anonymous.page.getByRole('button', { name: /Express interest/ }).count()).toBe(0);
  await expectAccessible(anonymous.page, 'funding-anonymous');

  const editor = await signUp(portal.api.url, 'Funding Editor');
  await grantRole(portal, editor, 'ORGANIZATION_EDITOR', organization.id);
  const signedIn = await pageAs(portal, editor);
  pages.push(signedIn);
  const page = signedIn.page;
  await page.goto('/funding');
  const card = page.locator('.funding-call').filter({ has: page.getByRole('heading', { name: call.title, level: 2 }) });
  await card.getByRole('button', { name: /^Express interest/ }).click();
  await card.getByText('Your organization is interested.').waitFor();
  const interests = async () =>
    (
      await portal.sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM funding_interest i JOIN organization o ON o.id = i.organization_id WHERE o.slug = 'polimi' AND i.call_id = $1`,
        [Number(Buffer.from(call.id, 'base64url').toString().split(':')[1])],
      )
    )[0]!.n;
  expect(await interests()).toBe(1);
  await expectAccessible(page, 'funding-interested');

  await card.getByRole('button', { name: /^Withdraw interest/ }).click();
  await card.getByRole('button', { name: /^Express interest/ }).waitFor();
  expect(await interests()).toBe(0);
});
