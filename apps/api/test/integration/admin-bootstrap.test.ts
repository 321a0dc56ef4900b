import type { DataSource } from 'typeorm';
import { createLogger } from '../../src/logger';
import { ensureAdmin } from '../../src/modules/accounts/admin-bootstrap';
import { startTestApi, type TestApi } from '../support/api';
import { signUpUser } from '../support/accounts';
import { openTestDataSource, resetDatabase } from '../support/database';

const logger = createLogger('silent');
const rolesOf = async (db: DataSource, email: string) =>
  (
    (await db.query(`SELECT g.role FROM role_grant g JOIN app_user u ON u.id = g.user_id WHERE u.email = $1 ORDER BY g.role`, [email])) as {
      role: string;
    }[]
  ).map((r) => r.role);

describe('the admin account from ADMIN_EMAIL and ADMIN_PASSWORD', () => {
  let api: TestApi;
  let db: DataSource;

  beforeAll(async () => {
    await resetDatabase('empty');
    api = await startTestApi();
    db = await openTestDataSource();
  });
  afterAll(async () => {
    await db.destroy();
    await api.stop();
  });

  it('is created once with the ADMIN role and signs in', async () => {
    const admin = { email: 'root@example.org', password: 'admin password' };
    await ensureAdmin(db, admin, logger);
    await ensureAdmin(db, admin, logger);
    expect(await rolesOf(db, admin.email)).toEqual(['ADMIN', 'MEMBER']);
    const signIn = await api.graphql<{ signIn: { roles: { role: string }[] } }>(
      `mutation { signIn(input: { email: "root@example.org", password: "admin password" }) { roles { role } } }`,
    );
    expect(signIn.body.errors).toBeUndefined();
    expect(signIn.body.data?.signIn.roles.map((r) => r.role).sort()).toEqual(['ADMIN', 'MEMBER']);
  });

  it('promotes an existing account without changing its password', async () => {
    await signUpUser(api, 'ada@example.org', 'her own password');
    await ensureAdmin(db, { email: 'ada@example.org', password: 'another password' }, logger);
    expect(await rolesOf(db, 'ada@example.org')).toEqual(['ADMIN', 'MEMBER']);
    const own = await api.graphql(`mutation { signIn(input: { email: "ada@example.org", password: "her own password" }) { csrfToken } }`);
    expect(own.body.errors).toBeUndefined();
  });
});
