import type { DataSource } from 'typeorm';
import { generateApiKeySecret } from '../../src/modules/accounts/api-key.secret';

export interface KeyOptions {
  organizationSlug?: string;
  scope?: 'READ' | 'READ_WRITE';
  hourlyBudget?: number;
  allowedOrigins?: string[];
  expiresAt?: Date | null;
}

/** Inserts a key (and a user owning it) straight into the database; returns the secret to send. */
export async function insertApiKey(dataSource: DataSource, options: KeyOptions = {}): Promise<{ id: number; secret: string }> {
  const [user] = (await dataSource.query(
    `INSERT INTO app_user (email, display_name, password_hash) VALUES ($1, 'Key owner', 'x') RETURNING id`,
    [`key-owner-${Date.now()}-${Math.random().toString(36).slice(2)}@example.org`],
  )) as { id: number }[];
  const [organization] = (await dataSource.query(
    options.organizationSlug ? 'SELECT id FROM organization WHERE slug = $1' : 'SELECT id FROM organization ORDER BY id LIMIT 1',
    options.organizationSlug ? [options.organizationSlug] : [],
  )) as { id: number }[];
  if (!user || !organization) throw new Error('no organization to attach the key to');
  const { secret, prefix, hash } = generateApiKeySecret();
  const [row] = (await dataSource.query(
    `INSERT INTO api_key (prefix, key_hash, name, organization_id, created_by_user_id, scope, allowed_origins, hourly_budget, expires_at)
     VALUES ($1, $2, 'test key', $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      prefix,
      hash,
      organization.id,
      user.id,
      options.scope ?? 'READ',
      options.allowedOrigins ?? [],
      options.hourlyBudget ?? 5000,
      options.expiresAt ?? null,
    ],
  )) as { id: number }[];
  return { id: row!.id, secret };
}

export const bearer = (secret: string): Record<string, string> => ({ authorization: `Bearer ${secret}` });
