import type { Locator, Page } from 'playwright-core';
import { headersOf, signUp, type TestUser } from './support/accounts';
import { grantRole } from './support/signed-in-page';
import { expectAccessible, signedInSuite } from './support/signed-in-suite';
import { expectText } from './support/text';

const suite = signedInSuite();
const SLUG = 'photonics-finland-korea-mission-2027';
const TITLE = 'Joint mission to Korea';

interface Org {
  id: string;
  slug: string;
  name: string;
}

/** Calls the API as the user, with the session cookie and CSRF header the portal sends. */
async function asUser<T>(user: TestUser, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${suite.portal.api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headersOf(user) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(`request failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** The error shown under a field, found through the field's label. */
const fieldError = (form: Locator, label: string) =>
  form
    .locator('.field')
    .filter({ has: form.page().getByLabel(label, { exact: true }) })
    .locator('.field-error');
const card = (page: Page, title: string) =>
  page.locator('.roadmap-action').filter({ has: page.getByRole('heading', { name: title, level: 3 }) });

async function clusters(): Promise<Org[]> {
  const data = await suite.portal.api.graphql<{ organizations: { nodes: Org[] } }>(
    `{ organizations(first: 100, filter: { kinds: [CLUSTER] }) { nodes { id slug name } } }`,
  );
  return data.organizations.nodes;
}

test('a cluster manager creates an action, reports progress, edits it over a conflict and deletes it', async () => {
  const all = await clusters();
  const finland = all.find((c) => c.slug === 'photonics-finland')!;
  const partner = all.find((c) => c.slug === 'photonics-bw')!;
  const { kpiDefinitions } = await suite.portal.api.graphql<{ kpiDefinitions: { nodes: { code: string; name: string; unit: string }[] } }>(
    `{ kpiDefinitions(first: 100) { nodes { code name unit } } }`,
  );
  const b2b = kpiDefinitions.nodes.find((k) => k.code === 'b2b-meetings')!;
  const { agreements } = await suite.portal.api.graphql<{ agreements: { nodes: { id: string; slug: string; title: string }[] } }>(
    `{ agreements(first: 100) { nodes { id slug title } } }`,
  );
  const mou = agreements.nodes[0]!;
  const manager = await signUp(suite.portal.api.url, 'Roadmap Manager');
  await grantRole(suite.portal, manager, 'CLUSTER_MANAGER', finland.id);

  const page = await suite.open(manager);
  await page.goto('/roadmap');
  await page.getByRole('button', { name: 'New action' }).click();
  const form = page.getByRole('form', { name: 'New roadmap action' });
  await form.getByLabel(`${b2b.name} (${b2b.unit})`).waitFor();
  await expectAccessible(page, 'roadmap-create-form');

  // A bad date range is refused before anything is sent, next to the end date.
  await form.getByLabel('Title').fill(TITLE);
  expect(await form.getByLabel('URL identifier').inputValue()).toBe('joint-mission-to-korea');
  await form.getByLabel('Start date').fill('2027-09-01');
  await form.getByLabel('End date').fill('2027-08-01');
  await form.getByRole('button', { name: 'Create action' }).click();
  await expectText(fieldError(form, 'End date'), 'The end date cannot be before the start date.');
  expect(await form.getByLabel('End date').getAttribute('aria-invalid')).toBe('true');
  await expectAccessible(page, 'roadmap-create-form-errors');

  // A rule only the API knows (the slug is taken) comes back next to its field.
  await form.getByLabel('End date').fill('2027-09-30');
  await form.getByLabel('URL identifier').fill('pimap-plus-japan-exploration');
  await form.getByRole('button', { name: 'Create action' }).click();
  await expectText(fieldError(form, 'URL identifier'), 'Another roadmap action has this slug.');

  await form.getByLabel('URL identifier').fill(SLUG);
  await form.getByLabel('Budget (EUR)').fill('40000');
  await form.getByLabel('Description').fill('B2B meetings with Korean integrators.');
  await form.getByLabel('Partners', { exact: true }).selectOption([partner.id]);
  await form.getByLabel('Agreements', { exact: true }).selectOption([mou.id]);
  await form.getByLabel(`${b2b.name} (${b2b.unit})`).fill('30');
  await form.getByRole('button', { name: 'Create action' }).click();
  await expectText(page.locator('.roadmap > .form-status'), 'The action was added to the roadmap.');
  await card(page, TITLE).waitFor();
  await page.locator('.roadmap-timeline').getByRole('link', { name: TITLE }).waitFor();
  const { roadmapAction: created } = await suite.portal.api.graphql<{
    roadmapAction: {
      id: string;
      budgetEur: number;
      ownerCluster: { slug: string };
      partners: { slug: string }[];
      agreements: { slug: string }[];
      kpis: { contribution: number }[];
    };
  }>(
    `{ roadmapAction(slug: "${SLUG}") { id budgetEur ownerCluster { slug } partners { slug } agreements { slug } kpis { contribution } } }`,
  );
  expect(created).toMatchObject({
    budgetEur: 40000,
    ownerCluster: { slug: 'photonics-finland' },
    partners: [{ slug: 'photonics-bw' }],
    agreements: [{ slug: mou.slug }],
  });
  expect(created.kpis).toEqual([{ contribution: 30 }]);

  // Progress: a report of 100 marks it done, on the card and in the owner's computed KPI.
  await card(page, TITLE).getByRole('button', { name: 'Report progress' }).click();
  const report = page.getByRole('form', { name: `Progress on “${TITLE}”` });
  await report.getByLabel('Progress (%)').fill('100');
  await report.getByLabel('Day of the report').fill('2027-09-30');
  await report.getByLabel('Note').fill('All meetings held.');
  await expectAccessible(page, 'roadmap-progress-form');
  await report.getByRole('button', { name: 'Report progress' }).click();
  await expectText(card(page, TITLE).locator('.roadmap-status'), 'Done');
  await expectText(card(page, TITLE).locator('.roadmap-progress'), 'Progress: 100%');
  await expectAccessible(page, 'roadmap-after-progress');
  const { organization } = await suite.portal.api.graphql<{
    organization: { kpis: { kpi: { code: string }; periods: { value: number }[] }[] };
  }>(`{ organization(slug: "photonics-finland") { kpis(periods: ["2027-Q3"]) { kpi { code } periods { value } } } }`);
  expect(organization.kpis.find((k) => k.kpi.code === 'roadmap-actions-completed')!.periods[0]!.value).toBe(1);

  // Someone else saves first: the form says so and shows what is stored now.
  await card(page, TITLE).getByRole('button', { name: 'Edit' }).click();
  const edit = page.getByRole('form', { name: `Edit “${TITLE}”` });
  const { roadmapAction: stored } = await suite.portal.api.graphql<{ roadmapAction: { version: number } }>(
    `{ roadmapAction(slug: "${SLUG}") { version } }`,
  );
  await asUser(manager, `mutation($input: UpdateRoadmapActionInput!) { updateRoadmapAction(input: $input) { version } }`, {
    input: { id: created.id, version: stored.version, title: 'Joint mission to Seoul' },
  });
  await edit.getByLabel('Title').fill('Joint mission to Busan');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  // The form shows the stored title at once, so its name may already be the new one when the alert is read.
  const conflicted = page.getByRole('form', { name: /^Edit “Joint mission to (Korea|Seoul)”$/ });
  await expectText(conflicted.getByRole('alert'), /Someone changed this action since you opened it/);
  await expectText(page.getByRole('form', { name: 'Edit “Joint mission to Seoul”' }).getByRole('heading'), 'Edit “Joint mission to Seoul”');
  expect(await page.getByRole('form', { name: 'Edit “Joint mission to Seoul”' }).getByLabel('Title').inputValue()).toBe(
    'Joint mission to Seoul',
  );
  await expectAccessible(page, 'roadmap-edit-conflict');
  const current = page.getByRole('form', { name: 'Edit “Joint mission to Seoul”' });
  await current.getByLabel('Title').fill('Joint mission to Busan');
  await current.getByLabel('Budget (EUR)').fill('');
  await current.getByRole('button', { name: 'Save changes' }).click();
  await card(page, 'Joint mission to Busan').waitFor();
  // An emptied budget is cleared, not kept.
  const { roadmapAction: saved } = await suite.portal.api.graphql<{ roadmapAction: { budgetEur: number | null } }>(
    `{ roadmapAction(slug: "${SLUG}") { budgetEur } }`,
  );
  expect(saved.budgetEur).toBeNull();

  // Deleting asks first.
  await card(page, 'Joint mission to Busan').getByRole('button', { name: 'Delete' }).click();
  await card(page, 'Joint mission to Busan').getByRole('button', { name: 'Delete the action' }).click();
  await card(page, 'Joint mission to Busan').waitFor({ state: 'detached' });
  await expectText(page.locator('.roadmap > .form-status'), '“Joint mission to Busan” was deleted.');
});

test('an anonymous user and a manager of another cluster see no edit controls', async () => {
  const { roadmapActions } = await suite.portal.api.graphql<{
    roadmapActions: { nodes: { title: string; ownerCluster: { slug: string }; partners: { slug: string }[] }[] };
  }>(`{ roadmapActions(first: 100) { nodes { title ownerCluster { slug } partners { slug } } } }`);
  const involved = new Set(roadmapActions.nodes.flatMap((a) => [a.ownerCluster.slug, ...a.partners.map((p) => p.slug)]));
  const outsider = (await clusters()).find((c) => !involved.has(c.slug))!;
  const first = roadmapActions.nodes[0]!.title;

  const anonymous = await suite.open(null);
  await anonymous.goto('/roadmap');
  await card(anonymous, first).waitFor();
  expect(await anonymous.locator('.roadmap-controls').count()).toBe(0);
  expect(await anonymous.getByRole('button', { name: 'New action' }).count()).toBe(0);

  const other = await signUp(suite.portal.api.url, 'Other Manager');
  await grantRole(suite.portal, other, 'CLUSTER_MANAGER', outsider.id);
  const page = await suite.open(other);
  await page.goto('/roadmap');
  // The viewer is known once the create button shows; the list's controls come with the list itself.
  await page.getByRole('button', { name: 'New action' }).waitFor();
  await card(page, first).waitFor();
  expect(await page.locator('.roadmap-controls').count()).toBe(0);
  await page.getByRole('button', { name: 'New action' }).click();
  expect(await page.getByRole('form', { name: 'New roadmap action' }).getByLabel('Owner cluster').inputValue()).toBe(outsider.id);
  await expectAccessible(page, 'roadmap-other-manager');
});
