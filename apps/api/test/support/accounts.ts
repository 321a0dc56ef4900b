import type { DataSource } from 'typeorm';
import type { TestApi } from './api';

export interface SignedInUser {
  userId: number;
  globalId: string;
  email: string;
  /** Cookie and CSRF headers for api.graphql. */
  headers: Record<string, string>;
}

const PASSWORD = 'correct horse battery';

/** Signs a new user up through the API and returns the headers a browser would send. */
export async function signUpUser(api: TestApi, email: string, password = PASSWORD): Promise<SignedInUser> {
  const res = await api.graphql<{ signUp: { user: { id: string }; csrfToken: string } }>(
    `mutation ($input: SignUpInput!) { signUp(input: $input) { user { id } csrfToken } }`,
    { input: { email, password, displayName: email.split('@')[0] } },
  );
  if (!res.body.data) throw new Error(`sign-up failed: ${JSON.stringify(res.body.errors)}`);
  const cookie = sessionCookieOf(res.headers);
  const globalId = res.body.data.signUp.user.id;
  const userId = Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);
  return { userId, globalId, email, headers: { cookie, 'x-csrf-token': res.body.data.signUp.csrfToken } };
}

export function sessionCookieOf(headers: Headers): string {
  const setCookie = headers.getSetCookie().find((c) => c.startsWith('lb_session='));
  if (!setCookie) throw new Error('no session cookie was set');
  return setCookie.split(';')[0]!;
}

/** Grants a role directly in the database (the grantRole mutation is tested on its own). */
export async function grant(dataSource: DataSource, userId: number, role: string, organizationId: number | null = null): Promise<void> {
  await dataSource.query(`INSERT INTO role_grant (user_id, role, organization_id) VALUES ($1, $2, $3)`, [userId, role, organizationId]);
}

export const globalId = (type: string, id: number): string => Buffer.from(`${type}:${id}`).toString('base64url');
