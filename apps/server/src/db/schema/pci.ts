import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, smallint, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.js';
import { cents, createdAt, timestamptz } from './columns.js';
import { customers } from './customers.js';
import { captureChannel, captureStatus, cardPaymentStatus, paymentCardBrand } from './enums.js';
import { journals } from './ledger.js';
import { authSessions } from './sessions.js';

/**
 * The token vault: a card number sealed with AES-256-GCM under a key id (rotation keeps old rows
 * readable), a keyed fingerprint to spot the same card twice, and what may be shown (brand, last
 * four, expiry). No CVV, PIN or track data column exists, on purpose (PCI DSS 3.3.1).
 */
export const vaultCards = pgTable(
  'vault_cards',
  {
    token: text().primaryKey(),
    customerId: text().references(() => customers.id),
    keyId: text().notNull(),
    sealedPan: text().notNull(),
    fingerprint: text().notNull(),
    brand: paymentCardBrand().notNull(),
    last4: text().notNull(),
    expMonth: smallint(),
    expYear: smallint(),
    createdAt: createdAt(),
    lastUsedAt: timestamptz(),
  },
  (t) => [
    index().on(t.fingerprint),
    index().on(t.keyId),
    check('vault_cards_token_shape', sql`${t.token} ~ '^tok_[A-Za-z0-9]{24}$'`),
    check('vault_cards_last4_shape', sql`${t.last4} ~ '^[0-9]{4}$'`),
    check('vault_cards_exp_month', sql`${t.expMonth} IS NULL OR ${t.expMonth} BETWEEN 1 AND 12`),
  ],
);

/**
 * One secure capture of a card for one purpose (today: paying one of the customer's loan or
 * credit-card accounts a fixed amount). The authorisation happens when the capture completes, so
 * the CVV is used then and dropped; the payment tool later captures that authorisation.
 */
export const cardCaptures = pgTable(
  'card_captures',
  {
    id: text().primaryKey(),
    sessionId: text()
      .notNull()
      .references(() => authSessions.id),
    customerId: text()
      .notNull()
      .references(() => customers.id),
    accountId: text()
      .notNull()
      .references(() => accounts.id),
    amountCents: cents().notNull(),
    channel: captureChannel().notNull(),
    status: captureStatus().notNull(),
    vaultToken: text().references(() => vaultCards.token),
    processor: text(),
    authorizationId: text(),
    declineCode: text(),
    /** Wrong entries so far (a bad number, a past expiry): a few are allowed, then the capture ends. */
    attempts: integer().notNull().default(0),
    expiresAt: timestamptz().notNull(),
    createdAt: createdAt(),
    updatedAt: timestamptz().notNull().defaultNow(),
  },
  (t) => [
    index().on(t.sessionId, t.createdAt),
    check('card_captures_amount_positive', sql`${t.amountCents} > 0`),
  ],
);

/** A payment made with a captured card into one of the customer's accounts. */
export const cardPayments = pgTable(
  'card_payments',
  {
    id: text().primaryKey(),
    captureId: text()
      .notNull()
      .references(() => cardCaptures.id),
    customerId: text()
      .notNull()
      .references(() => customers.id),
    accountId: text()
      .notNull()
      .references(() => accounts.id),
    vaultToken: text()
      .notNull()
      .references(() => vaultCards.token),
    amountCents: cents().notNull(),
    status: cardPaymentStatus().notNull(),
    processor: text().notNull(),
    processorPaymentId: text(),
    failureCode: text(),
    confirmationNumber: text().notNull(),
    journalId: text().references(() => journals.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex().on(t.captureId),
    uniqueIndex().on(t.confirmationNumber),
    index().on(t.customerId, t.createdAt),
    check('card_payments_amount_positive', sql`${t.amountCents} > 0`),
  ],
);
