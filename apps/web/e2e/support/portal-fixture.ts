import type { Browser } from 'playwright-core';
import { apiClient, startApi, type RunningApi } from './api-server';
import { launchBrowser } from './browser';
import { ensureBuilt } from './built-portal';

export interface PortalFixture {
  api: Pick<RunningApi, 'url' | 'graphql'>;
  browser: Browser;
  close(): Promise<void>;
}

/** Builds the portal if needed, starts the real API with demo data and a headless Chromium. */
export async function startPortal(options: { env?: Record<string, string> } = {}): Promise<PortalFixture> {
  // For local iteration only: drive an API that is already running (it must serve apps/web/dist).
  const existing = process.env.LIGHTBRIDGE_E2E_API_URL;
  if (existing) {
    ensureBuilt();
    const browser = await launchBrowser();
    return { api: apiClient(existing), browser, close: () => browser.close() };
  }
  const { apiMain, webDist } = ensureBuilt();
  const [api, browser] = await Promise.allSettled([startApi(apiMain, webDist, undefined, options.env), launchBrowser()]);
  if (api.status === 'rejected' || browser.status === 'rejected') {
    // Leave nothing running behind a failed start, or jest would wait for it forever.
    if (api.status === 'fulfilled') await api.value.stop();
    if (browser.status === 'fulfilled') await browser.value.close();
    throw api.status === 'rejected' ? api.reason : (browser as PromiseRejectedResult).reason;
  }
  return {
    api: api.value,
    browser: browser.value,
    async close() {
      await browser.value.close();
      await api.value.stop();
    },
  };
}
