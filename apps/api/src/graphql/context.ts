import type { Database } from './database';
import { Loaders } from './loaders';

export interface Viewer {
  userId: number;
  /** Roles with their scope: organization ids for editors, cluster ids for managers. */
  roles: { role: string; organizationId: number | null }[];
}

export interface RequestContext {
  db: Database;
  loaders: Loaders;
  viewer: Viewer | null;
  requestId: string;
}

export function createContext(db: Database, requestId: string, viewer: Viewer | null = null): RequestContext {
  return { db, loaders: new Loaders(), viewer, requestId };
}
