import type { ConnectionResult } from '../../graphql/connection';
import { toConnection } from '../../graphql/connection';
import type { RequestContext, Viewer } from '../../graphql/context';
import type { Database } from '../../graphql/database';
import { BadInputError, DomainError, NotFoundError } from '../../graphql/errors';
import { toGlobalId } from '../../graphql/node-id';
import { parsePageArgs, type PageArgs } from '../../graphql/pagination';
import { cursorKey, keysetPage, Params } from '../../graphql/sql';
import type { CreateApiKeyInput } from './api-key.inputs';
import { generateApiKeySecret, hashApiKeySecret } from './api-key.secret';
import { ApiKey, ApiKeyScope } from './api-key.type';

export const DEFAULT_HOURLY_BUDGET = 5000;
const MAX_HOURLY_BUDGET = 100_000;
const MAX_ORIGINS = 20;

export interface ApiKeyRow {
  id: number;
  prefix: string;
  name: string;
  organization_id: number;
  created_by_user_id: number;
  scope: ApiKeyScope;
  allowed_origins: string[];
  hourly_budget: number;
  expires_at: Date | null;
  last_used_at: Date | null;
  revoked_at: Date | null;
  created_at: Date;
}

const COLUMNS = `k.id, k.prefix, k.name, k.organization_id, k.created_by_user_id, k.scope, k.allowed_origins, k.hourly_budget,
  k.expires_at, k.last_used_at, k.revoked_at, k.created_at`;

export function toApiKey(row: ApiKeyRow): ApiKey {
  return Object.assign(new ApiKey(), {
    dbId: row.id,
    id: toGlobalId('ApiKey', row.id),
    name: row.name,
    prefix: row.prefix,
    scope: row.scope,
    allowedOrigins: row.allowed_origins,
    hourlyBudget: row.hourly_budget,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
    createdAt: row.created_at,
  });
}

/** Who may manage an organization's keys: its editors and administrators, signed in (not through another key). */
export function requireOrganizationEditor(viewer: Viewer | null, organizationId: number | null, viaApiKey: boolean): void {
  if (!viewer) throw new DomainError('UNAUTHENTICATED', 'Sign in to manage API keys.');
  if (viaApiKey) throw new DomainError('FORBIDDEN', 'API keys cannot manage API keys; sign in to the portal.');
  // organizationId null: the first check, before an ID is decoded, that the viewer edits some organization.
  const allowed = viewer.roles.some(
    (grant) =>
      grant.role === 'ADMIN' ||
      (grant.role === 'ORGANIZATION_EDITOR' && (organizationId === null || grant.organizationId === organizationId)),
  );
  if (!allowed) throw new DomainError('FORBIDDEN', 'Only editors of this organization can manage its API keys.');
}

function normalizeOrigins(origins: string[]): string[] {
  if (origins.length > MAX_ORIGINS) throw new BadInputError('input.allowedOrigins', `At most ${MAX_ORIGINS} origins.`);
  return [
    ...new Set(
      origins.map((origin) => {
        let url: URL | null = null;
        try {
          url = new URL(origin);
        } catch {
          url = null;
        }
        if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.origin !== origin) {
          throw new BadInputError('input.allowedOrigins', `"${origin.slice(0, 100)}" is not an origin such as "https://cluster.example".`);
        }
        return origin;
      }),
    ),
  ];
}

export async function createApiKey(
  context: RequestContext,
  organizationId: number,
  input: CreateApiKeyInput,
): Promise<{ apiKey: ApiKey; secret: string }> {
  const name = input.name.trim();
  if (name.length < 1 || name.length > 100) throw new BadInputError('input.name', 'The name must have 1 to 100 characters.');
  const budget = input.hourlyBudget ?? DEFAULT_HOURLY_BUDGET;
  if (!Number.isInteger(budget) || budget < 1 || budget > MAX_HOURLY_BUDGET) {
    throw new BadInputError('input.hourlyBudget', `The hourly budget must be between 1 and ${MAX_HOURLY_BUDGET}.`);
  }
  if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) {
    throw new BadInputError('input.expiresAt', 'The expiry must be in the future.');
  }
  const origins = normalizeOrigins(input.allowedOrigins ?? []);
  const { secret, prefix, hash } = generateApiKeySecret();
  const rows = await context.db.transaction(async (manager) => {
    const exists = (await manager.query('SELECT 1 FROM organization WHERE id = $1', [organizationId])) as unknown[];
    if (exists.length === 0) throw new NotFoundError('organization', toGlobalId('Organization', organizationId));
    return (await manager.query(
      `INSERT INTO api_key (prefix, key_hash, name, organization_id, created_by_user_id, scope, allowed_origins, hourly_budget, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${COLUMNS.replaceAll('k.', '')}`,
      [
        prefix,
        hash,
        name,
        organizationId,
        context.viewer!.userId,
        input.scope ?? ApiKeyScope.READ,
        origins,
        budget,
        input.expiresAt ?? null,
      ],
    )) as ApiKeyRow[];
  });
  return { apiKey: toApiKey(rows[0]!), secret };
}

export async function listApiKeys(context: RequestContext, organizationId: number, args: PageArgs): Promise<ConnectionResult<ApiKey>> {
  const page = parsePageArgs(args);
  const params = new Params();
  const organization = params.add(organizationId);
  const keyset = keysetPage({ expression: 'k.created_at', type: 'timestamptz', direction: 'DESC', id: 'k.id' }, page, params);
  const where = [`k.organization_id = ${organization}`, ...(keyset.where ? [keyset.where] : [])];
  const rows = await context.db.query<ApiKeyRow>(
    `SELECT ${COLUMNS} FROM api_key k WHERE ${where.join(' AND ')} ORDER BY ${keyset.orderBy} LIMIT ${keyset.limit}`,
    params.values,
  );
  return toConnection(
    rows,
    page,
    (row) => cursorKey(row.created_at, row.id),
    toApiKey,
    async () => {
      const [row] = await context.db.query<{ count: string }>('SELECT count(*) AS count FROM api_key WHERE organization_id = $1', [
        organizationId,
      ]);
      return Number(row?.count ?? 0);
    },
  );
}

export async function findApiKey(db: Database, id: number): Promise<ApiKeyRow | null> {
  const [row] = await db.query<ApiKeyRow>(`SELECT ${COLUMNS} FROM api_key k WHERE k.id = $1`, [id]);
  return row ?? null;
}

/** Revoking is immediate and idempotent: the next request with the key is refused. */
export async function revokeApiKey(db: Database, id: number): Promise<ApiKey> {
  // TypeORM answers an UPDATE on PostgreSQL with [rows, affected count].
  const [rows] = await db.transaction(
    async (manager) =>
      (await manager.query(`UPDATE api_key k SET revoked_at = coalesce(revoked_at, now()) WHERE k.id = $1 RETURNING ${COLUMNS}`, [id])) as [
        ApiKeyRow[],
        number,
      ],
  );
  const row = rows[0];
  if (!row) throw new NotFoundError('API key', toGlobalId('ApiKey', id));
  return toApiKey(row);
}

export async function findApiKeyBySecret(db: Database, secret: string): Promise<ApiKeyRow | null> {
  const [row] = await db.query<ApiKeyRow>(`SELECT ${COLUMNS} FROM api_key k WHERE k.key_hash = $1`, [hashApiKeySecret(secret)]);
  return row ?? null;
}

const TOUCH_INTERVAL_MS = 60_000;

/** Records use at most once a minute per key, so that busy keys do not write on every request. */
export async function touchApiKey(db: Database, row: ApiKeyRow): Promise<void> {
  if (row.last_used_at && Date.now() - row.last_used_at.getTime() < TOUCH_INTERVAL_MS) return;
  await db.primary.query(
    `UPDATE api_key SET last_used_at = now() WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
    [row.id],
  );
}
