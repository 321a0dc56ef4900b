import type { DataSource } from 'typeorm';
import { startTestApi, type TestApi } from '../support/api';
import { sessionCookieOf, signUpUser } from '../support/accounts';
import { openTestDataSource, resetDatabase } from '../support/database';

const VIEWER = `{ viewer { user { email displayName } roles { role } csrfToken } }`;

describe('accounts', () => {
  let api: TestApi;
  let db: DataSource;

  beforeAll(async () => {
    await resetDatabase('taxonomy');
    api = await startTestApi();
    db = await openTestDataSource();
  });
  afterAll(async () => {
    await db.destroy();
    await api.stop();
  });

  it('signs up with an argon2id hash, a server-side session and an httpOnly SameSite cookie', async () => {
    const res = await api.graphql(
      `mutation { signUp(input: { email: "Ada@Example.org", password: "long enough pw", displayName: "Ada" }) { user { email } roles { role } csrfToken } }`,
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data).toMatchObject({ signUp: { user: { email: 'ada@example.org' }, roles: [{ role: 'MEMBER' }] } });
    const setCookie = res.headers.getSetCookie().join('\n');
    expect(setCookie).toMatch(/lb_session=[A-Za-z0-9_-]{20,}; Path=\/; HttpOnly; SameSite=Lax/);
    expect(setCookie).not.toContain('Secure');
    const token = sessionCookieOf(res.headers).split('=')[1]!;
    const [user] = (await db.query(`SELECT password_hash FROM app_user WHERE email = 'ada@example.org'`)) as { password_hash: string }[];
    expect(user!.password_hash).toMatch(/^\$argon2id\$/);
    const sessions = (await db.query(`SELECT token_hash FROM session`)) as { token_hash: string }[];
    expect(sessions).toHaveLength(1);
    expect(sessions[0]!.token_hash).not.toBe(token);
    expect(sessions[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a duplicate e-mail and a short password, naming the field', async () => {
    const dup = await api.graphql(
      `mutation { signUp(input: { email: "ada@example.org", password: "long enough pw", displayName: "A" }) { csrfToken } }`,
    );
    expect(dup.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.email' });
    const short = await api.graphql(
      `mutation { signUp(input: { email: "bob@example.org", password: "short", displayName: "B" }) { csrfToken } }`,
    );
    expect(short.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.password' });
    const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM app_user WHERE email = 'bob@example.org'`)) as [{ n: number }];
    expect(n).toBe(0);
  });

  it('signs in, shows the viewer, signs out and forgets the session', async () => {
    const res = await api.graphql<{ signIn: { csrfToken: string } }>(
      `mutation { signIn(input: { email: "ada@example.org", password: "long enough pw" }) { csrfToken } }`,
    );
    expect(res.body.errors).toBeUndefined();
    const headers = { cookie: sessionCookieOf(res.headers), 'x-csrf-token': res.body.data!.signIn.csrfToken };
    const viewer = await api.graphql(VIEWER, {}, { cookie: headers.cookie });
    expect(viewer.body.data).toMatchObject({ viewer: { user: { email: 'ada@example.org' }, csrfToken: headers['x-csrf-token'] } });
    const out = await api.graphql(`mutation { signOut }`, {}, headers);
    expect(out.body.data).toEqual({ signOut: true });
    expect(out.headers.getSetCookie().join()).toMatch(/lb_session=; .*Max-Age=0/);
    const after = await api.graphql(VIEWER, {}, { cookie: headers.cookie });
    expect(after.body.data).toEqual({ viewer: null });
  });

  it('answers a wrong password with UNAUTHENTICATED and rate-limits repeated failures per e-mail (in the database)', async () => {
    await signUpUser(api, 'carol@example.org');
    for (let i = 0; i < 5; i += 1) {
      const res = await api.graphql(`mutation { signIn(input: { email: "carol@example.org", password: "wrong password" }) { csrfToken } }`);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const limited = await api.graphql(
      `mutation { signIn(input: { email: "carol@example.org", password: "correct horse battery" }) { csrfToken } }`,
    );
    expect(limited.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM sign_in_failure WHERE email = 'carol@example.org'`)) as [{ n: number }];
    expect(n).toBe(5);
    const other = await api.graphql(`mutation { signIn(input: { email: "ada@example.org", password: "long enough pw" }) { csrfToken } }`);
    expect(other.body.errors).toBeUndefined();
  });

  it('resets a password with the token from the outbox; the token works once and old sessions end', async () => {
    const dave = await signUpUser(api, 'dave@example.org');
    const unknown = await api.graphql(`mutation { requestPasswordReset(email: "nobody@example.org") }`);
    expect(unknown.body.data).toEqual({ requestPasswordReset: true });
    const res = await api.graphql(`mutation { requestPasswordReset(email: "dave@example.org") }`);
    expect(res.body.data).toEqual({ requestPasswordReset: true });
    const mails = (await db.query(`SELECT recipient, body FROM email_outbox`)) as { recipient: string; body: string }[];
    expect(mails.map((m) => m.recipient)).toEqual(['dave@example.org']);
    const token = /token to choose a new password within \d+ minutes: (\S+)/.exec(mails[0]!.body)![1]!;
    const reset = `mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) }`;
    const ok = await api.graphql(reset, { input: { token, password: 'a brand new secret' } });
    expect(ok.body.data).toEqual({ resetPassword: true });
    const again = await api.graphql(reset, { input: { token, password: 'yet another secret' } });
    expect(again.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.token' });
    expect((await api.graphql(VIEWER, {}, dave.headers)).body.data).toEqual({ viewer: null });
    const signIn = await api.graphql(
      `mutation { signIn(input: { email: "dave@example.org", password: "a brand new secret" }) { csrfToken } }`,
    );
    expect(signIn.body.errors).toBeUndefined();
  });

  it('refuses a cookie-authenticated mutation without the CSRF header, and with a wrong one', async () => {
    const erin = await signUpUser(api, 'erin@example.org');
    const propose = `mutation { signOut }`;
    const none = await api.graphql(propose, {}, { cookie: erin.headers.cookie! });
    expect(none.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const wrong = await api.graphql(propose, {}, { cookie: erin.headers.cookie!, 'x-csrf-token': 'not-the-token' });
    expect(wrong.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Queries need no CSRF token: they change nothing.
    expect((await api.graphql(VIEWER, {}, { cookie: erin.headers.cookie! })).body.data).toMatchObject({
      viewer: { user: { email: 'erin@example.org' } },
    });
  });

  it('keeps a session valid across two API instances on the same database', async () => {
    const second = await startTestApi();
    try {
      const frank = await signUpUser(api, 'frank@example.org');
      const seen = await second.graphql(VIEWER, {}, frank.headers);
      expect(seen.body.data).toMatchObject({ viewer: { user: { email: 'frank@example.org' } } });
      const out = await second.graphql(`mutation { signOut }`, {}, frank.headers);
      expect(out.body.data).toEqual({ signOut: true });
      expect((await api.graphql(VIEWER, {}, frank.headers)).body.data).toEqual({ viewer: null });
    } finally {
      await second.stop();
    }
  });

  it('grants and revokes roles (admins only), audited', async () => {
    const admin = await signUpUser(api, 'admin@example.org');
    const target = await signUpUser(api, 'grace@example.org');
    await db.query(`INSERT INTO role_grant (user_id, role) VALUES ($1, 'ADMIN')`, [admin.userId]);
    const grant = `mutation ($u: ID!) { grantRole(userId: $u, role: CURATOR) }`;
    expect((await api.graphql(grant, { u: target.globalId }, target.headers)).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await api.graphql(grant, { u: target.globalId }, admin.headers)).body.data).toEqual({ grantRole: true });
    expect((await api.graphql(grant, { u: target.globalId }, admin.headers)).body.data).toEqual({ grantRole: false });
    const roles = await api.graphql(`{ viewer { roles { role } } }`, {}, target.headers);
    expect(roles.body.data).toEqual({ viewer: { roles: [{ role: 'MEMBER' }, { role: 'CURATOR' }] } });
    const scoped = await api.graphql(
      `mutation ($u: ID!) { grantRole(userId: $u, role: CLUSTER_MANAGER) }`,
      { u: target.globalId },
      admin.headers,
    );
    expect(scoped.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'organizationId' });
    const revoke = await api.graphql(`mutation ($u: ID!) { revokeRole(userId: $u, role: CURATOR) }`, { u: target.globalId }, admin.headers);
    expect(revoke.body.data).toEqual({ revokeRole: true });
    const audit = (await db.query(
      `SELECT action, actor_user_id FROM audit_entry WHERE entity_type = 'RoleGrant' ORDER BY id`,
    )) as unknown[];
    expect(audit).toEqual([
      { action: 'CREATE', actor_user_id: admin.userId },
      { action: 'DELETE', actor_user_id: admin.userId },
    ]);
  });
});
