import type { BrowserContext } from 'playwright-core';

export interface TestUser {
  /** Database id, for role grants. */
  userId: number;
  email: string;
  displayName: string;
  /** The value of the lb_session cookie. */
  session: string;
  csrfToken: string;
}

const PASSWORD = 'correct horse battery';

/** Signs a user up through the API, as the portal's sign-up form does. */
export async function signUp(apiUrl: string, displayName: string): Promise<TestUser> {
  const email = `${displayName.toLowerCase().replace(/\W+/g, '.')}@e2e.test`;
  const response = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($input: SignUpInput!) { signUp(input: $input) { user { id } csrfToken } }',
      variables: { input: { email, password: PASSWORD, displayName } },
    }),
  });
  const body = (await response.json()) as { data?: { signUp: { user: { id: string }; csrfToken: string } }; errors?: unknown };
  if (!body.data) throw new Error(`sign-up failed: ${JSON.stringify(body.errors)}`);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('lb_session='));
  if (!cookie) throw new Error('sign-up set no session cookie');
  const [, userId] = Buffer.from(body.data.signUp.user.id, 'base64url').toString().split(':');
  return {
    userId: Number(userId),
    email,
    displayName,
    session: cookie.split(';')[0]!.slice('lb_session='.length),
    csrfToken: body.data.signUp.csrfToken,
  };
}

/** Puts the user's session cookie in a browser context: the portal is then signed in as that user. */
export async function signInBrowser(context: BrowserContext, apiUrl: string, user: TestUser): Promise<void> {
  await context.addCookies([{ name: 'lb_session', value: user.session, url: apiUrl, httpOnly: true, sameSite: 'Lax' }]);
}

/** Headers with which Node calls the API as the user (cookie and double-submit CSRF token). */
export const headersOf = (user: TestUser): Record<string, string> => ({
  cookie: `lb_session=${user.session}`,
  'x-csrf-token': user.csrfToken,
});
