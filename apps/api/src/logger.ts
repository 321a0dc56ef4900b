import pino, { type DestinationStream, type Logger } from 'pino';
import { serializeError } from './observability/log-serializers';

export type { Logger };

const SECRET_KEYS = ['password', 'newPassword', 'currentPassword', 'token', 'secret', 'apiKey', 'authorization', 'cookie'];

/**
 * Structured JSON logs. Every line written while serving a request carries its `requestId`
 * (passed by the code that writes it: an AsyncLocalStorage scope would turn on Node's promise hooks,
 * which cost every promise of every request, and a GraphQL request makes thousands); credentials are redacted wherever they appear in a logged object, and errors lose the values
 * bound to their SQL statement. `destination` defaults to stdout (tests capture it).
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'lightbridge-api' },
      serializers: { err: serializeError, error: serializeError },
      redact: {
        paths: [
          ...SECRET_KEYS.flatMap((key) => [key, `*.${key}`]),
          'headers.authorization',
          'headers.cookie',
          'headers["x-api-key"]',
          '*.headers.authorization',
          '*.headers.cookie',
          '*.headers["x-api-key"]',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
