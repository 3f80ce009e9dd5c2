import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, timestamptz } from './columns.js';
import { staffRole } from './enums.js';

/** People at the bank: agents take hand-offs, supervisors manage, auditors read the trail. */
export const staffUsers = pgTable(
  'staff_users',
  {
    id: text().primaryKey(),
    username: text().notNull(),
    displayName: text().notNull(),
    role: staffRole().notNull(),
    /** Same scheme as security answers, under its own pepper. */
    passwordHash: text().notNull(),
    failedLogins: integer().notNull().default(0),
    lockedUntil: timestamptz(),
    disabledAt: timestamptz(),
    lastLoginAt: timestamptz(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex().on(t.username),
    check('staff_users_username_format', sql`${t.username} ~ '^[a-z0-9._-]{3,64}$'`),
  ],
);

export const staffSessions = pgTable(
  'staff_sessions',
  {
    id: text().primaryKey(),
    tokenHash: text().notNull(),
    staffId: text()
      .notNull()
      .references(() => staffUsers.id),
    ipAddress: text(),
    createdAt: createdAt(),
    lastSeenAt: timestamptz().notNull().defaultNow(),
    idleExpiresAt: timestamptz().notNull(),
    absoluteExpiresAt: timestamptz().notNull(),
    endedAt: timestamptz(),
  },
  (t) => [uniqueIndex().on(t.tokenHash), index().on(t.staffId)],
);
