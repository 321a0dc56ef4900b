import { createHash } from 'node:crypto';
import manifest from './persisted-operations.json';

/**
 * Registered operations (sha256 of the document → document), generated from the typed client's
 * operations (packages/client: `pnpm codegen`). Clients may send only the hash; in safelist mode
 * (SAFELIST=1) nothing else runs.
 */
const operations = new Map<string, string>(Object.entries(manifest as Record<string, string>));

export function registeredOperation(sha256: string): string | undefined {
  return operations.get(sha256);
}

export function isRegisteredOperation(sha256: string | undefined): boolean {
  return sha256 !== undefined && operations.has(sha256);
}

export function operationHash(document: string): string {
  return createHash('sha256').update(document, 'utf8').digest('hex');
}
