import type { IncomingMessage } from 'node:http';
import type { Viewer } from '../../graphql/context';
import type { Database } from '../../graphql/database';
import { DomainError } from '../../graphql/errors';
import { registerAuthenticator } from '../../http/authenticate';
import { looksLikeApiKey } from './api-key.secret';
import { findApiKeyBySecret, touchApiKey } from './api-key.service';
import type { ApiKeyScope } from './api-key.type';

/** The key a request was authenticated with: its budget, scope and browser origins. */
export interface ApiKeyPrincipal {
  keyId: number;
  organizationId: number;
  scope: ApiKeyScope;
  allowedOrigins: string[];
  hourlyBudget: number;
}

const principals = new WeakMap<Viewer, ApiKeyPrincipal>();

/** The key behind a viewer, or null when the viewer signed in otherwise (or is anonymous). */
export function apiKeyOf(viewer: Viewer | null): ApiKeyPrincipal | null {
  return viewer ? (principals.get(viewer) ?? null) : null;
}

function bearerToken(request: IncomingMessage): string | null {
  const header = request.headers.authorization;
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1]! : null;
}

/**
 * `Authorization: Bearer lb_live_...`: a key acts as its creator, limited to its organization —
 * editor of it for READ_WRITE keys, no role for READ keys. An unknown, revoked or expired key is
 * refused (UNAUTHENTICATED) rather than treated as anonymous, so that a broken integration notices.
 */
export async function authenticateApiKey(request: IncomingMessage, db: Database): Promise<Viewer | null> {
  const token = bearerToken(request);
  if (token === null || !token.startsWith('lb_')) return null;
  const row = looksLikeApiKey(token) ? await findApiKeyBySecret(db, token) : null;
  if (!row) throw new DomainError('UNAUTHENTICATED', 'The API key is not valid.');
  if (row.revoked_at) throw new DomainError('UNAUTHENTICATED', 'The API key was revoked.');
  if (row.expires_at && row.expires_at.getTime() <= Date.now()) throw new DomainError('UNAUTHENTICATED', 'The API key has expired.');
  await touchApiKey(db, row);
  const viewer: Viewer = {
    userId: row.created_by_user_id,
    roles: row.scope === 'READ_WRITE' ? [{ role: 'ORGANIZATION_EDITOR', organizationId: row.organization_id }] : [],
  };
  principals.set(viewer, {
    keyId: row.id,
    organizationId: row.organization_id,
    scope: row.scope,
    allowedOrigins: row.allowed_origins,
    hourlyBudget: row.hourly_budget,
  });
  return viewer;
}

let registered = false;

export function registerApiKeyAuthenticator(): void {
  if (registered) return;
  registered = true;
  registerAuthenticator(authenticateApiKey);
}
