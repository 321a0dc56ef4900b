import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import type http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { DataSource } from 'typeorm';
import type { AppConfig } from './config';
import { openDatabase, type OpenDatabase } from './db/open-database';
import type { RequestContext } from './graphql/context';
import { formatError } from './graphql/errors';
import { createApiLimits } from './graphql/limits/api-limits';
import { OPERATION_LIMITS } from './graphql/limits/limits';
import { loadOperationRegistry } from './graphql/limits/operation-registry';
import { limitsPlugin } from './graphql/limits/limits-plugin';
import { APQ_TTL_SECONDS } from './graphql/limits/apq-cache';
import { PreparedDocuments } from './graphql/prepared-documents';
import { getSchema } from './graphql/schema';
import { createGraphqlHandler } from './http/graphql-handler';
import { trackRequests } from './http/graceful-shutdown';
import { createHealthRoutes } from './http/health';
import { createHttpServer, type RouteHandler } from './http/server';
import { createWidgetRoutes } from './http/widgets-route';
import { createExportRoutes } from './modules/exports/export-routes';
import type { Logger } from './logger';
import { registerApiKeyAuthenticator } from './modules/accounts/api-key.authenticator';
import { listenForTermChanges } from './modules/taxonomy/term-change-listener';
import { createObservabilityPlugin } from './observability/apollo-observability-plugin';
import { createOperationObserver } from './observability/operation-observer';
import { instrumentHttpServer } from './observability/http-metrics';
import { registerPoolMetrics } from './observability/metrics';
import { createMetricsRoute } from './observability/metrics-route';

export interface RunningApp {
  url: string;
  database: OpenDatabase;
  server: http.Server;
  stop(): Promise<void>;
}

/** Boots the platform: database (embedded or server) → schema → HTTP server. */
export async function startApp(config: AppConfig, logger: Logger, prepare?: (primary: DataSource) => Promise<void>): Promise<RunningApp> {
  // First: a broken manifest stops the start before anything is opened.
  const registry = loadOperationRegistry(config.operationManifests, config.safelist, logger);
  const database = await openDatabase(config, logger, prepare);
  const unregisterPools = [
    registerPoolMetrics(database.primary, 'primary'),
    ...(database.replica ? [registerPoolMetrics(database.replica, 'replica')] : []),
  ];
  registerApiKeyAuthenticator();
  const limits = createApiLimits(config, registry, logger);
  // Not on a replica (it may lag the notification) nor on the embedded database (one session for all).
  const listen = config.termChangeListener && !database.replica && !database.embedded;
  const termChanges = listen ? await listenForTermChanges(database.primary, database.url, logger) : null;
  try {
    const schema = getSchema();
    const observer = createOperationObserver(logger);
    const apollo = new ApolloServer<RequestContext>({
      schema,
      introspection: true,
      includeStacktraceInErrorResponses: false,
      // main.ts drains on SIGTERM; Apollo's own handler would stop it and re-raise the signal mid-drain.
      stopOnTerminationSignals: false,
      // No field sets a cache hint, so every answer is uncacheable (the handler says no-store); the
      // cache-control plugin would still wrap every field's resolution to compute that.
      plugins: [createObservabilityPlugin(observer), limitsPlugin(limits.rateLimiter), ApolloServerPluginCacheControlDisabled()],
      parseOptions: { maxTokens: OPERATION_LIMITS.maxTokens },
      persistedQueries: { cache: limits.apqCache, ttl: APQ_TTL_SECONDS },
      hideSchemaDetailsFromClientErrors: config.nodeEnv === 'production',
      // The observability plugin logs the unexpected ones, with their request's id.
      formatError,
    });
    await apollo.start();
    let isDraining = () => false;
    const routes = new Map<string, RouteHandler>(
      Object.entries(createHealthRoutes(database, { timeoutMs: config.readinessTimeoutMs, isDraining: () => isDraining() })),
    );
    routes.set('/metrics', createMetricsRoute(config.metricsToken));
    for (const [pathname, route] of Object.entries(createWidgetRoutes())) routes.set(pathname, route);
    for (const [pathname, route] of Object.entries(createExportRoutes(database.primary, config.publicUrl))) routes.set(pathname, route);
    const server = createHttpServer({
      logger,
      graphql: createGraphqlHandler({
        apollo,
        primary: database.primary,
        replica: database.replica,
        exposeStatementCount: config.sqlStatementHeader,
        limits,
        prepared: config.preparedExecution
          ? { schema, documents: new PreparedDocuments(schema), rateLimiter: limits.rateLimiter, observer }
          : null,
      }),
      routes,
      corsOrigins: config.corsOrigins,
      webDistDir: config.webDistDir,
      instanceId: config.instanceId,
    });
    server.keepAliveTimeout = 5_000;
    server.requestTimeout = 30_000;
    instrumentHttpServer(server, ['/graphql', ...routes.keys()]);
    const requests = trackRequests(server);
    isDraining = () => requests.draining;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => resolve());
    });
    const address = server.address() as AddressInfo;
    const host = config.host === '0.0.0.0' ? '127.0.0.1' : config.host;
    const url = `http://${host}:${address.port}`;
    logger.info({ url: `${url}/graphql`, instanceId: config.instanceId }, 'LightBridge API listening');
    let stopping: Promise<void> | null = null;
    return {
      url,
      database,
      server,
      stop() {
        stopping ??= (async () => {
          const cutOff = await requests.drain(config.shutdownTimeoutMs);
          if (cutOff > 0) logger.warn({ requests: cutOff, timeoutMs: config.shutdownTimeoutMs }, 'requests cut off by the shutdown bound');
          await apollo.stop();
          await termChanges?.stop();
          await limits.close();
          for (const unregister of unregisterPools) unregister();
          await database.close();
        })();
        return stopping;
      },
    };
  } catch (error) {
    for (const unregister of unregisterPools) unregister();
    await termChanges?.stop();
    await limits.close();
    await database.close();
    throw error;
  }
}
