import rateLimit from '@fastify/rate-limit';
import {
  conversationCreatedSchema,
  conversationViewSchema,
  createConversationSchema,
  errorBodySchema,
  messageRequestSchema,
  replySchema,
} from '@bankdesk/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { runTurn, startConversation, viewConversation } from '../../agent/index.js';
import type { AgentServices } from '../../agent/index.js';
import { AppError } from '../../errors/index.js';
import { bearerToken } from './staff-auth.js';

export interface ChatRouteOptions {
  agent: AgentServices;
  /** New conversations per address per minute (default 60). */
  conversationsPerMinute?: number | undefined;
  /** Messages per conversation per minute (default 60): far above a person, below a script. */
  messagesPerMinute?: number | undefined;
}

const idParams = z.object({ id: z.string().min(1).max(64) });

function customerToken(request: { headers: Record<string, unknown> }): string {
  const token = bearerToken(request as never);
  if (!token) throw new AppError('UNAUTHORIZED', 'send the conversation token as a Bearer token');
  return token;
}

/** Chat API v1, as ARCHITECTURE.md specifies it. */
export const chatRoutes: FastifyPluginAsyncZod<ChatRouteOptions> = async (app, options) => {
  const { agent } = options;
  await app.register(rateLimit, { global: false });

  app.post(
    '/api/v1/conversations',
    {
      config: { rateLimit: { max: options.conversationsPerMinute ?? 60, timeWindow: 60_000 } },
      schema: {
        tags: ['chat'],
        summary: 'Start a conversation',
        body: createConversationSchema.optional(),
        response: { 201: conversationCreatedSchema, 400: errorBodySchema },
      },
    },
    async (request, reply) => {
      // callerId is for telephony adapters, which start conversations in-process, never here.
      const { callerId: _ignored, ...input } = request.body ?? {};
      const started = await startConversation(agent, input, { ipAddress: request.ip });
      return reply.status(201).send(started);
    },
  );

  app.post(
    '/api/v1/conversations/:id/messages',
    {
      config: {
        rateLimit: {
          max: options.messagesPerMinute ?? 60,
          timeWindow: 60_000,
          // Per conversation, not per address: many customers can share one office's address.
          keyGenerator: (request) => `conversation:${(request.params as { id?: string }).id ?? ''}`,
        },
      },
      schema: {
        tags: ['chat'],
        summary:
          'Send a message and get the reply (JSON, or Server-Sent Events with Accept: text/event-stream)',
        params: idParams,
        body: messageRequestSchema,
        response: {
          200: replySchema,
          400: errorBodySchema,
          401: errorBodySchema,
          409: errorBodySchema,
        },
      },
    },
    async (request, reply) => {
      const token = customerToken(request);
      const body = request.body;
      const input = {
        conversationId: request.params.id,
        token,
        ...('text' in body ? { text: body.text } : { dtmf: body.dtmf }),
      };
      const wantsStream = String(request.headers.accept ?? '').includes('text/event-stream');
      if (!wantsStream) return runTurn(agent, input, { ipAddress: request.ip });

      reply.hijack();
      const raw = reply.raw;
      raw.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-request-id': request.id,
      });
      const send = (event: string, data: unknown) =>
        raw.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      try {
        const result = await runTurn(agent, input, { ipAddress: request.ip });
        // The reply arrives sentence by sentence, then whole, so a client can start speaking early.
        for (const sentence of result.text.match(/[^.!?\n]+[.!?]*\s*/g) ?? [])
          send('delta', { text: sentence });
        send('reply', result);
      } catch (error) {
        const code = error instanceof AppError ? error.code : 'INTERNAL';
        const message = error instanceof AppError ? error.message : 'something went wrong';
        send('error', { error: { code, message } });
      }
      raw.end();
      return reply;
    },
  );

  app.get(
    '/api/v1/conversations/:id',
    {
      schema: {
        tags: ['chat'],
        summary: 'The redacted transcript and state of a conversation',
        params: idParams,
        response: { 200: conversationViewSchema, 401: errorBodySchema },
      },
    },
    async (request) =>
      viewConversation(agent, { conversationId: request.params.id, token: customerToken(request) }),
  );
};
