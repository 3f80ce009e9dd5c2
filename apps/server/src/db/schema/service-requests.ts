import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, smallint, text } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.js';
import { createdAt, timestamptz } from './columns.js';
import { customers } from './customers.js';
import { handoffReason, handoffStatus, statementDelivery } from './enums.js';
import { authSessions } from './sessions.js';

/** A conversation waiting for (or with) a person, with what they need to pick it up. */
export const handoffs = pgTable(
  'handoffs',
  {
    id: text().primaryKey(),
    sessionId: text()
      .notNull()
      .references(() => authSessions.id),
    customerId: text().references(() => customers.id),
    reason: handoffReason().notNull(),
    status: handoffStatus().notNull().default('waiting'),
    authLevel: smallint().notNull(),
    summary: text(),
    /** The context packet: pending request, verification state, a pointer to the transcript. */
    packet: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    assignedTo: text(),
    createdAt: createdAt(),
    assignedAt: timestamptz(),
    resolvedAt: timestamptz(),
  },
  (t) => [
    index().on(t.status, t.createdAt),
    index().on(t.sessionId),
    check('handoffs_summary_length', sql`char_length(${t.summary}) <= 1000`),
  ],
);

/** A statement to be emailed or mailed by the bank's document service (downloads need none). */
export const statementRequests = pgTable(
  'statement_requests',
  {
    id: text().primaryKey(),
    customerId: text()
      .notNull()
      .references(() => customers.id),
    accountId: text()
      .notNull()
      .references(() => accounts.id),
    period: text().notNull(),
    delivery: statementDelivery().notNull(),
    /** Where it goes, masked ("a***@example.com", "…Larimer St"): never the full address. */
    destination: text().notNull(),
    status: text().notNull().default('queued'),
    createdAt: createdAt(),
  },
  (t) => [
    index().on(t.customerId),
    check('statement_requests_period', sql`${t.period} ~ '^\\d{4}-\\d{2}$'`),
  ],
);
