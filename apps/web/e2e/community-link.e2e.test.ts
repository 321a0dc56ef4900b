import { headersOf, signUp, type TestUser } from './support/accounts';
import { grantRole } from './support/signed-in-page';
import { expectAccessible, signedInSuite } from './support/signed-in-suite';

const suite = signedInSuite();
const open = (user: TestUser | null) => suite.open(user);

interface CommunityFacts {
  id: string;
  slug: string;
  name: string;
  members: { nodes: { id: string; slug: string; name: string }[] };
  links: { nodes: { from: { slug?: string } | null; to: { slug?: string } | null }[] };
}

/** Two communities with members and no link yet between them, each with an editor of one member. */
async function twoUnlinkedCommunities() {
  const { communities } = await suite.portal.api.graphql<{ communities: { nodes: CommunityFacts[] } }>(`{
    communities(first: 50) {
      nodes {
        id slug name
        members(first: 1) { nodes { id slug name } }
        links(first: 50) { nodes { from { ... on Community { slug } } to { ... on Community { slug } } } }
      }
    }
  }`);
  const withMembers = communities.nodes.filter((c) => c.members.nodes.length > 0);
  const linked = (a: CommunityFacts, b: CommunityFacts) => a.links.nodes.some((l) => l.from?.slug === b.slug || l.to?.slug === b.slug);
  for (const asking of withMembers) {
    const asked = withMembers.find((c) => c !== asking && !linked(asking, c) && c.members.nodes[0]?.id !== asking.members.nodes[0]?.id);
    if (asked) return { asking, asked };
  }
  throw new Error('the demo data has no two unlinked communities with members');
}

test('a member editor requests a link, the other community accepts it, and the answer shows at once', async () => {
  const { asking, asked } = await twoUnlinkedCommunities();
  const requester = await signUp(suite.portal.api.url, 'Asking Editor');
  const responder = await signUp(suite.portal.api.url, 'Asked Editor');
  await grantRole(suite.portal, requester, 'ORGANIZATION_EDITOR', asking.members.nodes[0]!.id);
  await grantRole(suite.portal, responder, 'ORGANIZATION_EDITOR', asked.members.nodes[0]!.id);

  // Anonymous visitors are told what it takes; there is no form.
  const anonymous = await open(null);
  await anonymous.goto(`/communities/${asked.slug}`);
  await anonymous.getByText('Sign in as an editor of a member organization').waitFor();
  expect(await anonymous.getByRole('button', { name: 'Send the request' }).count()).toBe(0);

  const page = await open(requester);
  await page.goto(`/communities/${asking.slug}`);
  await page.getByRole('heading', { name: 'Request a link' }).waitFor();
  await page.getByLabel('Community to link with').selectOption({ label: asked.name });
  await page.getByLabel('Message (optional)').fill('Shared members in laser processing: let us link up.');
  await page.getByRole('button', { name: 'Send the request' }).click();
  await page.getByText(`Link requested from ${asked.name}`).waitFor();
  const item = page.locator('.link-list li').filter({ hasText: asked.name });
  await item.getByText('Requested').waitFor();
  await expectAccessible(page, 'community-link-requested');

  const other = await open(responder);
  await other.goto(`/communities/${asked.slug}`);
  const incoming = other.locator('.link-list li').filter({ hasText: asking.name });
  await incoming.getByText('Shared members in laser processing').waitFor();
  await expectAccessible(other, 'community-link-incoming');
  await incoming.getByRole('button', { name: 'Accept' }).click();
  await incoming.getByText('Accepted').waitFor();
  await incoming.getByRole('button', { name: 'Accept' }).waitFor({ state: 'detached' });

  const { community } = await suite.portal.api.graphql<{ community: { links: { nodes: { status: string; from: { slug: string } }[] } } }>(
    `query($slug: String!) { community(slug: $slug) { links(first: 100) { nodes { status from { ... on Community { slug } } } } } }`,
    { slug: asked.slug },
  );
  expect(community.links.nodes.find((l) => l.from?.slug === asking.slug)?.status).toBe('ACCEPTED');
  await other.reload();
  await other.locator('.link-list li').filter({ hasText: asking.name }).getByText('Accepted').waitFor();
});

test('the asked community declines a request; both sides see it declined', async () => {
  const { asking, asked } = await twoUnlinkedCommunities();
  const requester = await signUp(suite.portal.api.url, 'Hopeful Editor');
  const responder = await signUp(suite.portal.api.url, 'Busy Editor');
  await grantRole(suite.portal, requester, 'ORGANIZATION_EDITOR', asking.members.nodes[0]!.id);
  await grantRole(suite.portal, responder, 'ORGANIZATION_EDITOR', asked.members.nodes[0]!.id);
  // The request itself was driven through the form above; here it is made as the API's client would.
  const response = await fetch(`${suite.portal.api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headersOf(requester) },
    body: JSON.stringify({
      query: 'mutation($from: ID!, $to: ID!) { requestCommunityLink(fromId: $from, toId: $to, message: "Joint workshop?") { id } }',
      variables: { from: asking.id, to: asked.id },
    }),
  });
  expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();

  const page = await open(responder);
  await page.goto(`/communities/${asked.slug}`);
  const incoming = page.locator('.link-list li').filter({ hasText: asking.name });
  await incoming.getByRole('button', { name: 'Decline' }).click();
  await incoming.getByText('Declined').waitFor();
  await incoming.getByRole('button', { name: 'Accept' }).waitFor({ state: 'detached' });

  const asker = await open(requester);
  await asker.goto(`/communities/${asking.slug}`);
  const outgoing = asker.locator('.link-list li').filter({ hasText: asked.name });
  await outgoing.getByText('Declined').waitFor();
  // The asking side cannot answer its own request.
  expect(await outgoing.getByRole('button', { name: 'Accept' }).count()).toBe(0);
});

test("an organization's history: who changed what, for signed-in users", async () => {
  const editor = await signUp(suite.portal.api.url, 'History Reader');
  const { organizations } = await suite.portal.api.graphql<{
    organizations: { nodes: { id: string; slug: string; name: string; version: number }[] };
  }>('{ organizations(first: 1, filter: { kinds: [SME] }) { nodes { id slug name version } } }');
  const organization = organizations.nodes[0]!;
  await grantRole(suite.portal, editor, 'ORGANIZATION_EDITOR', organization.id);
  const response = await fetch(`${suite.portal.api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: `lb_session=${editor.session}`, 'x-csrf-token': editor.csrfToken },
    body: JSON.stringify({
      query: 'mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { version } }',
      variables: { input: { id: organization.id, version: organization.version, city: 'Rennes' } },
    }),
  });
  const body = (await response.json()) as { errors?: unknown };
  expect(body.errors).toBeUndefined();

  const anonymous = await open(null);
  await anonymous.goto(`/organizations/${organization.slug}`);
  await anonymous.getByText('Sign in to see who changed this profile').waitFor();

  const page = await open(editor);
  await page.goto(`/organizations/${organization.slug}`);
  const history = page.locator('section[aria-labelledby="history-title"]');
  const change = history.locator('li').filter({ hasText: 'History Reader' }).first();
  await change.getByText('Changed').waitFor();
  await change.locator('ins').filter({ hasText: 'Rennes' }).waitFor();
  await expectAccessible(page, 'organization-history');
});
