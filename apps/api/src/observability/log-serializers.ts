import pino from 'pino';

/** Properties of driver errors that carry the values of a statement (passwords, token hashes, e-mails). */
const VALUE_KEYS = new Set(['parameters', 'params', 'values', 'variables']);

/**
 * pino's error serializer copies every enumerable property; TypeORM's QueryFailedError and pg's
 * errors carry the statement's bound values. This keeps type, message, code and stack, and drops
 * the values wherever they are nested.
 */
export function serializeError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  return scrub(pino.stdSerializers.err(error), 0);
}

function scrub(value: unknown, depth: number): unknown {
  if (!value || typeof value !== 'object' || depth > 4) return value;
  if (Array.isArray(value)) return value.map((item) => scrub(item, depth + 1));
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    result[key] = VALUE_KEYS.has(key) ? '[redacted]' : scrub(item, depth + 1);
  }
  return result;
}
