import type { Page } from 'playwright-core';
import type { TestUser } from './accounts';
import { startPortalWithDatabase, type PortalWithDatabase } from './portal-with-database';
import { pageAs } from './signed-in-page';

export interface SignedInSuite {
  /** The portal and API of this test file, on a database of its own. */
  readonly portal: PortalWithDatabase;
  /** A fresh page, signed in as the user (anonymous for null), closed after the test. */
  open(user: TestUser | null): Promise<Page>;
}

/**
 * Registers the hooks of a test file that signs users in: one portal with its own database for the
 * file, and after each test every page it opened is closed and must have logged no error.
 */
export function signedInSuite(demoOrganizations?: number): SignedInSuite {
  let portal: PortalWithDatabase | undefined;
  const pages: { page: Page; errors: string[] }[] = [];

  beforeAll(async () => {
    portal = await startPortalWithDatabase(demoOrganizations);
  }, 240_000);
  afterAll(() => portal?.close());
  afterEach(async () => {
    for (const { page, errors } of pages.splice(0)) {
      await page.context().close();
      expect(errors).toEqual([]);
    }
  });

  return {
    get portal(): PortalWithDatabase {
      if (!portal) throw new Error('the portal has not started');
      return portal;
    },
    async open(user) {
      const opened = await pageAs(this.portal, user);
      pages.push(opened);
      return opened.page;
    },
  };
}

export { expectAccessible } from './accessible';
