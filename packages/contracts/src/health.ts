import { z } from 'zod';

export const healthSchema = z.object({
  status: z.literal('ok'),
  version: z.string(),
  uptimeSeconds: z.number().nonnegative(),
});

export type Health = z.infer<typeof healthSchema>;

export const readinessSchema = z.object({
  status: z.literal('ready'),
  database: z.object({
    driver: z.enum(['pglite', 'postgres']),
    migrationsApplied: z.number().int().nonnegative(),
    migrationsExpected: z.number().int().nonnegative(),
  }),
});

export type Readiness = z.infer<typeof readinessSchema>;
