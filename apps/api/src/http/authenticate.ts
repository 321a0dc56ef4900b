import type { IncomingMessage } from 'node:http';
import type { Viewer } from '../graphql/context';
import type { Database } from '../graphql/database';

/**
 * Who is calling: resolved once per request before the operation runs. Each way of
 * authenticating (a session cookie, an API key) registers a resolver here; the first that
 * recognises the request wins. Returning null means anonymous.
 */
export type Authenticator = (request: IncomingMessage, db: Database) => Promise<Viewer | null>;

const authenticators: Authenticator[] = [];

export function registerAuthenticator(authenticator: Authenticator): void {
  authenticators.push(authenticator);
}

export async function authenticate(request: IncomingMessage, db: Database): Promise<Viewer | null> {
  for (const authenticator of authenticators) {
    const viewer = await authenticator(request, db);
    if (viewer) return viewer;
  }
  return null;
}
