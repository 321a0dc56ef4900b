#!/usr/bin/env node
// Fails the build when the JavaScript that index.html loads up front (entry + modulepreloads)
// exceeds the budget, gzipped. Lazy route chunks are not counted: they load on navigation.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 200 * 1024;
const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
const scripts = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="([^"]+\.js)"/g)].map((m) => m[1]);
let total = 0;
for (const src of new Set(scripts)) {
  const size = gzipSync(readFileSync(path.join(dist, src.replace(/^\//, '')))).length;
  total += size;
  console.log(`  ${src}  ${(size / 1024).toFixed(1)} KB gzip`);
}
console.log(`initial JS: ${(total / 1024).toFixed(1)} KB gzip (budget ${BUDGET_BYTES / 1024} KB)`);
if (scripts.length === 0) {
  console.error('no script found in dist/index.html');
  process.exit(1);
}
if (total > BUDGET_BYTES) {
  console.error('initial JS is over budget');
  process.exit(1);
}
