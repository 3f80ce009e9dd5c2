import {
  errorBodySchema,
  sandboxSmsQuerySchema,
  sandboxSmsResponseSchema,
} from '@bankdesk/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../errors/index.js';
import { normalizePhone } from '../../security/index.js';
import type { SecurityContext } from '../../security/index.js';
import { readSandboxOutbox } from '../../sms/index.js';

/** Registered in sandbox mode only: anywhere else these paths do not exist. */
export const sandboxRoutes: FastifyPluginAsyncZod<{ security: SecurityContext }> = async (
  app,
  { security },
) => {
  app.get(
    '/api/v1/sandbox/sms',
    {
      schema: {
        querystring: sandboxSmsQuerySchema,
        response: { 200: sandboxSmsResponseSchema, 400: errorBodySchema },
      },
    },
    async (request) => {
      const to = normalizePhone(request.query.to);
      if (!to) throw new AppError('INVALID_INPUT', 'to must be a phone number, e.g. +15552345678');
      const messages = await readSandboxOutbox(
        security.db,
        security.keys.derive('sandbox-outbox'),
        to,
      );
      return { messages };
    },
  );
};
