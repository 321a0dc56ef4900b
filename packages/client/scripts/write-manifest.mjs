// Writes the API's registry of persisted operations (sha256 → document) from the generated client
// operations, so that the API's safelist mode runs exactly the operations this client sends.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const generated = JSON.parse(fs.readFileSync(path.join(root, 'src/generated/persisted-documents.json'), 'utf8'));
const manifest = Object.fromEntries(
  Object.entries(generated)
    .map(([hash, document]) => [hash.replace(/^sha256:/, ''), document])
    .sort(([a], [b]) => a.localeCompare(b)),
);
const target = path.join(root, '../../apps/api/src/graphql/limits/persisted-operations.json');
fs.writeFileSync(target, `${JSON.stringify(manifest, null, 2)}\n`);
process.stdout.write(`Wrote ${Object.keys(manifest).length} operations to ${path.relative(process.cwd(), target)}\n`);
