import { signUp, type TestUser } from './support/accounts';
import { grantRole } from './support/signed-in-page';
import { expectAccessible, signedInSuite } from './support/signed-in-suite';

const suite = signedInSuite();
const open = (user: TestUser | null) => suite.open(user);

interface Fit {
  call: { title: string; url: string };
}

/** An SME with open funding calls that fit it and with matchmaking partners, as the API ranks them. */
async function smeWithFundingAndPartners() {
  const { organizations } = await suite.portal.api.graphql<{ organizations: { nodes: { id: string; slug: string; name: string }[] } }>(
    '{ organizations(first: 40, filter: { kinds: [SME], countries: ["DE", "FR", "IT", "AT", "FI", "LT", "BE"] }) { nodes { id slug name } } }',
  );
  for (const sme of organizations.nodes) {
    const facts = await suite.portal.api.graphql<{
      fundingCallsFor: { nodes: Fit[] };
      organization: { matches: { nodes: { organization: { name: string } }[] } };
    }>(
      `query($id: ID!, $slug: String!) {
        fundingCallsFor(organizationId: $id, first: 3) { nodes { call { title url } } }
        organization(slug: $slug) { matches(first: 3) { nodes { organization { name } } } }
      }`,
      { id: sme.id, slug: sme.slug },
    );
    if (facts.fundingCallsFor.nodes.length > 0 && facts.organization.matches.nodes.length > 0) {
      return { sme, calls: facts.fundingCallsFor.nodes, partners: facts.organization.matches.nodes.map((m) => m.organization.name) };
    }
  }
  throw new Error('the demo data has no SME with fitting funding calls and partners');
}

test('knowledge: the list, an article rendered from the server’s sanitized HTML, an author’s related knowledge', async () => {
  const page = await open(null);
  await page.goto('/knowledge?kind=MARKET_STUDY');
  const link = page.getByRole('link', { name: 'Market study: photonics for Industry 4.0 in the United States and Canada' });
  await link.waitFor();
  await expectAccessible(page, 'knowledge-list');
  await link.click();
  await page.getByRole('heading', { level: 1, name: /Market study: photonics for Industry 4.0/ }).waitFor();
  await page.locator('.article-body table').waitFor();
  await page.locator('.article-body h2', { hasText: 'Findings' }).waitFor();
  expect(await page.locator('.article-body script').count()).toBe(0);
  await expectAccessible(page, 'knowledge-article');

  // An author's organization page lists its related knowledge, fetched with the page, and links to the articles.
  const { knowledgeArticle } = await suite.portal.api.graphql<{
    knowledgeArticle: { authors: { slug: string; name: string; knowledge: { nodes: { slug: string; title: string }[] } }[] };
  }>(`{ knowledgeArticle(slug: "market-study-north-america-photonics-industry-4-0") {
        authors { slug name knowledge(first: 5) { nodes { slug title } } } } }`);
  const author = knowledgeArticle.authors[0];
  const newest = author?.knowledge.nodes[0];
  if (!author || !newest) throw new Error('the demo market study has no author with knowledge');
  await page.goto(`/organizations/${author.slug}`);
  const related = page.getByRole('region', { name: 'Related knowledge' });
  const relatedLink = related.getByRole('link', { name: newest.title, exact: true });
  await relatedLink.waitFor();
  expect(await related.getByRole('listitem').count()).toBe(author.knowledge.nodes.length);
  await expectAccessible(page, 'organization-related-knowledge');
  await relatedLink.click();
  await page.getByRole('heading', { level: 1, name: newest.title, exact: true }).waitFor();
  expect(new URL(page.url()).pathname).toBe(`/knowledge/${newest.slug}`);
});

test('an SME takes the assessment and follows its recommendations to a funding call and a partner', async () => {
  const { sme, calls, partners } = await smeWithFundingAndPartners();
  const user = await signUp(suite.portal.api.url, 'Assessing Editor');
  await grantRole(suite.portal, user, 'ORGANIZATION_EDITOR', sme.id);
  const { exportReadinessQuestionnaire: questionnaire } = await suite.portal.api.graphql<{
    exportReadinessQuestionnaire: { dimensions: { dimension: string; questions: { code: string; options: { code: string }[] }[] }[] };
  }>('{ exportReadinessQuestionnaire { dimensions { dimension questions { code options { code } } } } }');

  const page = await open(user);
  await page.goto('/assessment');
  await page.getByRole('heading', { level: 1, name: 'Export-readiness self-assessment' }).waitFor();
  await page.getByLabel('Organization assessed').waitFor();
  expect(await page.getByLabel('Organization assessed').inputValue()).toBe(sme.id);
  await page.getByRole('button', { name: 'See my results' }).waitFor();
  expect(await page.getByRole('button', { name: 'See my results' }).isDisabled()).toBe(true);
  await expectAccessible(page, 'assessment-form');
  // Everything at the top, except resources at the bottom: resources recommend partners and funding.
  for (const dimension of questionnaire.dimensions) {
    for (const question of dimension.questions) {
      const options = question.options.map((o) => o.code);
      const option = dimension.dimension === 'RESOURCES' ? options[0]! : options[options.length - 1]!;
      await page.locator(`input[id="${question.code}-${option}"]`).check();
    }
  }
  await page.getByText('16 of 16 questions answered').waitFor();
  await page.getByRole('button', { name: 'See my results' }).click();

  await page.getByRole('heading', { level: 1, name: 'Export-readiness results' }).waitFor();
  // (9 weight units × 100 + 1 × 0) / 10 = 90, capped at Developing because resources score 0.
  await page.getByText('Overall score 90 of 100: Developing').waitFor();
  const resources = page
    .locator('.recommendations > li')
    .filter({ has: page.getByRole('heading', { name: 'Resources — 0', exact: true }) });
  await resources.waitFor();
  expect(await page.locator('.recommendations > li').count()).toBe(1);
  await expectAccessible(page, 'assessment-results');

  const fundingLink = resources.getByRole('link', { name: calls[0]!.call.title, exact: true });
  expect(await fundingLink.getAttribute('href')).toBe(calls[0]!.call.url);
  const partnerLink = resources.getByRole('link', { name: partners[0]!, exact: true });
  await partnerLink.click();
  await page.getByRole('heading', { level: 1, name: partners[0]!, exact: true }).waitFor();
});
