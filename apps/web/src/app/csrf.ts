// The session's CSRF token (from `viewer.csrfToken`), sent with every request: the API refuses
// cookie-authenticated mutations without it.
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function csrfHeaders(): Record<string, string> {
  return csrfToken ? { 'x-csrf-token': csrfToken } : {};
}
