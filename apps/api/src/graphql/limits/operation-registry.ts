import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { Logger } from '../../logger';
import clientOperations from './persisted-operations.json';

/** Who sends an operation: the typed client (packages/client), the portal (apps/web) or the widgets. */
export type OperationSource = 'client' | 'portal' | 'widgets';

/** A manifest written by a build: sha256 of each document → the document. */
export interface OperationManifestFile {
  source: Exclude<OperationSource, 'client'>;
  file: string;
  /** Set explicitly (PORTAL_OPERATIONS, WIDGETS_OPERATIONS): its absence stops the start. */
  required: boolean;
}

export interface RegisteredOperation {
  document: string;
  source: OperationSource;
}

export class ManifestError extends Error {
  constructor(file: string, reason: string) {
    super(`Operation manifest ${file}: ${reason}`);
    this.name = 'ManifestError';
  }
}

export function operationHash(document: string): string {
  return createHash('sha256').update(document, 'utf8').digest('hex');
}

/**
 * The registered operations: those the typed client, the portal and the widgets send. Each may be
 * sent by its hash alone, and in safelist mode nothing else runs. The client's are committed with
 * the API (`pnpm --filter @lightbridge/client codegen`); the portal's and the widgets' are written
 * by their builds (`pnpm build`) and read here at start, so a new portal query is registered by
 * building the portal that sends it.
 */
export class OperationRegistry {
  private readonly operations = new Map<string, RegisteredOperation>();
  /** The same by document text: a request sending a document is looked up without hashing it. */
  private readonly byDocument = new Map<string, RegisteredOperation>();

  constructor(manifests: { source: OperationSource; entries: Record<string, string>; file: string }[]) {
    for (const { source, entries, file } of manifests) {
      for (const [hash, document] of Object.entries(entries)) {
        if (typeof document !== 'string' || operationHash(document) !== hash) {
          throw new ManifestError(file, `the entry ${hash.slice(0, 80)} is not the sha256 of its document`);
        }
        if (this.operations.has(hash)) continue;
        const operation = { document, source };
        this.operations.set(hash, operation);
        this.byDocument.set(document, operation);
      }
    }
  }

  get(hash: string): RegisteredOperation | undefined {
    return this.operations.get(hash);
  }

  /** The registered operation whose document is exactly this text. */
  ofDocument(document: string): RegisteredOperation | undefined {
    return this.byDocument.get(document);
  }

  countBySource(): Record<OperationSource, number> {
    const counts: Record<OperationSource, number> = { client: 0, portal: 0, widgets: 0 };
    for (const { source } of this.operations.values()) counts[source] += 1;
    return counts;
  }
}

function readManifest(file: string): Record<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ManifestError(file, error instanceof Error ? error.message : String(error));
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new ManifestError(file, 'expected an object, hash → document');
  return parsed as Record<string, string>;
}

/** Loads the client's committed operations and the manifests the portal and widget builds wrote. */
export function loadOperationRegistry(files: OperationManifestFile[], safelist: boolean, logger: Logger): OperationRegistry {
  const manifests: ConstructorParameters<typeof OperationRegistry>[0] = [
    { source: 'client', entries: clientOperations as Record<string, string>, file: 'persisted-operations.json' },
  ];
  for (const { source, file, required } of files) {
    if (!required && !fs.existsSync(file)) {
      // Without it the API still runs; only in safelist mode would that source's operations be refused.
      if (safelist) logger.warn({ source, file }, 'operation manifest missing: run pnpm build; these operations are refused');
      continue;
    }
    manifests.push({ source, entries: readManifest(file), file });
  }
  const registry = new OperationRegistry(manifests);
  logger.info({ operations: registry.countBySource(), safelist }, 'registered operations loaded');
  return registry;
}
