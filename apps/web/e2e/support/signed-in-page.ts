import type { Page } from 'playwright-core';
import { signInBrowser, type TestUser } from './accounts';
import { openPage } from './browser';
import type { PortalWithDatabase } from './portal-with-database';

/** A fresh browser page, signed in as the user when one is given (anonymous otherwise). */
export async function pageAs(portal: PortalWithDatabase, user: TestUser | null): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(portal.browser, portal.api.url);
  if (user) await signInBrowser(opened.page.context(), portal.api.url, user);
  return opened;
}

/** The database id inside a global ID ("Organization:12", base64url). */
export const dbIdOf = (globalId: string): number => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);

/** Grants a role as an admin would; editor and manager roles name their organization. */
export async function grantRole(portal: PortalWithDatabase, user: TestUser, role: string, organizationGlobalId: string | null = null) {
  await portal.sql(`INSERT INTO role_grant (user_id, role, organization_id) VALUES ($1, $2, $3)`, [
    user.userId,
    role,
    organizationGlobalId === null ? null : dbIdOf(organizationGlobalId),
  ]);
}
