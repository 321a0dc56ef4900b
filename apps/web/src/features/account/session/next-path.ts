/** Where to go after signing in: a path of this portal from `?next=`, else the account page. */
export function nextPath(next: string | null): string {
  // "//host" and "/\host" would leave the portal.
  return next && /^\/(?![/\\])/.test(next) ? next : '/account';
}
