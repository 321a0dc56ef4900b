#!/usr/bin/env node
// `pnpm start`: builds what is not built yet, then runs the API, which also serves the portal,
// on the embedded database unless DATABASE_URL is set. Demo data is loaded on the first start.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = (args) => {
  const result = spawnSync('pnpm', args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (!process.argv.includes('--no-build')) run(['build']);

const webDist = path.join(root, 'apps', 'web', 'dist');
const env = { ...process.env };
if (!env.WEB_DIST_DIR && existsSync(path.join(webDist, 'index.html'))) env.WEB_DIST_DIR = webDist;
const api = spawn(process.execPath, [path.join(root, 'apps', 'api', 'dist', 'main.js')], { cwd: root, stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => api.kill(signal));
api.on('exit', (code) => process.exit(code ?? 0));
