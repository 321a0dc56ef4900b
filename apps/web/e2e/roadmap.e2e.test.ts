import { expectAccessible, signedInSuite } from './support/signed-in-suite';
import { expectText } from './support/text';

const suite = signedInSuite();
const ACADEMY = 'Photonics4Industry joint cluster academy';

test('the roadmap shows the demo actions on a timeline and as a list, filtered by cluster in the URL', async () => {
  const page = await suite.open(null);
  await page.goto('/roadmap');
  const mission = 'Follow-up business mission to Photonics West with Optics Valley';
  const card = page.locator('.roadmap-action').filter({ has: page.getByRole('heading', { name: mission, level: 3 }) });
  await card.waitFor();
  await expectText(card.locator('.roadmap-status'), 'Done');
  await page.locator('.roadmap-timeline').getByRole('link', { name: mission }).waitFor();
  await expectAccessible(page, 'roadmap');

  // Photonics BW owns the Joint Cluster Academy and takes no part in the PIMAP mission.
  const { organization, roadmapActions } = await suite.portal.api.graphql<{
    organization: { name: string };
    roadmapActions: { totalCount: number };
  }>(`{ organization(slug: "photonics-bw") { name } roadmapActions(cluster: "photonics-bw") { totalCount } }`);
  await page.getByLabel('Cluster').selectOption({ label: organization.name });
  await page.waitForURL(/\/roadmap\?cluster=photonics-bw$/);
  await card.waitFor({ state: 'detached' });
  await page.getByRole('heading', { name: ACADEMY, level: 3 }).waitFor();
  expect(await page.locator('.roadmap-action').count()).toBe(roadmapActions.totalCount);
  await page.reload();
  await page.getByRole('heading', { name: ACADEMY, level: 3 }).waitFor();
  expect(await page.getByLabel('Cluster').inputValue()).toBe('photonics-bw');

  // An organization that takes part in no action: the empty state, not an error.
  await page.goto('/roadmap?cluster=polimi');
  await page.getByText('No action on the roadmap for this selection.').waitFor();
  await expectAccessible(page, 'roadmap-empty');
});
