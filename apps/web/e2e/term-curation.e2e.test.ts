import { signUp, type TestUser } from './support/accounts';
import { screenshot } from './support/browser';
import { grantRole } from './support/signed-in-page';
import { expectAccessible, signedInSuite } from './support/signed-in-suite';

const suite = signedInSuite(50);
const open = (user: TestUser | null) => suite.open(user);

test("a term's page shows its crosswalks to NACE Rev. 2 and the Key Enabling Technologies", async () => {
  const { term } = await suite.portal.api.graphql<{ term: { label: string; crosswalks: { code: string; label: string }[] } }>(
    '{ term(code: "tech.light-sources-lasers") { label crosswalks { code label } } }',
  );
  expect(term.crosswalks.length).toBeGreaterThan(0);
  const page = await open(null);
  await page.goto('/classification/term?code=tech.light-sources-lasers');
  await page.getByRole('heading', { name: 'Crosswalks' }).waitFor();
  const rows = page.locator('ul.crosswalks li');
  await rows.first().waitFor();
  expect(await rows.count()).toBe(term.crosswalks.length);
  for (const crosswalk of term.crosswalks) await rows.filter({ hasText: crosswalk.label }).first().waitFor();
  await expectAccessible(page, 'term-crosswalks');
});

test('a member proposes a term; a curator approves it from the review queue and it joins the scheme', async () => {
  const member = await signUp(suite.portal.api.url, 'Proposing Member');
  const curator = await signUp(suite.portal.api.url, 'Scheme Curator');
  await grantRole(suite.portal, curator, 'CURATOR');

  const page = await open(member);
  await page.goto('/classification/term?code=tech.lasers');
  await page.getByRole('link', { name: 'Propose a narrower term' }).click();
  await page.waitForURL('**/classification/propose?parent=tech.lasers');
  await expect(page.getByLabel('Broader term (code)').inputValue()).resolves.toBe('tech.lasers');
  await page.getByLabel('Code', { exact: true }).fill('tech.quantum-dot-lasers');
  await page.getByLabel('Label in English').fill('Quantum-dot lasers');
  await page.getByLabel('Label in Deutsch (optional)').fill('Quantenpunktlaser');
  await page.getByLabel('Why the scheme needs this term').fill('Several members build quantum-dot lasers for datacom.');
  await expectAccessible(page, 'propose-term');
  await page.getByRole('button', { name: 'Propose the term' }).click();
  await page.getByText('Proposed; a curator will review it').waitFor();

  // A member who is not a curator cannot decide.
  await page.goto('/classification/review');
  await page.getByText('Only curators review proposed terms.').waitFor();

  const review = await open(curator);
  await review.goto('/classification');
  await review.getByRole('link', { name: 'Review queue' }).click();
  await review.waitForURL('**/classification/review');
  const item = review.locator('.review-item').filter({ hasText: 'tech.quantum-dot-lasers' });
  await item.getByText('Several members build quantum-dot lasers').waitFor();
  await item.getByText('Quantenpunktlaser').waitFor();
  await expectAccessible(review, 'review-queue');
  await item.getByRole('button', { name: 'Approve' }).click();
  await item.waitFor({ state: 'detached' });

  const { term } = await suite.portal.api.graphql<{ term: { status: string; parent: { code: string } } }>(
    '{ term(code: "tech.quantum-dot-lasers") { status parent { code } } }',
  );
  expect(term).toEqual({ status: 'APPROVED', parent: { code: 'tech.lasers' } });
  await review.goto('/classification/term?code=tech.lasers');
  await review.getByRole('link', { name: 'Quantum-dot lasers' }).waitFor();
});

test('a proposal the API refuses says why, naming the field', async () => {
  const member = await signUp(suite.portal.api.url, 'Hasty Member');
  const page = await open(member);
  await page.goto('/classification/propose');
  await page.getByLabel('Facet').selectOption('APPLICATION');
  await page.getByLabel('Code', { exact: true }).fill('tech.not-an-application');
  await page.getByLabel('Label in English').fill('Not an application');
  await page.getByLabel('Why the scheme needs this term').fill('Testing the refusal.');
  await page.getByRole('button', { name: 'Propose the term' }).click();
  await page.getByRole('alert').filter({ hasText: 'Codes of APPLICATION terms start with "app."' }).waitFor();
  await screenshot(page, 'propose-term-refused');
});
