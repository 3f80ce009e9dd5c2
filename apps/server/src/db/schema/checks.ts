import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.js';
import { cents, createdAt, timestamptz } from './columns.js';
import { customers } from './customers.js';
import { checkStatus, stopPaymentStatus } from './enums.js';
import { journals } from './ledger.js';
import { transactions } from './transactions.js';

/** Paper checks the customer wrote; a stop payment needs one that has not cleared. */
export const checks = pgTable(
  'checks',
  {
    id: text().primaryKey(),
    accountId: text()
      .notNull()
      .references(() => accounts.id),
    checkNumber: integer().notNull(),
    amountCents: cents().notNull(),
    payeeName: text().notNull(),
    issuedOn: date({ mode: 'string' }).notNull(),
    status: checkStatus().notNull().default('issued'),
    clearedAt: timestamptz(),
    transactionId: text().references(() => transactions.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex().on(t.accountId, t.checkNumber),
    check('checks_amount_positive', sql`${t.amountCents} > 0`),
  ],
);

export const stopPayments = pgTable(
  'stop_payments',
  {
    id: text().primaryKey(),
    customerId: text()
      .notNull()
      .references(() => customers.id),
    accountId: text()
      .notNull()
      .references(() => accounts.id),
    checkId: text().references(() => checks.id),
    checkNumber: integer().notNull(),
    amountCents: cents(),
    payeeName: text(),
    feeCents: cents().notNull(),
    feeJournalId: text().references(() => journals.id),
    status: stopPaymentStatus().notNull().default('active'),
    confirmationNumber: text().notNull(),
    effectiveAt: timestamptz().notNull(),
    /** UCC 4-403: a stop order is effective for six months. */
    expiresAt: timestamptz().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex().on(t.confirmationNumber),
    index().on(t.customerId),
    // Two concurrent requests cannot both place an active stop on the same check.
    uniqueIndex('stop_payments_one_active_per_check')
      .on(t.accountId, t.checkNumber)
      .where(sql`${t.status} = 'active'`),
  ],
);
