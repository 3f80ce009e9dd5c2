import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.js';
import { createdAt, timestamptz } from './columns.js';
import { customers } from './customers.js';
import { cardBrand, cardKind, cardStatus, shippingStatus } from './enums.js';

/**
 * The bank's own cards. The full card number lives with the card processor, never here: we keep
 * what support needs (last four, brand, expiry, status, replacement tracking).
 */
export const cards = pgTable(
  'cards',
  {
    id: text().primaryKey(),
    customerId: text()
      .notNull()
      .references(() => customers.id),
    accountId: text()
      .notNull()
      .references(() => accounts.id),
    kind: cardKind().notNull(),
    brand: cardBrand().notNull(),
    last4: text().notNull(),
    expMonth: integer().notNull(),
    expYear: integer().notNull(),
    cardholderName: text().notNull(),
    status: cardStatus().notNull().default('active'),
    statusReason: text(),
    statusChangedAt: timestamptz(),
    /** A replacement points at the card it replaces. */
    replacesCardId: text().references((): AnyPgColumn => cards.id),
    shippingStatus: shippingStatus(),
    shippedAt: timestamptz(),
    expectedDeliveryOn: date({ mode: 'string' }),
    deliveredAt: timestamptz(),
    trackingNumber: text(),
    createdAt: createdAt(),
  },
  (t) => [
    index().on(t.customerId),
    index().on(t.accountId),
    check('cards_last4_digits', sql`${t.last4} ~ '^[0-9]{4}$'`),
    check('cards_exp_month', sql`${t.expMonth} BETWEEN 1 AND 12`),
  ],
);
