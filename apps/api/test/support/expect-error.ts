import type { GraphqlResponse } from './api';

/** Asserts that a response failed with one coded error (and, for BAD_USER_INPUT, the argument named), never a 500. */
export function expectCodedError(res: GraphqlResponse<unknown>, code: string, argumentName?: string): void {
  expect(res.status).toBeLessThan(500);
  expect(res.body.errors).toHaveLength(1);
  const extensions = res.body.errors?.[0]?.extensions;
  expect(extensions?.code).toBe(code);
  if (argumentName !== undefined) expect(extensions?.argumentName).toBe(argumentName);
}

/** The global ID the API gives an object of a type and database id (opaque to clients; known to tests). */
export function globalId(type: string, id: number): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}
