// The portal's registered operations. At build time every gql document of src/ is collected by
// loading the modules that hold one (Vite SSR, with `gql` recording what it makes), passed through
// the portal's own Apollo Client as far as the network (so the text is exactly what it would send),
// checked against the operations the sources spell out, and written to dist/operations.json
// (sha256 → document), which the API loads at start. The portal then sends hashes only.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createServer } from 'vite';
import { findOperations, missingOperations } from '../../../scripts/graphql-operations.mjs';

export const VIRTUAL_ID = 'virtual:registered-operations';
const RESOLVED_VIRTUAL_ID = `\0${VIRTUAL_ID}`;
const RECORDING_APOLLO = 'virtual:lb-recording-apollo';
const COLLECTOR = 'virtual:lb-operation-collector';
const webRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const sha256 = (text) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Modules of the collecting server: `gql` records its documents; the collector prints them as sent. */
function collectingPlugin(srcDir) {
  return {
    name: 'lightbridge-collect-operations',
    enforce: 'pre',
    resolveId(id) {
      if (id === VIRTUAL_ID) return RESOLVED_VIRTUAL_ID;
      if (id === COLLECTOR || id === RECORDING_APOLLO) return `\0${id}`;
      return null;
    },
    // Vite resolves the dependencies of server-side modules without plugins, so the import is rewritten.
    transform(code, id) {
      if (!id.startsWith(srcDir)) return null;
      return code.replace(/(from\s*)(['"])@apollo\/client\2/g, `$1'${RECORDING_APOLLO}'`);
    },
    load(id) {
      if (id === RESOLVED_VIRTUAL_ID) return 'export default null;';
      if (id === `\0${RECORDING_APOLLO}`) {
        return `export * from '@apollo/client';
import { gql as tag } from '@apollo/client';
export function gql(...args) { const document = tag(...args); (globalThis.__lbDocuments ??= []).push(document); return document; }`;
      }
      if (id === `\0${COLLECTOR}`) {
        return `import { ApolloLink } from '@apollo/client';
import { print } from '@apollo/client/utilities';
import { Observable } from 'rxjs';
import { createApolloClient } from ${JSON.stringify(path.join(srcDir, 'app/apollo-client.ts'))};
export async function printAsSent(documents) {
  let sent = null;
  const capture = new ApolloLink((operation) => new Observable((observer) => {
    sent = { name: operation.operationName ?? null, document: print(operation.query) };
    observer.error(new Error('captured'));
  }));
  const client = createApolloClient(capture);
  const printed = [];
  for (const document of documents) {
    const definition = document.definitions.find((d) => d.kind === 'OperationDefinition');
    if (!definition) continue;
    sent = null;
    if (definition.operation === 'mutation') await client.mutate({ mutation: document }).catch(() => {});
    else await client.query({ query: document, fetchPolicy: 'no-cache' }).catch(() => {});
    if (!sent) throw new Error('the Apollo client sent nothing for ' + (definition.name?.value ?? 'an anonymous operation'));
    printed.push(sent);
  }
  return printed;
}`;
      }
      return null;
    },
  };
}

/**
 * Collects, checks and returns the portal's operations: `{ operations: [{ name, hash, document }], problems }`.
 * `root` is the portal folder (its src/ is read); problems name each operation the manifest would lack.
 */
export async function collectOperations(root = webRoot) {
  const srcDir = path.join(root, 'src');
  const found = findOperations(srcDir);
  const files = [...new Set(found.map((operation) => operation.file))];
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'silent',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [], entries: [] },
    plugins: [collectingPlugin(srcDir)],
  });
  const problems = [];
  let printed = [];
  try {
    globalThis.__lbDocuments = [];
    for (const file of files) {
      try {
        await server.ssrLoadModule(file);
      } catch (error) {
        problems.push(`${path.relative(root, file)} could not be loaded to read its operations: ${error.message}`);
      }
    }
    const { printAsSent } = await server.ssrLoadModule(COLLECTOR);
    printed = await printAsSent(globalThis.__lbDocuments);
  } finally {
    delete globalThis.__lbDocuments;
    await server.close();
  }
  const byName = new Map();
  for (const { name, document } of printed) {
    if (!name) continue;
    if (byName.has(name) && byName.get(name) !== document)
      problems.push(`two different operations are named ${name}: names must be unique`);
    byName.set(name, document);
  }
  problems.push(
    ...missingOperations(found, [...byName.keys()], root, 'create its gql document when its module loads (not inside a function)'),
  );
  const operations = [...byName].map(([name, document]) => ({ name, hash: sha256(document), document }));
  operations.sort((a, b) => a.name.localeCompare(b.name));
  return { operations, problems };
}

/**
 * Vite plugin: `virtual:registered-operations` is operation name → hash in a build (null in the
 * development server, which sends whole documents), and the build emits operations.json.
 */
export function registeredOperations() {
  let collected = null;
  let isBuild = false;
  return {
    name: 'lightbridge-registered-operations',
    configResolved(config) {
      isBuild = config.command === 'build';
    },
    async buildStart() {
      if (!isBuild) return;
      const { operations, problems } = await collectOperations();
      if (problems.length > 0) this.error(`The portal's registered operations are incomplete:\n  - ${problems.join('\n  - ')}`);
      collected = operations;
    },
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_VIRTUAL_ID : null),
    load(id) {
      if (id !== RESOLVED_VIRTUAL_ID) return null;
      return `export default ${collected ? JSON.stringify(Object.fromEntries(collected.map((o) => [o.name, o.hash]))) : 'null'};`;
    },
    generateBundle() {
      if (!collected) return;
      const manifest = Object.fromEntries(collected.map((o) => [o.hash, o.document]));
      this.emitFile({ type: 'asset', fileName: 'operations.json', source: `${JSON.stringify(manifest, null, 2)}\n` });
    },
  };
}

// `node scripts/registered-operations.mjs [portal folder]`: prints the operations, or the problems (exit 1).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { operations, problems } = await collectOperations(path.resolve(process.argv[2] ?? webRoot));
  for (const { name, hash } of operations) console.log(`${hash}  ${name}`);
  if (problems.length > 0) {
    console.error(`The portal's registered operations are incomplete:\n  - ${problems.join('\n  - ')}`);
    process.exit(1);
  }
}
