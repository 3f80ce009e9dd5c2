import rateLimit from '@fastify/rate-limit';
import {
  createStaffRequestSchema,
  errorBodySchema,
  staffAccountSchema,
  staffLoginRequestSchema,
  staffLoginResponseSchema,
  staffMeSchema,
} from '@bankdesk/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../errors/index.js';
import { createStaff, loginStaff, logoutStaff } from '../../security/index.js';
import type { SecurityContext } from '../../security/index.js';
import { bearerToken, requireStaff } from './staff-auth.js';

export interface StaffRouteOptions {
  security: SecurityContext;
  bootstrapToken: string | undefined;
  /** Logins per address per minute, before the per-account lockout even starts counting. */
  loginsPerMinute?: number;
}

/** Staff login, logout, who-am-I, and account creation for supervisors. */
export const staffRoutes: FastifyPluginAsyncZod<StaffRouteOptions> = async (app, options) => {
  const { security, bootstrapToken } = options;
  await app.register(rateLimit, { global: false });

  app.post(
    '/api/v1/staff/login',
    {
      config: { rateLimit: { max: options.loginsPerMinute ?? 10, timeWindow: 60_000 } },
      schema: {
        body: staffLoginRequestSchema,
        response: { 200: staffLoginResponseSchema, 401: errorBodySchema, 423: errorBodySchema },
      },
    },
    async (request, reply) => {
      const result = await loginStaff(security, { ...request.body, ipAddress: request.ip });
      if (result.ok)
        return { token: result.token, expiresAt: result.expiresAt, staff: result.staff };
      if (result.code === 'LOGIN_LOCKED') {
        reply.header('retry-after', String(result.retryAfterSeconds));
        throw new AppError('LOGIN_LOCKED', 'too many failed logins; try again later');
      }
      throw new AppError('LOGIN_FAILED', 'the username or password is not right');
    },
  );

  app.post(
    '/api/v1/staff/logout',
    { schema: { response: { 204: z.null() } } },
    async (request, reply) => {
      const token = bearerToken(request);
      if (token) await logoutStaff(security, token);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/staff/me',
    {
      preHandler: requireStaff(security, bootstrapToken),
      schema: { response: { 200: staffMeSchema } },
    },
    async (request) => ({
      id: request.staff!.id,
      role: request.staff!.role,
      via: request.staff!.via,
    }),
  );

  app.post(
    '/api/v1/staff/users',
    {
      preHandler: requireStaff(security, bootstrapToken, 'staff:manage'),
      schema: { body: createStaffRequestSchema, response: { 201: staffAccountSchema } },
    },
    async (request, reply) => {
      const account = await createStaff(security, request.body, request.staff!.actor);
      return reply.status(201).send(account);
    },
  );
};
