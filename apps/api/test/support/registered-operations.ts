import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';

export const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
export const PORTAL_MANIFEST = path.join(repoRoot, 'apps/web/dist/operations.json');
export const WIDGETS_MANIFEST = path.join(repoRoot, 'packages/widgets/dist/operations.json');

function newestMtime(target: string): number {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(target).map((entry) => newestMtime(path.join(target, entry))));
}

/** The builds write the manifests (`pnpm build`); rebuilt here when missing or older than the sources. */
export function ensureManifestsBuilt(): void {
  const builds: [string, string, string][] = [
    [PORTAL_MANIFEST, path.join(repoRoot, 'apps/web/src'), '@lightbridge/web'],
    [WIDGETS_MANIFEST, path.join(repoRoot, 'packages/widgets/src'), '@lightbridge/widgets'],
  ];
  for (const [manifest, sources, filter] of builds) {
    if (fs.existsSync(manifest) && fs.statSync(manifest).mtimeMs >= newestMtime(sources)) continue;
    const result = spawnSync('pnpm', ['--filter', filter, 'run', 'build'], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, NODE_ENV: 'production' },
    });
    if (result.status !== 0) throw new Error(`building ${filter} failed:\n${result.stdout}\n${result.stderr}`);
  }
}

export function readManifest(file: string): Record<string, string> {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
}

export function operationOf(document: string): OperationDefinitionNode {
  const operation = parse(document).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation) throw new Error(`no operation in ${document.slice(0, 80)}`);
  return operation;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/**
 * The operation names written in the sources, read independently of the builds' own check: the
 * first word after a backtick or quote that opens `query|mutation|subscription Name`.
 */
export function operationsInSources(dir: string): { name: string; file: string }[] {
  return sourceFiles(dir).flatMap((file) =>
    [...fs.readFileSync(file, 'utf8').matchAll(/[`'"]\s*(?:query|mutation|subscription)\s+([A-Za-z_]\w*)\s*[({]/g)].map((m) => ({
      name: m[1]!,
      file: path.relative(repoRoot, file),
    })),
  );
}
