import type { Locator, Page } from 'playwright-core';

/**
 * Waits until the locator's text equals `expected` (or matches it). A single read races the page:
 * it renders its frame before its data arrives, and a language switch re-renders after the click
 * has returned. Fails with the last text seen.
 */
export async function expectText(locator: Locator, expected: string | RegExp, timeoutMs = 15_000): Promise<void> {
  const matches = (text: string) => (typeof expected === 'string' ? text === expected : expected.test(text));
  const deadline = Date.now() + timeoutMs;
  let last = '';
  for (;;) {
    last = (await locator.textContent({ timeout: timeoutMs })) ?? '';
    if (matches(last)) return;
    if (Date.now() > deadline) throw new Error(`expected ${String(locator)} to read ${String(expected)}; it reads "${last}"`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Waits until the element with this id has the focus. Forms move the focus to their first invalid
 * field in the next animation frame, after the errors render: a read right after the error text
 * appears raced it on a loaded machine.
 */
export async function expectFocus(page: Page, id: string, timeoutMs = 5_000): Promise<void> {
  try {
    await page.waitForFunction((expected) => document.activeElement?.id === expected, id, { timeout: timeoutMs });
  } catch {
    const focused = await page.evaluate(() => document.activeElement?.id ?? '');
    throw new Error(`expected #${id} to have the focus; #${focused || '(none)'} has it`);
  }
}
