import type { Database } from './database';
import { Loaders } from './loaders';

export interface Viewer {
  userId: number;
  /** Roles with their scope: organization ids for editors, cluster ids for managers. */
  roles: { role: string; organizationId: number | null }[];
  /** Set when a session cookie authenticated the request (double-submit CSRF applies to its mutations). */
  session?: { tokenHash: string; csrfToken: string; csrfHeaderValid: boolean };
}

export interface RequestContext {
  db: Database;
  loaders: Loaders;
  viewer: Viewer | null;
  requestId: string;
  /** Set-Cookie values a resolver adds to the HTTP response (e.g. the session cookie). */
  responseCookies: string[];
}

export function createContext(db: Database, requestId: string, viewer: Viewer | null = null): RequestContext {
  return { db, loaders: new Loaders(), viewer, requestId, responseCookies: [] };
}
