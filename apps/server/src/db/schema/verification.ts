import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt, timestamptz } from './columns.js';
import { customers } from './customers.js';
import { verificationKind } from './enums.js';
import { authSessions } from './sessions.js';

/**
 * One-time codes. Only a keyed hash of the code is stored (HMAC with a server key over the
 * row id and the code), so the table is useless to someone who reads it.
 */
export const otpCodes = pgTable(
  'otp_codes',
  {
    id: text().primaryKey(),
    sessionId: text()
      .notNull()
      .references(() => authSessions.id),
    customerId: text()
      .notNull()
      .references(() => customers.id),
    /** The phone on file it was sent to, E.164. */
    phone: text().notNull(),
    codeHash: text().notNull(),
    createdAt: createdAt(),
    expiresAt: timestamptz().notNull(),
    consumedAt: timestamptz(),
    /** Set when a newer code replaces it, when its tries run out, or when the session changes hands. */
    voidedAt: timestamptz(),
    failedAttempts: integer().notNull().default(0),
    provider: text(),
    providerMessageId: text(),
  },
  (t) => [
    index().on(t.sessionId, t.createdAt),
    index().on(t.phone, t.createdAt),
    check('otp_codes_failed_attempts_range', sql`${t.failedAttempts} BETWEEN 0 AND 5`),
  ],
);

/**
 * Every identification, code and security-answer attempt, right or wrong: the throttles count
 * these. `subjectKey` is a keyed hash of the phone number tried, so attempts against numbers
 * that belong to nobody can be counted without storing them.
 */
export const verificationAttempts = pgTable(
  'verification_attempts',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    kind: verificationKind().notNull(),
    sessionId: text()
      .notNull()
      .references(() => authSessions.id),
    customerId: text().references(() => customers.id),
    subjectKey: text(),
    success: boolean().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index().on(t.sessionId, t.kind),
    index().on(t.customerId, t.kind, t.createdAt),
    index().on(t.subjectKey, t.kind, t.createdAt),
  ],
);

/** Step-up refused for a customer until `lockedUntil`, or until staff clear it. */
export const stepUpLocks = pgTable(
  'step_up_locks',
  {
    id: text().primaryKey(),
    customerId: text()
      .notNull()
      .references(() => customers.id),
    reason: text().notNull(),
    createdAt: createdAt(),
    lockedUntil: timestamptz().notNull(),
    clearedAt: timestamptz(),
    clearedBy: text(),
  },
  (t) => [index().on(t.customerId, t.lockedUntil)],
);

/**
 * The sandbox phone: messages that would have been texted. Bodies are sealed with AES-256-GCM
 * under a server key, so the one-time codes inside are not readable from the database.
 */
export const smsOutbox = pgTable(
  'sms_outbox',
  {
    id: text().primaryKey(),
    toPhone: text().notNull(),
    sealedBody: text().notNull(),
    purpose: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.toPhone, t.createdAt)],
);
