import { signUp, type TestUser } from './support/accounts';
import { grantRole } from './support/signed-in-page';
import { expectAccessible, signedInSuite } from './support/signed-in-suite';

const suite = signedInSuite();
const open = (user: TestUser | null) => suite.open(user);

interface Call {
  id: string;
  title: string;
}

test('an editor expresses and withdraws interest in an open funding call', async () => {
  const today = new Date().toISOString().slice(0, 10);
  const { fundingCalls } = await suite.portal.api.graphql<{ fundingCalls: { totalCount: number; nodes: Call[] } }>(
    `query($from: String!) { fundingCalls(deadlineFrom: $from, first: 50) { totalCount nodes { id title } } }`,
    { from: today },
  );
  const { organization } = await suite.portal.api.graphql<{ organization: { id: string; name: string } }>(
    `{ organization(slug: "polimi") { id name } }`,
  );
  const call = fundingCalls.nodes[fundingCalls.nodes.length - 1];
  if (!call) throw new Error('the demo data has no open funding call today');

  const anonymousPage = await open(null);
  await anonymousPage.goto('/funding');
  await anonymousPage.getByRole('heading', { name: call.title, level: 2 }).waitFor();
  expect(await anonymousPage.locator('.funding-call').count()).toBe(fundingCalls.nodes.length);
  await anonymousPage.getByText('Sign in as an editor of an organization').waitFor();
  expect(await anonymousPage.getByRole('button', { name: /Express interest/ }).count()).toBe(0);
  await expectAccessible(anonymousPage, 'funding-anonymous');

  const editor = await signUp(suite.portal.api.url, 'Funding Editor');
  await grantRole(suite.portal, editor, 'ORGANIZATION_EDITOR', organization.id);
  const signedInPage = await open(editor);
  const page = signedInPage;
  await page.goto('/funding');
  const card = page.locator('.funding-call').filter({ has: page.getByRole('heading', { name: call.title, level: 2 }) });
  await card.getByRole('button', { name: /^Express interest/ }).click();
  await card.getByText('Your organization is interested.').waitFor();
  const interests = async () =>
    (
      await suite.portal.sql<{ n: number }>(
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
