import { ArgsType, Field, Int } from 'type-graphql';
import { BadInputError } from './errors';

export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class ForwardPageArgs {
  @Field(() => Int, { nullable: true, description: 'Returns the first n items (1 to 100). Defaults to 20.' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Returns the items after this cursor.' })
  after?: string | null;
}

@ArgsType()
export class PageArgs extends ForwardPageArgs {
  @Field(() => Int, { nullable: true, description: 'Returns the last n items (1 to 100); use with `before`.' })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Returns the items before this cursor.' })
  before?: string | null;
}

/** A validated page request: keyset over (sort value, id). */
export interface PageRequest {
  limit: number;
  /** The (sort value, id) pair to continue from, exclusive. */
  cursor: CursorKey | null;
  /** True when paging backwards (`last`/`before`): fetch in reverse order, then flip. */
  backwards: boolean;
}

export type CursorValue = string | number | null;
export type CursorKey = [CursorValue, number];

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, argument: string): CursorKey {
  const invalid = () => new BadInputError(argument, `"${argument}" is not a valid cursor; use a cursor returned by this connection.`);
  if (cursor.length === 0 || cursor.length > 1000 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalid();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 2 ||
    !(parsed[0] === null || typeof parsed[0] === 'string' || typeof parsed[0] === 'number') ||
    !Number.isSafeInteger(parsed[1])
  ) {
    throw invalid();
  }
  return [parsed[0] as CursorValue, parsed[1] as number];
}

function checkSize(value: number, argument: string): number {
  if (!Number.isInteger(value) || value < 1 || value > MAX_PAGE_SIZE) {
    throw new BadInputError(argument, `"${argument}" must be between 1 and ${MAX_PAGE_SIZE}, got ${value}.`);
  }
  return value;
}

export function parsePageArgs(args: Partial<PageArgs>, defaultSize = 20): PageRequest {
  const { first, after, last, before } = args;
  if (first != null && last != null) throw new BadInputError('last', 'Pass either "first" or "last", not both.');
  if (after != null && before != null) throw new BadInputError('before', 'Pass either "after" or "before", not both.');
  if (last != null || before != null) {
    return {
      limit: checkSize(last ?? defaultSize, 'last'),
      cursor: before != null ? decodeCursor(before, 'before') : null,
      backwards: true,
    };
  }
  return { limit: checkSize(first ?? defaultSize, 'first'), cursor: after != null ? decodeCursor(after, 'after') : null, backwards: false };
}
