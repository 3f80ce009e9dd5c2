import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, smallint, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, timestamptz } from './columns.js';
import { customers } from './customers.js';
import { channel, consentKind, recordingState } from './enums.js';

/**
 * A conversation's authentication state. The token itself is never stored: only its SHA-256,
 * which is safe for a 256-bit random value (there is nothing to guess offline).
 */
export const authSessions = pgTable(
  'auth_sessions',
  {
    id: text().primaryKey(),
    tokenHash: text().notNull(),
    customerId: text().references(() => customers.id),
    channel: channel().notNull(),
    level: smallint().notNull().default(0),
    /** Where the caller is (from the channel), which can be stricter than the customer's home. */
    jurisdiction: text(),
    /** Recording starts only once the jurisdiction's consent rule is met. */
    recordingState: recordingState().notNull().default('awaiting_consent'),
    ipAddress: text(),
    createdAt: createdAt(),
    lastSeenAt: timestamptz().notNull().defaultNow(),
    idleExpiresAt: timestamptz().notNull(),
    absoluteExpiresAt: timestamptz().notNull(),
    endedAt: timestamptz(),
    endReason: text(),
  },
  (t) => [
    uniqueIndex().on(t.tokenHash),
    index().on(t.customerId),
    check('auth_sessions_level_range', sql`${t.level} BETWEEN 0 AND 3`),
  ],
);

export const consents = pgTable(
  'consents',
  {
    id: text().primaryKey(),
    sessionId: text()
      .notNull()
      .references(() => authSessions.id),
    customerId: text().references(() => customers.id),
    kind: consentKind().notNull(),
    jurisdiction: text().notNull(),
    granted: boolean().notNull(),
    /** How it was given: spoken, typed, keypad, or implied by continuing after the disclosure. */
    method: text().notNull(),
    disclosureVersion: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.sessionId), index().on(t.customerId)],
);
