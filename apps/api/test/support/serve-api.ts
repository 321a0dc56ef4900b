// Runs the API in its own process for tests that need several processes (a shared Redis budget).
// Prints one line `{"url": ...}` when listening; stops on SIGTERM.
import 'reflect-metadata';
import { startApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const app = await startApp(config, createLogger(config.logLevel));
  process.stdout.write(`${JSON.stringify({ url: app.url })}\n`);
  process.once('SIGTERM', () => {
    void app.stop().then(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
