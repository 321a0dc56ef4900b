import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
export const webRoot = path.join(repoRoot, 'apps', 'web');
export const webDist = path.join(webRoot, 'dist');
const apiMain = path.join(repoRoot, 'apps', 'api', 'dist', 'main.js');

function newestMtime(target: string): number {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

function build(filter: string): void {
  // Jest sets NODE_ENV=test, which would make Vite bundle React's and Apollo's development builds.
  const env = { ...process.env, NODE_ENV: 'production' };
  const result = spawnSync('pnpm', ['--filter', filter, 'run', 'build'], { cwd: repoRoot, stdio: 'inherit', env });
  if (result.status !== 0) throw new Error(`building ${filter} failed`);
}

/** The tests drive the BUILT portal: build it when dist is missing or older than the sources. */
export function ensureBuilt(): { apiMain: string; webDist: string } {
  const index = path.join(webDist, 'index.html');
  const sources = Math.max(newestMtime(path.join(webRoot, 'src')), newestMtime(path.join(webRoot, 'index.html')));
  if (!fs.existsSync(index) || fs.statSync(index).mtimeMs < sources) build('@lightbridge/web');
  if (!fs.existsSync(apiMain)) {
    build('@lightbridge/taxonomy');
    build('@lightbridge/api');
  }
  return { apiMain, webDist };
}
