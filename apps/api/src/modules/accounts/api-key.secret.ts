import { createHash, randomBytes } from 'node:crypto';

export const API_KEY_PREFIX = 'lb_live_';
const SHOWN_PREFIX_LENGTH = API_KEY_PREFIX.length + 6;
const SECRET = /^lb_live_[A-Za-z0-9_-]{43}$/;

/** A new secret: 32 random bytes, base64url; only its SHA-256 hash and its first characters are kept. */
export function generateApiKeySecret(): { secret: string; prefix: string; hash: string } {
  const secret = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { secret, prefix: secret.slice(0, SHOWN_PREFIX_LENGTH), hash: hashApiKeySecret(secret) };
}

export function hashApiKeySecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export function looksLikeApiKey(token: string): boolean {
  return SECRET.test(token);
}
