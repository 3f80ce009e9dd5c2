import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.js';
import { cents, createdAt, timestamptz } from './columns.js';
import { customers } from './customers.js';
import { billPaymentFrequency, billPaymentStatus, payeeStatus } from './enums.js';

export const payees = pgTable(
  'payees',
  {
    id: text().primaryKey(),
    customerId: text()
      .notNull()
      .references(() => customers.id),
    name: text().notNull(),
    category: text().notNull(),
    /** The customer's account number at the payee, last four only. */
    accountLast4: text(),
    nickname: text(),
    status: payeeStatus().notNull().default('active'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex().on(t.customerId, t.name)],
);

/** A one-time or recurring payment; each payment sent posts a journal referring to this row. */
export const billPayments = pgTable(
  'bill_payments',
  {
    id: text().primaryKey(),
    customerId: text()
      .notNull()
      .references(() => customers.id),
    payeeId: text()
      .notNull()
      .references(() => payees.id),
    fromAccountId: text()
      .notNull()
      .references(() => accounts.id),
    amountCents: cents().notNull(),
    frequency: billPaymentFrequency().notNull(),
    sendOn: date({ mode: 'string' }).notNull(),
    nextSendOn: date({ mode: 'string' }),
    endOn: date({ mode: 'string' }),
    status: billPaymentStatus().notNull(),
    confirmationNumber: text().notNull(),
    createdAt: createdAt(),
    updatedAt: timestamptz().notNull().defaultNow(),
  },
  (t) => [
    index().on(t.customerId),
    uniqueIndex().on(t.confirmationNumber),
    check('bill_payments_amount_positive', sql`${t.amountCents} > 0`),
  ],
);
