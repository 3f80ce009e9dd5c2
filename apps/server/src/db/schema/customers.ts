import { date, index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.js';

export const customers = pgTable(
  'customers',
  {
    id: text().primaryKey(),
    /** The number a person reads out ("CUST-10001"); `id` is the unguessable key. */
    customerNumber: text().notNull(),
    firstName: text().notNull(),
    lastName: text().notNull(),
    email: text().notNull(),
    /** E.164, e.g. +15552345678. Not unique: households share phones. */
    phone: text().notNull(),
    dateOfBirth: date({ mode: 'string' }).notNull(),
    addressLine1: text().notNull(),
    city: text().notNull(),
    region: text().notNull(),
    postalCode: text().notNull(),
    /** ISO 3166-2, e.g. US-CO: decides recording-consent rules. */
    jurisdiction: text().notNull(),
    securityQuestion: text().notNull(),
    /** Self-describing KDF string (algorithm, parameters, salt, hash); never the answer. */
    securityAnswerHash: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex().on(t.customerNumber), index().on(t.phone)],
);
