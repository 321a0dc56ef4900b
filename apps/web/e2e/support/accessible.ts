import type { Page } from 'playwright-core';
import { axeViolations } from './axe';
import { screenshot } from './browser';

/** Saves a screenshot of the page as a test artifact, then expects axe to find no violation. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  expect(await axeViolations(page)).toEqual([]);
}
