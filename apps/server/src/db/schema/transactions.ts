import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.js';
import { cards } from './cards.js';
import { cents, createdAt, timestamptz } from './columns.js';
import { transactionKind, transactionStatus } from './enums.js';
import { holds, journals } from './ledger.js';
import { transfers } from './transfers.js';

/**
 * What a customer sees on a statement. Ids are `ch_` + 24 characters, the pattern seed 004's
 * `file_dispute` takes as `charge_id`. Amounts are signed from the account holder's side:
 * negative is money out.
 */
export const transactions = pgTable(
  'transactions',
  {
    id: text().primaryKey(),
    accountId: text()
      .notNull()
      .references(() => accounts.id),
    cardId: text().references(() => cards.id),
    kind: transactionKind().notNull(),
    status: transactionStatus().notNull(),
    amountCents: cents().notNull(),
    /** The descriptor as the network sent it, e.g. "SQ *BLUE BOTTLE COFFEE". */
    description: text().notNull(),
    merchantName: text(),
    merchantCategoryCode: text(),
    category: text(),
    cardPresent: boolean(),
    merchantCity: text(),
    merchantRegion: text(),
    merchantCountry: text(),
    /** Free text from the counterparty; untrusted (it can carry prompt-injection attempts). */
    memo: text(),
    checkNumber: integer(),
    counterparty: text(),
    transferId: text().references(() => transfers.id),
    holdId: text().references(() => holds.id),
    journalId: text().references(() => journals.id),
    authorizedAt: timestamptz(),
    postedAt: timestamptz(),
    createdAt: createdAt(),
  },
  (t) => [
    index().on(t.accountId, t.postedAt),
    index().on(t.accountId, t.authorizedAt),
    index().on(t.cardId),
    check('transactions_amount_not_zero', sql`${t.amountCents} <> 0`),
    check(
      'transactions_posted_has_journal',
      sql`${t.status} <> 'posted' OR (${t.journalId} IS NOT NULL AND ${t.postedAt} IS NOT NULL)`,
    ),
    check(
      'transactions_mcc_format',
      sql`${t.merchantCategoryCode} IS NULL OR ${t.merchantCategoryCode} ~ '^[0-9]{4}$'`,
    ),
  ],
);
