import { BadInputError } from './errors';

/**
 * Global IDs are opaque to callers: base64url of "Type:id". They let `node(id:)` find any object and
 * tell a wrong type apart from an unknown id.
 */
export function toGlobalId(type: string, id: number | string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

export interface DecodedId {
  type: string;
  id: number;
}

export function fromGlobalId(globalId: string, argument = 'id'): DecodedId {
  if (globalId.length === 0 || globalId.length > 200 || !/^[A-Za-z0-9_-]+$/.test(globalId)) {
    throw new BadInputError(argument, `"${argument}" is not a valid ID.`);
  }
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const match = /^([A-Z][A-Za-z]+):([1-9][0-9]{0,9})$/.exec(decoded);
  if (!match || Number(match[2]) > 2_147_483_647) throw new BadInputError(argument, `"${argument}" is not a valid ID.`);
  return { type: match[1]!, id: Number(match[2]) };
}

/** Decodes an ID that must be of one type, with an error naming the argument otherwise. */
export function expectGlobalId(globalId: string, type: string, argument = 'id'): number {
  const decoded = fromGlobalId(globalId, argument);
  if (decoded.type !== type) {
    throw new BadInputError(argument, `"${argument}" is the ID of a ${decoded.type}, expected a ${type}.`);
  }
  return decoded.id;
}
