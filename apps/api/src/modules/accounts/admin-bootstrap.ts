import type { DataSource } from 'typeorm';
import type { Logger } from '../../logger';
import { hashPassword } from './password';

/**
 * Gives the account of ADMIN_EMAIL the ADMIN role at start, creating it with ADMIN_PASSWORD when
 * missing: without it no one could grant the first role. An existing account keeps its password.
 */
export async function ensureAdmin(dataSource: DataSource, admin: { email: string; password: string }, logger: Logger): Promise<void> {
  const passwordHash = await hashPassword(admin.password);
  const created = await dataSource.transaction(async (manager) => {
    const inserted = (await manager.query(
      `INSERT INTO app_user (email, display_name, password_hash) VALUES ($1, $2, $3) ON CONFLICT (email) DO NOTHING RETURNING id`,
      [admin.email, 'Administrator', passwordHash],
    )) as { id: number }[];
    const [user] = (await manager.query(`SELECT id FROM app_user WHERE email = $1`, [admin.email])) as { id: number }[];
    if (!user) throw new Error('the admin account vanished');
    // NULL scopes are distinct in the unique index, hence the existence tests.
    await manager.query(
      `INSERT INTO role_grant (user_id, role)
       SELECT $1::int, r.role FROM unnest(ARRAY['MEMBER', 'ADMIN']) AS r(role)
        WHERE NOT EXISTS (SELECT 1 FROM role_grant g WHERE g.user_id = $1 AND g.role = r.role AND g.organization_id IS NULL)`,
      [user.id],
    );
    return inserted.length > 0;
  });
  logger.info({ email: admin.email, created }, 'admin account ensured');
}
