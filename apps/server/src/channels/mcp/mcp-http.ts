import { toNodeHandler } from '@modelcontextprotocol/node';
import { createMcpHandler } from '@modelcontextprotocol/server';
import type { FastifyPluginAsync } from 'fastify';
import { AppError } from '../../errors/index.js';
import { resolveSession } from '../../security/index.js';
import type { ToolRegistry, ToolServices } from '../../tools/index.js';
import { createMcpServer } from './mcp-server.js';

interface SessionAuth {
  token: string;
  clientId: string;
  scopes: string[];
  extra: { sessionId: string; ipAddress: string };
}

/**
 * Streamable HTTP at /mcp. Each request must carry a live conversation session token
 * (`Authorization: Bearer bdsess_…`); the MCP server built for that request acts for that
 * session only. 2025-era clients are served statelessly, which is what a bank wants anyway:
 * any instance can take any request.
 */
export const mcpHttpRoutes: FastifyPluginAsync<{
  services: ToolServices;
  registry: ToolRegistry;
}> = async (app, { services, registry }) => {
  const handler = createMcpHandler(
    (ctx) => {
      const auth = ctx.authInfo as SessionAuth | undefined;
      if (!auth) throw new AppError('SESSION_INVALID', 'no session');
      return createMcpServer(services, registry, {
        sessionId: auth.extra.sessionId,
        origin: { ipAddress: auth.extra.ipAddress },
      });
    },
    { legacy: 'stateless', responseMode: 'json' },
  );
  const node = toNodeHandler(handler);
  app.addHook('onClose', async () => {
    await handler.close();
  });

  app.route({
    method: ['POST', 'GET', 'DELETE'],
    url: '/mcp',
    handler: async (request, reply) => {
      const header = request.headers.authorization;
      const token = header && /^Bearer\s+(\S+)$/i.exec(header)?.[1];
      if (!token)
        throw new AppError(
          'SESSION_INVALID',
          'an MCP connection needs a conversation session token (Authorization: Bearer …)',
        );
      const session = await resolveSession(services.security, token);
      const auth: SessionAuth = {
        token: 'redacted',
        clientId: 'bankdesk-session',
        scopes: [],
        extra: { sessionId: session.id, ipAddress: request.ip },
      };
      (request.raw as typeof request.raw & { auth?: SessionAuth }).auth = auth;
      reply.hijack();
      await node(request.raw, reply.raw, request.body);
    },
  });
};
