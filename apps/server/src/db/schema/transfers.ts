import { sql } from 'drizzle-orm';
import { boolean, check, date, index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.js';
import { cents, createdAt, timestamptz } from './columns.js';
import { customers } from './customers.js';
import { transferDirection, transferRail, transferStatus } from './enums.js';
import { journals } from './ledger.js';

/** Internal, Zelle, ACH and wire transfers. The money itself moves in `journalId`. */
export const transfers = pgTable(
  'transfers',
  {
    id: text().primaryKey(),
    customerId: text()
      .notNull()
      .references(() => customers.id),
    rail: transferRail().notNull(),
    direction: transferDirection().notNull(),
    fromAccountId: text().references(() => accounts.id),
    toAccountId: text().references(() => accounts.id),
    counterpartyName: text(),
    /** Masked Zelle token (email or phone) or routing/account hint; never a full account number. */
    counterpartyHandle: text(),
    counterpartyBank: text(),
    counterpartyAccountLast4: text(),
    amountCents: cents().notNull(),
    feeCents: cents().notNull().default(0),
    currency: text().notNull().default('usd'),
    status: transferStatus().notNull(),
    confirmationNumber: text().notNull(),
    memo: text(),
    sameDay: boolean().notNull().default(false),
    scheduledFor: date({ mode: 'string' }),
    expectedBy: timestamptz(),
    completedAt: timestamptz(),
    journalId: text().references(() => journals.id),
    feeJournalId: text().references(() => journals.id),
    createdAt: createdAt(),
    updatedAt: timestamptz().notNull().defaultNow(),
  },
  (t) => [
    index().on(t.customerId, t.createdAt),
    uniqueIndex().on(t.confirmationNumber),
    check('transfers_amount_positive', sql`${t.amountCents} > 0`),
    check('transfers_fee_not_negative', sql`${t.feeCents} >= 0`),
  ],
);
