import { jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { createdAt, timestamptz } from './columns.js';

/**
 * One row per (scope, key). The row is inserted first inside the operation's transaction, so a
 * concurrent retry waits on it and then reads the committed result instead of running twice.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    /** Who owns the key (e.g. a customer id): one customer's key can never replay another's. */
    scope: text().notNull(),
    key: text().notNull(),
    operation: text().notNull(),
    /** SHA-256 of the canonical request, so a key reused for a different request is refused. */
    requestHash: text().notNull(),
    response: jsonb().$type<unknown>(),
    createdAt: createdAt(),
    completedAt: timestamptz(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.key] })],
);
