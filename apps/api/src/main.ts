import { startApp } from './app';
import { ConfigError, loadConfig } from './config';
import { seedIfEmpty } from './db/seed/seed-if-empty';
import { ensureAdmin } from './modules/accounts/admin-bootstrap';
import { createLogger } from './logger';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const started = Date.now();
  const app = await startApp(config, logger, async (primary) => {
    await seedIfEmpty(primary, config, logger);
    if (config.admin) await ensureAdmin(primary, config.admin, logger);
  });
  logger.info({ ms: Date.now() - started }, 'ready');
  const shutdown = (signal: string) => {
    logger.info({ signal, timeoutMs: config.shutdownTimeoutMs }, 'shutting down: draining in-flight requests');
    // The drain is bounded by SHUTDOWN_TIMEOUT_MS; this is the last resort if closing the pool hangs.
    const force = setTimeout(() => {
      logger.error('shutdown did not finish in time; exiting');
      process.exit(1);
    }, config.shutdownTimeoutMs + 5_000);
    force.unref();
    app.stop().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
