import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

// The build registers every gql document of the portal by itself; what it cannot register fails
// the build with a message naming the operation.
const webRoot = path.resolve(__dirname, '..');
const fixture = path.join(webRoot, `.registered-operations-fixture-${process.pid}`);

const NEW_PAGE = `import { gql, type TypedDocumentNode } from '@apollo/client';
const PARTNERS: TypedDocumentNode<unknown, { slug: string }> = gql\`
  query NewPartnersPage($slug: String!) { organization(slug: $slug) { name } }
\`;
export function usePartners() { return PARTNERS; }
export function lazyDocument() {
  return gql\`query BuiltInsideAFunction { organizations(first: 1) { totalCount } }\`;
}
export const ANONYMOUS = gql\`{ organizations(first: 2) { totalCount } }\`;
`;

beforeAll(() => {
  fs.cpSync(path.join(webRoot, 'src'), path.join(fixture, 'src'), { recursive: true });
  fs.mkdirSync(path.join(fixture, 'src/features/partners'), { recursive: true });
  fs.writeFileSync(path.join(fixture, 'src/features/partners/partners-page.tsx'), NEW_PAGE);
});
afterAll(() => fs.rmSync(fixture, { recursive: true, force: true }));

test('a new page’s query is registered without any list to edit; what cannot be registered is named', () => {
  const run = spawnSync(process.execPath, [path.join(webRoot, 'scripts/registered-operations.mjs'), fixture], { encoding: 'utf8' });
  const registered = run.stdout.split('\n').map((line) => line.split(/\s+/)[1]);
  expect(registered).toEqual(expect.arrayContaining(['NewPartnersPage', 'Directory', 'OrganizationProfile', 'LatestActivity']));
  expect(registered).not.toContain('BuiltInsideAFunction');
  expect(run.status).toBe(1);
  expect(run.stderr).toContain(
    'the query BuiltInsideAFunction (src/features/partners/partners-page.tsx:7) is not a registered operation: create its gql document when its module loads',
  );
  expect(run.stderr).toContain('an anonymous query at src/features/partners/partners-page.tsx:9 cannot be registered: give it a name');
});
