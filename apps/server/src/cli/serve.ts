import { buildApp } from '../app.js';
import type { App } from '../app.js';
import type { Config } from '../config/index.js';
import type { Store } from '../db/index.js';
import { redactUrl } from '../db/index.js';
import { createLogger } from '../observability/index.js';
import type { Logger } from '../observability/index.js';
import { version } from '../version.js';
import { createRegistry, toolCatalog } from '../tools/index.js';
import {
  createSecurityContext,
  createSmsSender,
  createToolServices,
  loadKeys,
  openConfiguredStore,
  prepareDatabase,
  seedIfEmpty,
} from './runtime.js';
import { createAgentServices } from './agent-runtime.js';

export interface RunningServer {
  app: App;
  store: Store;
  logger: Logger;
  /** The address actually bound (port 0 picks a free one). */
  url: string;
  /** Finishes in-flight requests, then closes the database. Safe to call twice. */
  stop(reason?: string): Promise<void>;
}

export async function startServer(
  config: Config,
  options: { logger?: Logger } = {},
): Promise<RunningServer> {
  const logger = options.logger ?? createLogger(config.log);
  const where =
    config.database.driver === 'pglite'
      ? `embedded database in ${config.database.dataDir}`
      : `PostgreSQL at ${redactUrl(config.database.url)}`;
  logger.info(`bankdesk ${version} starting in ${config.mode} mode with the ${where}`);

  const store = await openConfiguredStore(config, {
    progress: (message) => logger.info(message),
    onBackgroundError: (error) => logger.error({ err: error }, 'database connection error'),
  });
  let app: App | undefined;
  try {
    const keys = loadKeys(config);
    await prepareDatabase(store, (message) => logger.info(message));
    if (config.seedDemo) await seedIfEmpty(store, config, keys, (message) => logger.info(message));
    // The sandbox phone's screen: written straight to the terminal, never through the log.
    const sms = createSmsSender(config, store, keys, (line) => process.stdout.write(`${line}\n`));
    const security = createSecurityContext(config, store, keys, sms);
    const tools = {
      services: createToolServices(config, store, security),
      registry: createRegistry(toolCatalog),
    };
    app = await buildApp({
      config,
      store,
      logger,
      security,
      staffToken: config.security.staffToken,
      tools,
      agent: createAgentServices(config, tools),
    });
    await app.listen({ host: config.http.host, port: config.http.port });
  } catch (error) {
    await app?.close().catch(() => {});
    await store.close().catch(() => {});
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.http.port;
  const url = `http://${config.http.host.includes(':') ? `[${config.http.host}]` : config.http.host}:${port}`;
  logger.info(`listening on ${url} (health: ${url}/healthz, readiness: ${url}/readyz)`);

  let stopping: Promise<void> | undefined;
  const running = app;
  return {
    app: running,
    store,
    logger,
    url,
    stop(reason = 'stop requested') {
      stopping ??= (async () => {
        logger.info(`${reason}: finishing in-flight requests, then closing the database`);
        try {
          await running.close();
        } finally {
          await store.close();
        }
        logger.info('stopped cleanly');
      })();
      return stopping;
    },
  };
}

/** `bankdesk serve`: runs until SIGINT or SIGTERM, then shuts down gracefully. */
export async function serveCommand(config: Config): Promise<void> {
  const server = await startServer(config);
  let signals = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    signals += 1;
    if (signals > 1) {
      server.logger.warn(`second ${signal}: exiting now`);
      process.exit(1);
    }
    const timer = setTimeout(() => {
      server.logger.error(`shutdown took longer than ${config.shutdownTimeoutMs} ms; exiting`);
      process.exit(1);
    }, config.shutdownTimeoutMs);
    timer.unref();
    server
      .stop(`received ${signal}`)
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        server.logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}
