/** The admin account the account e2e starts the API with (ADMIN_EMAIL / ADMIN_PASSWORD). */
export const ADMIN = { email: 'admin@lightbridge.test', password: 'e2e admin password' };
export const ADMIN_ENV = { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password };

export interface AdminSession {
  graphql<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

/** Signs the admin in over HTTP, as a browser would: the session cookie and the CSRF header. */
export async function signInAdmin(url: string): Promise<AdminSession> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($input: SignInInput!) { signIn(input: $input) { csrfToken } }',
      variables: { input: ADMIN },
    }),
  });
  const body = (await response.json()) as { data?: { signIn: { csrfToken: string } }; errors?: unknown };
  const cookie = response.headers
    .getSetCookie()
    .find((c) => c.startsWith('lb_session='))
    ?.split(';')[0];
  if (!body.data || !cookie) throw new Error(`admin sign-in failed: ${JSON.stringify(body.errors)}`);
  const headers = { 'content-type': 'application/json', cookie, 'x-csrf-token': body.data.signIn.csrfToken };
  return {
    async graphql<T>(query: string, variables?: Record<string, unknown>) {
      const res = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
      const result = (await res.json()) as { data?: T; errors?: unknown[] };
      if (!result.data || result.errors) throw new Error(`GraphQL failed: ${JSON.stringify(result.errors)}`);
      return result.data;
    },
  };
}
