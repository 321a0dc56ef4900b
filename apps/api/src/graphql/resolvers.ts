import fs from 'node:fs';
import path from 'node:path';
import type { NonEmptyArray } from 'type-graphql';
import { NodeResolver } from './node.resolver';

const RESOLVER_FILE = /\.resolver\.(ts|js)$/;

function resolverFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return resolverFiles(full);
    return RESOLVER_FILE.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/**
 * Every resolver of the public API: the classes named *Resolver exported by the modules'
 * `*.resolver.ts` files, so that a module adds a resolver file and nothing else has to change.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export function loadResolvers(): NonEmptyArray<Function> {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  const resolvers: Function[] = [NodeResolver];
  for (const file of resolverFiles(path.join(__dirname, '..', 'modules')).sort()) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exports = require(file) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) {
      if (typeof value === 'function' && name.endsWith('Resolver')) resolvers.push(value);
    }
  }
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  return resolvers as NonEmptyArray<Function>;
}
