import type { Plugin } from 'vite';

export interface CollectedOperation {
  name: string;
  hash: string;
  document: string;
}

/** The portal's operations as its Apollo Client sends them, and what keeps the list from being complete. */
export function collectOperations(root?: string): Promise<{ operations: CollectedOperation[]; problems: string[] }>;

/** Vite plugin: `virtual:registered-operations` (name → hash in a build) and dist/operations.json. */
export function registeredOperations(): Plugin;
