import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Kind } from 'graphql';
import { launchChromium, startHostSite, type Browser, type HostSite } from '../../../../packages/widgets/test/browser';
import { startTestApi, type TestApi } from '../support/api';
import { resetDatabase } from '../support/database';
import {
  ensureManifestsBuilt,
  operationOf,
  operationsInSources,
  PORTAL_MANIFEST,
  readManifest,
  repoRoot,
  WIDGETS_MANIFEST,
} from '../support/registered-operations';

// The portal and the widgets send registered operations by hash only; with SAFELIST=1 nothing else runs.
const persisted = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

interface Answer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

async function post(api: TestApi, body: unknown): Promise<Answer> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

let portal: Record<string, string>;
let widgets: Record<string, string>;
let api: TestApi;
let host: HostSite;

beforeAll(async () => {
  ensureManifestsBuilt();
  portal = readManifest(PORTAL_MANIFEST);
  widgets = readManifest(WIDGETS_MANIFEST);
  await resetDatabase({ demo: 60 });
  host = await startHostSite();
  api = await startTestApi({ SAFELIST: '1', WEB_DIST_DIR: `${repoRoot}/apps/web/dist`, CORS_ORIGINS: host.origin });
}, 300_000);
afterAll(async () => {
  await api?.stop();
  await host?.stop();
});

describe('the manifests of registered operations', () => {
  it.each([
    ['apps/web/src', () => portal],
    ['packages/widgets/src', () => widgets],
  ])('hold every operation written in %s', (dir, manifest) => {
    const registered = new Set(Object.values(manifest()).map((document) => operationOf(document).name?.value));
    const written = operationsInSources(`${repoRoot}/${dir}`);
    expect(written.length).toBeGreaterThan(4);
    const missing = written.filter(({ name }) => !registered.has(name)).map(({ name, file }) => `${name} (${file}): run pnpm build`);
    expect(missing).toEqual([]);
  });

  it('key every document by its sha256, and the portal documents as Apollo Client sends them', () => {
    for (const [hash, document] of Object.entries({ ...portal, ...widgets })) expect(sha256(document)).toBe(hash);
    const directory = Object.values(portal).find((document) => operationOf(document).name?.value === 'Directory')!;
    expect(directory).toContain('__typename');
  });
});

describe('loading the manifests', () => {
  it('stops the start when an entry is not the sha256 of its document, naming the file', async () => {
    const file = path.join(os.tmpdir(), `lb-bad-operations-${process.pid}.json`);
    fs.writeFileSync(file, JSON.stringify({ ['0'.repeat(64)]: 'query Tampered { __typename }' }));
    try {
      await expect(startTestApi({ PORTAL_OPERATIONS: file })).rejects.toThrow(`Operation manifest ${file}: the entry ${'0'.repeat(64)}`);
    } finally {
      fs.rmSync(file);
    }
  });
});

/**
 * Answers that only an operation the safelist let through can give: its variables were validated
 * (none are sent here), or its resolvers asked for a signed-in user (the account pages' operations,
 * sent anonymously here).
 */
const PAST_THE_SAFELIST = new Set(['BAD_USER_INPUT', 'UNAUTHENTICATED']);

describe('safelist mode', () => {
  it('runs every portal and widget operation by its hash alone', async () => {
    for (const [hash, document] of Object.entries({ ...portal, ...widgets })) {
      const operation = operationOf(document);
      const required = operation.variableDefinitions?.filter((v) => v.type.kind === Kind.NON_NULL_TYPE && !v.defaultValue) ?? [];
      const res = await post(api, { extensions: persisted(hash) });
      const codes = res.body.errors?.map((e) => String(e.extensions?.code)) ?? [];
      expect({ operation: operation.name?.value, codes: codes.filter((code) => !PAST_THE_SAFELIST.has(code)) }).toEqual({
        operation: operation.name?.value,
        codes: [],
      });
      // Without its variables, an operation that needs some is refused by variable validation, after the safelist.
      if (required.length > 0) expect(codes).toContain('BAD_USER_INPUT');
      else if (!codes.includes('UNAUTHENTICATED')) expect(res.body.data).toBeTruthy();
    }
  });

  it('runs a widget operation with its variables and returns data', async () => {
    const [hash] = Object.entries(widgets).find(([, document]) => document.startsWith('query LightBridgeSearch('))!;
    const res = await post(api, { extensions: persisted(hash), variables: { search: 'laser' } });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ organizations: { totalCount: expect.any(Number) } });
  });

  it('refuses an ad-hoc query, an unknown hash and a registered document changed by one character', async () => {
    const [, document] = Object.entries(portal)[0]!;
    for (const body of [
      { query: '{ organizations(first: 1) { totalCount } }' },
      { extensions: persisted(sha256('{ __typename }')) },
      { query: `${document} ` },
    ]) {
      const res = await post(api, body);
      expect(res.status).toBe(403);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('OPERATION_NOT_REGISTERED');
    }
  });
});

describe('the built portal and the widgets against an API in safelist mode', () => {
  let chromium: { browser: Browser; close(): Promise<void> };

  beforeAll(async () => {
    chromium = await launchChromium();
  });
  afterAll(() => chromium?.close());

  it('shows the portal pages, sending hashes and never documents', async () => {
    const page = await chromium.browser.newPage();
    const sent: { query?: unknown; extensions?: unknown }[] = [];
    const refused: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && request.method() === 'POST') sent.push(request.postDataJSON() as (typeof sent)[number]);
    });
    page.on('response', (response) => {
      if (response.url().endsWith('/graphql') && response.status() !== 200) refused.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(`${api.url}/`);
    await page.locator('.figures strong').first().waitFor();
    await page.goto(`${api.url}/directory`);
    await page.locator('.org-card').first().waitFor();
    await page.goto(`${api.url}/organizations/photonics-bretagne`);
    await page.getByRole('heading', { name: /^Members/ }).waitFor();
    await page.goto(`${api.url}/classification`);
    await page.locator('main li').first().waitFor();
    expect(refused).toEqual([]);
    expect(sent.length).toBeGreaterThan(3);
    for (const body of sent) {
      expect(body.query).toBeUndefined();
      expect(body.extensions).toMatchObject({ persistedQuery: { version: 1 } });
    }
    await page.close();
  });

  it('shows widget data on a page of another origin', async () => {
    const page = await chromium.browser.newPage();
    await page.goto(
      host.page(
        '/safelist.html',
        `<!doctype html><script src="${api.url}/widgets.js" defer></script>
         <lightbridge-members api="${api.url}" cluster="photonics-bretagne" page-size="3"></lightbridge-members>`,
      ),
    );
    await page.locator('lightbridge-members li').first().waitFor();
    await expect(page.locator('lightbridge-members [role=alert]').count()).resolves.toBe(0);
    await page.close();
  });
});
