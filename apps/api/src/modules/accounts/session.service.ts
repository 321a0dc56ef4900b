import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../graphql/context';
import type { Database } from '../../graphql/database';

export const SESSION_COOKIE = 'lb_session';
export const CSRF_HEADER = 'x-csrf-token';
const SESSION_DAYS = 30;

export const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');
export const newToken = (): string => randomBytes(32).toString('base64url');

function cookieAttributes(maxAgeSeconds: number): string {
  // Secure only in production so that the portal works over plain http on a developer machine.
  const secure = process.env.NODE_ENV === 'production' ? '; Secure' : '';
  return `Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${secure}`;
}

export function sessionCookie(token: string): string {
  return `${SESSION_COOKIE}=${token}; ${cookieAttributes(SESSION_DAYS * 86_400)}`;
}

export function clearedSessionCookie(): string {
  return `${SESSION_COOKIE}=; ${cookieAttributes(0)}`;
}

/** Creates a session row (token hash only) and returns the token for the cookie. */
export async function createSession(manager: EntityManager, userId: number): Promise<{ token: string; csrfToken: string }> {
  const token = newToken();
  const csrfToken = newToken();
  await manager.query(
    `INSERT INTO session (token_hash, user_id, csrf_token, expires_at) VALUES ($1, $2, $3, now() + make_interval(days => $4))`,
    [sha256(token), userId, csrfToken, SESSION_DAYS],
  );
  return { token, csrfToken };
}

export function readCookie(request: IncomingMessage, name: string): string | null {
  const header = request.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) return part.slice(index + 1).trim() || null;
  }
  return null;
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

interface SessionRow {
  user_id: number;
  csrf_token: string;
  roles: { role: string; organizationId: number | null }[];
}

/**
 * Recognizes the session cookie. Requests that carry `Authorization` are left to the API-key
 * authenticator (and are exempt from CSRF: a browser never adds that header on its own).
 * Reads the primary: a session created a moment ago on another replica must be visible.
 */
export async function authenticateSession(request: IncomingMessage, db: Database): Promise<Viewer | null> {
  if (request.headers.authorization) return null;
  const token = readCookie(request, SESSION_COOKIE);
  if (!token || token.length > 100) return null;
  const tokenHash = sha256(token);
  db.statements += 1;
  const rows = (await db.primary.query(
    `SELECT s.user_id, s.csrf_token,
            coalesce((SELECT json_agg(json_build_object('role', g.role, 'organizationId', g.organization_id))
                        FROM role_grant g WHERE g.user_id = s.user_id), '[]'::json) AS roles
       FROM session s WHERE s.token_hash = $1 AND s.expires_at > now()`,
    [tokenHash],
  )) as SessionRow[];
  const row = rows[0];
  if (!row) return null;
  const header = request.headers[CSRF_HEADER];
  const sent = Array.isArray(header) ? header[0] : header;
  return {
    userId: row.user_id,
    roles: row.roles,
    session: { tokenHash, csrfToken: row.csrf_token, csrfHeaderValid: sent !== undefined && sameSecret(sent, row.csrf_token) },
  };
}
