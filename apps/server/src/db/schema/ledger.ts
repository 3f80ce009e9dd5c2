import { sql } from 'drizzle-orm';
import { bigint, check, index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.js';
import { cents, createdAt, timestamptz } from './columns.js';
import { holdStatus, journalKind } from './enums.js';

/** One money movement. Its entries sum to zero (checked by a deferred trigger at commit). */
export const journals = pgTable(
  'journals',
  {
    id: text().primaryKey(),
    kind: journalKind().notNull(),
    description: text().notNull(),
    /** What the movement belongs to, e.g. ('transfer', 'tr_…') or ('dispute', 'dp_…'). */
    refType: text(),
    refId: text(),
    /** Set on a reversal; unique, so a journal can be reversed at most once. */
    reversesJournalId: text().references((): AnyPgColumn => journals.id),
    effectiveAt: timestamptz().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.refType, t.refId), uniqueIndex().on(t.reversesJournalId)],
);

/** Signed amounts: a positive entry raises the account's balance, a negative one lowers it. */
export const ledgerEntries = pgTable(
  'ledger_entries',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    journalId: text()
      .notNull()
      .references(() => journals.id),
    accountId: text()
      .notNull()
      .references(() => accounts.id),
    amountCents: cents().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index().on(t.journalId),
    index().on(t.accountId),
    check('ledger_entries_amount_not_zero', sql`${t.amountCents} <> 0`),
  ],
);

/** Money set aside but not yet posted: a pending card charge. Available = posted − active holds. */
export const holds = pgTable(
  'holds',
  {
    id: text().primaryKey(),
    accountId: text()
      .notNull()
      .references(() => accounts.id),
    amountCents: cents().notNull(),
    status: holdStatus().notNull().default('active'),
    reason: text().notNull(),
    createdAt: createdAt(),
    expiresAt: timestamptz(),
    resolvedAt: timestamptz(),
    /** The journal that posted the money when the hold was captured. */
    captureJournalId: text().references(() => journals.id),
  },
  (t) => [
    index().on(t.accountId, t.status),
    check('holds_amount_positive', sql`${t.amountCents} > 0`),
  ],
);
