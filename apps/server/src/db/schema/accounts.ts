import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { cents, createdAt, timestamptz } from './columns.js';
import { customers } from './customers.js';
import { accountStatus, accountType } from './enums.js';

/**
 * Customer accounts and the bank's own internal (general-ledger) accounts share this table so
 * every ledger entry points at one kind of row. Internal accounts have no customer, no limit and
 * no cached balance: their balance is the sum of their entries, which keeps them from becoming a
 * lock every money movement queues on.
 */
export const accounts = pgTable(
  'accounts',
  {
    id: text().primaryKey(),
    customerId: text().references(() => customers.id),
    type: accountType().notNull(),
    /** Stable name of an internal account ("card_settlement"); null for customer accounts. */
    internalCode: text(),
    nickname: text().notNull(),
    numberLast4: text().notNull(),
    currency: text().notNull().default('usd'),
    status: accountStatus().notNull().default('open'),
    postedBalanceCents: cents().notNull().default(0),
    heldCents: cents().notNull().default(0),
    /** Overdraft line on deposit accounts, credit line on cards, principal on loans. */
    creditLimitCents: cents().notNull().default(0),
    aprBasisPoints: integer(),
    /** Day of month a credit card's billing cycle closes (Regulation Z clocks count cycles). */
    statementDay: integer(),
    openedAt: timestamptz().notNull(),
    /** Regulation E's new-account rules run for 30 days after the first deposit. */
    firstDepositAt: timestamptz(),
    createdAt: createdAt(),
  },
  (t) => [
    index().on(t.customerId),
    uniqueIndex().on(t.internalCode),
    check(
      'accounts_internal_has_no_customer',
      sql`(${t.type} = 'internal') = (${t.customerId} IS NULL)`,
    ),
    check(
      'accounts_internal_has_code',
      sql`(${t.type} = 'internal') = (${t.internalCode} IS NOT NULL)`,
    ),
    check('accounts_held_not_negative', sql`${t.heldCents} >= 0`),
    check('accounts_limit_not_negative', sql`${t.creditLimitCents} >= 0`),
    // The last line of defence for "no available balance below zero unless overdraft is allowed":
    // even a bug in the ledger code cannot commit a row that breaks it.
    check(
      'accounts_available_within_limit',
      sql`${t.type} = 'internal' OR ${t.postedBalanceCents} - ${t.heldCents} >= -${t.creditLimitCents}`,
    ),
    check('accounts_last4_digits', sql`${t.numberLast4} ~ '^[0-9]{4}$'`),
  ],
);
