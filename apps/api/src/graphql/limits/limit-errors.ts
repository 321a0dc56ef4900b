import { GraphQLError } from 'graphql';
import { HeaderMap } from '@apollo/server';

export type LimitName = 'tokens' | 'depth' | 'aliases' | 'directives' | 'nodes' | 'cost';

/** A refused operation: HTTP 400 with code QUERY_TOO_COMPLEX, naming the limit and its value. */
export function tooComplex(limit: LimitName, max: number, actual: number): GraphQLError {
  return new GraphQLError(`The operation exceeds the ${limit} limit: ${actual} > ${max}. See docs/api.md#costs-and-limits.`, {
    extensions: { code: 'QUERY_TOO_COMPLEX', limit, max, actual, http: { status: 400, headers: new HeaderMap() } },
  });
}

export function httpError(status: number, code: string, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code, http: { status, headers: new HeaderMap() } } });
}
