import type { RequestContext } from '../../graphql/context';
import { BadInputError, DomainError } from '../../graphql/errors';
import { createLogger } from '../../logger';
import type { ResetPasswordInput, SignInInput, SignUpInput } from './account.inputs';
import { DUMMY_HASH, hashPassword, verifyPassword } from './password';
import { clearedSessionCookie, createSession, newToken, sessionCookie, sha256 } from './session.service';

/** Failed sign-ins allowed per e-mail within the window before RATE_LIMITED. */
export const SIGN_IN_FAILURES_ALLOWED = 5;
const SIGN_IN_WINDOW_MINUTES = 15;
const RESET_TOKEN_MINUTES = 60;

const logger = createLogger(process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'));

const normalizeEmail = (email: string): string => email.trim().toLowerCase();

export interface SignedIn {
  userId: number;
  csrfToken: string;
}

export async function signUp(context: RequestContext, input: SignUpInput): Promise<SignedIn> {
  const email = normalizeEmail(input.email);
  const passwordHash = await hashPassword(input.password);
  const { userId, token, csrfToken } = await context.db.transaction(async (manager) => {
    const rows = (await manager.query(
      `INSERT INTO app_user (email, display_name, password_hash) VALUES ($1, $2, $3) ON CONFLICT (email) DO NOTHING RETURNING id`,
      [email, input.displayName.trim(), passwordHash],
    )) as { id: number }[];
    const id = rows[0]?.id;
    if (id === undefined) throw new BadInputError('input.email', 'An account with this e-mail address exists already; sign in instead.');
    await manager.query(`INSERT INTO role_grant (user_id, role) VALUES ($1, 'MEMBER')`, [id]);
    const session = await createSession(manager, id);
    return { userId: id, ...session };
  });
  context.responseCookies.push(sessionCookie(token));
  return { userId, csrfToken };
}

export async function signIn(context: RequestContext, input: SignInInput): Promise<SignedIn> {
  const email = normalizeEmail(input.email);
  const primary = context.db.primary;
  context.db.statements += 1;
  const [failures] = (await primary.query(
    `SELECT count(*)::int AS n FROM sign_in_failure WHERE email = $1 AND at > now() - make_interval(mins => $2)`,
    [email, SIGN_IN_WINDOW_MINUTES],
  )) as { n: number }[];
  if ((failures?.n ?? 0) >= SIGN_IN_FAILURES_ALLOWED) {
    throw new DomainError('RATE_LIMITED', `Too many failed sign-ins for this e-mail; try again in ${SIGN_IN_WINDOW_MINUTES} minutes.`);
  }
  context.db.statements += 1;
  const [user] = (await primary.query(`SELECT id, password_hash FROM app_user WHERE email = $1`, [email])) as {
    id: number;
    password_hash: string;
  }[];
  const valid = await verifyPassword(user?.password_hash ?? DUMMY_HASH, input.password);
  if (!user || !valid) {
    context.db.statements += 1;
    await primary.query(`INSERT INTO sign_in_failure (email) VALUES ($1)`, [email]);
    throw new DomainError('UNAUTHENTICATED', 'The e-mail or the password is wrong.');
  }
  const session = await context.db.transaction(async (manager) => {
    await manager.query(`DELETE FROM sign_in_failure WHERE email = $1`, [email]);
    await manager.query(`DELETE FROM session WHERE user_id = $1 AND expires_at < now()`, [user.id]);
    return createSession(manager, user.id);
  });
  context.responseCookies.push(sessionCookie(session.token));
  return { userId: user.id, csrfToken: session.csrfToken };
}

export async function signOut(context: RequestContext): Promise<boolean> {
  const session = context.viewer?.session;
  if (session) {
    await context.db.transaction((manager) => manager.query(`DELETE FROM session WHERE token_hash = $1`, [session.tokenHash]));
  }
  context.responseCookies.push(clearedSessionCookie());
  return true;
}

/** Always answers true, so that the answer does not tell which e-mails have an account. */
export async function requestPasswordReset(context: RequestContext, rawEmail: string): Promise<boolean> {
  const email = normalizeEmail(rawEmail);
  const token = newToken();
  const sent = await context.db.transaction(async (manager) => {
    const [user] = (await manager.query(`SELECT id FROM app_user WHERE email = $1`, [email])) as { id: number }[];
    if (!user) return false;
    await manager.query(`INSERT INTO password_reset (token_hash, user_id, expires_at) VALUES ($1, $2, now() + make_interval(mins => $3))`, [
      sha256(token),
      user.id,
      RESET_TOKEN_MINUTES,
    ]);
    await manager.query(`INSERT INTO email_outbox (recipient, subject, body) VALUES ($1, $2, $3)`, [
      email,
      'Reset your LightBridge password',
      `Use this token to choose a new password within ${RESET_TOKEN_MINUTES} minutes: ${token}\nIf you did not ask for it, ignore this e-mail.`,
    ]);
    return true;
  });
  // There is no mail server: the e-mail goes to the outbox table and, for operators, to the log.
  if (sent) logger.info({ requestId: context.requestId, recipient: email, resetToken: token }, 'password reset e-mail queued');
  return true;
}

export async function resetPassword(context: RequestContext, input: ResetPasswordInput): Promise<boolean> {
  const passwordHash = await hashPassword(input.password);
  await context.db.transaction(async (manager) => {
    const rows = (await manager.query(
      `UPDATE password_reset SET used_at = now() WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING user_id`,
      [sha256(input.token)],
    )) as [{ user_id: number }[], number];
    const userId = rows[0][0]?.user_id;
    if (userId === undefined) throw new BadInputError('input.token', 'The reset token is unknown, used or expired.');
    await manager.query(`UPDATE app_user SET password_hash = $2, updated_at = now() WHERE id = $1`, [userId, passwordHash]);
    // A reset ends every session: whoever knew the old password is signed out.
    await manager.query(`DELETE FROM session WHERE user_id = $1`, [userId]);
    await manager.query(`DELETE FROM sign_in_failure WHERE email = (SELECT email FROM app_user WHERE id = $1)`, [userId]);
  });
  return true;
}
