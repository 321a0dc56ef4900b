#!/usr/bin/env node
// `pnpm test`: every test. Jest runs in band: the embedded database has a single backend, and
// each test file resets the one shared test database.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const extra = process.argv.slice(2);
const result = spawnSync('pnpm', ['exec', 'jest', '--runInBand', ...extra], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NODE_OPTIONS: [process.env.NODE_OPTIONS, '--experimental-vm-modules', '--no-warnings'].filter(Boolean).join(' ') },
});
process.exit(result.status ?? 1);
