import { healthSchema, readinessSchema, errorBodySchema } from '@bankdesk/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Store } from '../../db/index.js';
import { AppError } from '../../errors/index.js';
import { version } from '../../version.js';

/**
 * `/healthz`: the process is alive. `/readyz`: it can serve — the database answers and every
 * migration this build ships has been applied. Load balancers route on the second.
 */
export const healthRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  const startedAt = Date.now();

  app.get('/healthz', { schema: { response: { 200: healthSchema } } }, async () => ({
    status: 'ok' as const,
    version,
    uptimeSeconds: (Date.now() - startedAt) / 1000,
  }));

  app.get(
    '/readyz',
    { schema: { response: { 200: readinessSchema, 503: errorBodySchema } } },
    async () => {
      await store.ping();
      const migrations = await store.migrationStatus();
      if (migrations.applied < migrations.expected) {
        throw new AppError(
          'NOT_READY',
          `database migrations pending: ${migrations.applied} of ${migrations.expected} applied`,
        );
      }
      return {
        status: 'ready' as const,
        database: {
          driver: store.driver,
          migrationsApplied: migrations.applied,
          migrationsExpected: migrations.expected,
        },
      };
    },
  );
};
