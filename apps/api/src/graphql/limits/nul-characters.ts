import { visit, type DocumentNode } from 'graphql';
import { httpError } from './limit-errors';

const NUL = '\u0000';

function valueHasNul(root: unknown): boolean {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string') {
      if (value.includes(NUL)) return true;
    } else if (Array.isArray(value)) {
      stack.push(...(value as unknown[]));
    } else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key.includes(NUL)) return true;
        stack.push(inner);
      }
    }
  }
  return false;
}

/** Whether a string literal of the document holds U+0000. */
export function documentHasNul(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    StringValue(node) {
      if (node.value.includes(NUL)) found = true;
    },
  });
  return found;
}

/**
 * PostgreSQL text cannot hold U+0000: a string carrying it would fail deep inside a statement as an
 * internal error. Refused up front, for every argument at once, as bad input.
 */
export function refuseNulCharacters(documentHasNulString: boolean, variables: Record<string, unknown> | undefined): void {
  if (documentHasNulString || valueHasNul(variables ?? {})) {
    throw httpError(400, 'BAD_USER_INPUT', 'Strings may not contain the NUL character (U+0000).');
  }
}
