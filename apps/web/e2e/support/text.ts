import type { Locator } from 'playwright-core';

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
