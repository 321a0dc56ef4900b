#!/usr/bin/env node
// Reports how the committed public schema changed since the previous commit that touched it:
// breaking changes (graphql's findBreakingChanges) and dangerous ones. CI prints this report; a
// breaking change is allowed only when it is deliberate and written in docs/api.md's changelog.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'apps', 'api', 'package.json'));
const { buildSchema, findBreakingChanges, findDangerousChanges } = require('graphql');
const file = 'apps/api/schema.graphql';

function git(...args) {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
}

let previous;
try {
  const commits = git('log', '-n', '2', '--format=%H', '--', file).trim().split('\n').filter(Boolean);
  const head = git('rev-parse', 'HEAD').trim();
  // The schema as it was before the latest commit that changed it (or before HEAD when HEAD changed it).
  const base = commits[0] === head ? commits[1] : commits[0];
  previous = base ? git('show', `${base}:${file}`) : null;
} catch {
  previous = null;
}
if (!previous) {
  console.log('schema changes: no earlier committed schema to compare with');
  process.exit(0);
}
const before = buildSchema(previous);
const after = buildSchema(readFileSync(path.join(root, file), 'utf8'));
const breaking = findBreakingChanges(before, after);
const dangerous = findDangerousChanges(before, after);
console.log(`schema changes: ${breaking.length} breaking, ${dangerous.length} dangerous`);
for (const change of breaking) console.log(`  BREAKING ${change.type}: ${change.description}`);
for (const change of dangerous) console.log(`  dangerous ${change.type}: ${change.description}`);
