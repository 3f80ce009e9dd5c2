import helmet from '@fastify/helmet';
import swagger from '@fastify/swagger';
import Fastify from 'fastify';
import type { FastifyBaseLogger, FastifyInstance, RawServerDefault } from 'fastify';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { customAlphabet } from 'nanoid';
import {
  captureRoutes,
  healthRoutes,
  opsRoutes,
  registerErrorHandling,
  sandboxRoutes,
  staffRoutes,
} from './channels/http/index.js';
import type { Config } from './config/index.js';
import type { Store } from './db/index.js';
import { AppError } from './errors/index.js';
import type { Logger } from './observability/index.js';
import type { SecurityContext } from './security/index.js';
import type { ToolRegistry, ToolServices } from './tools/index.js';
import type { AgentServices } from './agent/index.js';
import { chatRoutes } from './channels/http/chat-routes.js';
import { version } from './version.js';
import { mcpHttpRoutes } from './channels/mcp/index.js';

export interface AppOptions {
  config: Pick<Config, 'http' | 'mode'>;
  store: Store;
  logger: Logger;
  security: SecurityContext;
  /** BANKDESK_STAFF_TOKEN, if set. */
  staffToken?: string | undefined;
  /** Staff logins per address per minute (default 10). */
  staffLoginsPerMinute?: number;
  /** The conversation engine, served as the chat API. */
  agent?: AgentServices | undefined;
  /** Chat API rate limits; the defaults suit people, a benchmark raises them. */
  chatLimits?: { conversationsPerMinute?: number; messagesPerMinute?: number };
  /** The tool catalog, served over MCP at /mcp. */
  tools?: { services: ToolServices; registry: ToolRegistry };
}

const requestIdBody = customAlphabet('0123456789abcdefghijklmnopqrstuvwxyz', 16);
const acceptableRequestId = /^[A-Za-z0-9._:-]{1,64}$/;

/**
 * Builds the HTTP application without listening, so tests drive it with `inject()` and `serve`
 * adds only the socket and the signals.
 */
export type App = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;

export async function buildApp(options: AppOptions): Promise<App> {
  const app = Fastify({
    loggerInstance: options.logger as FastifyBaseLogger,
    bodyLimit: options.config.http.bodyLimitBytes,
    trustProxy: options.config.http.trustProxy,
    // We answer 503 ourselves while closing, in our own error shape.
    return503OnClosing: false,
    requestIdHeader: false,
    genReqId: (req) => {
      const offered = req.headers['x-request-id'];
      return typeof offered === 'string' && acceptableRequestId.test(offered)
        ? offered
        : `req_${requestIdBody()}`;
    },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);

  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (closing) {
      throw new AppError('SHUTTING_DOWN', 'the server is shutting down; retry on another instance');
    }
  });
  // A keep-alive connection whose request was in flight when shutdown began would otherwise stay
  // open after its response, and close() would wait for the client's keep-alive timeout.
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
  });

  await app.register(helmet, {
    global: true,
    // bankdesk runs on plain HTTP on a laptop; upgrading its own requests to HTTPS would break it.
    // Behind TLS in production, the proxy sets HSTS.
    contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } },
  });
  // Registered before the routes so that each one's zod schema lands in the document.
  await app.register(swagger, {
    openapi: {
      info: { title: 'bankdesk API', version },
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      },
    },
    transform: jsonSchemaTransform,
  });
  app.get('/api/v1/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await app.register(healthRoutes, { store: options.store });
  if (options.agent)
    await app.register(chatRoutes, { agent: options.agent, ...options.chatLimits });
  await app.register(staffRoutes, {
    security: options.security,
    bootstrapToken: options.staffToken,
    ...(options.staffLoginsPerMinute ? { loginsPerMinute: options.staffLoginsPerMinute } : {}),
  });
  if (options.tools) await app.register(mcpHttpRoutes, options.tools);
  const tools = options.tools?.services;
  await app.register(opsRoutes, {
    security: options.security,
    bootstrapToken: options.staffToken,
    ...(tools ? { timeZone: tools.timeZone, calendar: tools.calendar } : {}),
  });
  if (tools?.payments) {
    await app.register(captureRoutes, {
      services: {
        db: tools.db,
        keyring: tools.payments.keyring,
        processor: tools.payments.processor,
        timeZone: tools.timeZone,
        now: tools.security.now,
      },
      bankName: tools.bank.name,
    });
  }
  if (options.config.mode === 'sandbox' && options.security.sms.provider === 'sandbox') {
    await app.register(sandboxRoutes, { security: options.security });
  }
  return app;
}
