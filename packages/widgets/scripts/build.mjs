#!/usr/bin/env node
// Builds the widgets: dist/widgets.<hash>.js (IIFE, minified, the file the API serves), its copy
// dist/widgets.js, dist/widgets.mjs (ES module for bundlers), dist/operations.json (sha256 →
// document: the registered operations, which the API loads at start; the script sends hashes only),
// dist/manifest.json and the demo page. Fails above the gzip
// budget: `--budget=BYTES` overrides it (the test of this check uses it).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { build } from 'esbuild';
import { findOperations, missingOperations } from '../../../scripts/graphql-operations.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const budgetArg = process.argv.find((arg) => arg.startsWith('--budget='));
const budget = budgetArg ? Number(budgetArg.slice('--budget='.length)) : 15 * 1024;
const sha256 = (text) => createHash('sha256').update(text).digest('hex');

// The documents come from the source itself, so the hashes can never drift from what is sent.
const opsBundle = await build({ entryPoints: [path.join(root, 'src/operations.ts')], bundle: true, format: 'esm', write: false });
const { operations } = await import(`data:text/javascript;base64,${Buffer.from(opsBundle.outputFiles[0].text).toString('base64')}`);
const hashes = Object.fromEntries(Object.entries(operations).map(([name, document]) => [name, sha256(document)]));
const manifestOfOperations = Object.fromEntries(Object.entries(operations).map(([name, document]) => [hashes[name], document]));
// A document written anywhere else in src/ would be sent unregistered, and refused in safelist mode.
const unregistered = missingOperations(
  findOperations(path.join(root, 'src')),
  Object.keys(operations),
  root,
  'add it to src/operations.ts',
);
if (unregistered.length > 0) {
  console.error(`widgets: the registered operations are incomplete:\n  - ${unregistered.join('\n  - ')}`);
  process.exit(1);
}

const common = {
  entryPoints: [path.join(root, 'src/index.ts')],
  bundle: true,
  write: false,
  target: 'es2020',
  legalComments: 'none',
  define: { LB_OPERATION_HASHES: JSON.stringify(hashes) },
};
const [iife, esm] = await Promise.all([
  build({ ...common, format: 'iife', minify: true }),
  build({ ...common, format: 'esm', minify: true }),
]);
const script = iife.outputFiles[0].text;
const hash = sha256(script).slice(0, 12);
const gzipBytes = zlib.gzipSync(script, { level: 9 }).length;

const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
console.log(`widgets: ${Buffer.byteLength(script)} bytes minified, ${kb(gzipBytes)} gzip (budget ${kb(budget)})`);
if (gzipBytes > budget) {
  console.error(`widgets: over the size budget by ${gzipBytes - budget} bytes gzip; nothing written`);
  process.exit(1);
}

fs.rmSync(dist, { recursive: true, force: true });
fs.mkdirSync(dist, { recursive: true });
const file = `widgets.${hash}.js`;
fs.writeFileSync(path.join(dist, file), script);
fs.writeFileSync(path.join(dist, 'widgets.js'), script);
fs.writeFileSync(path.join(dist, 'widgets.mjs'), esm.outputFiles[0].text);
fs.writeFileSync(path.join(dist, 'operations.json'), `${JSON.stringify(manifestOfOperations, null, 2)}\n`);
fs.copyFileSync(path.join(root, 'demo/demo.html'), path.join(dist, 'demo.html'));
const manifest = {
  script: file,
  hash,
  bytes: Buffer.byteLength(script),
  gzipBytes,
  budgetBytes: budget,
  module: 'widgets.mjs',
  operations: hashes,
};
fs.writeFileSync(path.join(dist, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);

console.log(`widgets: wrote dist/${file}`);
