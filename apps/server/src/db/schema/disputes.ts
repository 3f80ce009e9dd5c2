import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts.js';
import { cards } from './cards.js';
import { cents, createdAt, timestamptz } from './columns.js';
import { customers } from './customers.js';
import {
  disputeNetwork,
  disputeReason,
  disputeStatus,
  evidenceType,
  provisionalCreditStatus,
  regulation,
} from './enums.js';
import { journals } from './ledger.js';
import { transactions } from './transactions.js';

/**
 * Seed 004's Stripe-style dispute: `dp_` + 24 characters, a reason from its enum, Stripe's status
 * set, the network reason code, the evidence clock, and our Regulation E/Z bookkeeping.
 */
export const disputes = pgTable(
  'disputes',
  {
    id: text().primaryKey(),
    /** Short number a person can read aloud on the phone. */
    caseNumber: text().notNull(),
    customerId: text()
      .notNull()
      .references(() => customers.id),
    accountId: text()
      .notNull()
      .references(() => accounts.id),
    transactionId: text()
      .notNull()
      .references(() => transactions.id),
    cardId: text().references(() => cards.id),
    amountCents: cents().notNull(),
    currency: text().notNull().default('usd'),
    reason: disputeReason().notNull(),
    status: disputeStatus().notNull(),
    network: disputeNetwork().notNull(),
    networkReasonCode: text(),
    regulation: regulation().notNull(),
    complaintNarrative: text(),
    /** When the bank received notice: every Regulation E/Z clock starts here. */
    noticeReceivedAt: timestamptz().notNull(),
    isNewAccount: boolean().notNull().default(false),
    isForeignTransaction: boolean().notNull().default(false),
    isPointOfSale: boolean().notNull().default(false),
    evidenceDueBy: timestamptz(),
    evidenceSubmissionCount: integer().notNull().default(0),
    isChargeRefundable: boolean().notNull().default(false),
    provisionalCreditStatus: provisionalCreditStatus().notNull(),
    provisionalCreditCents: cents(),
    provisionalCreditJournalId: text().references(() => journals.id),
    provisionalCreditAt: timestamptz(),
    resolvedAt: timestamptz(),
    resolution: text(),
    metadata: jsonb().$type<Record<string, string>>().notNull().default({}),
    createdAt: createdAt(),
    updatedAt: timestamptz().notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex().on(t.caseNumber),
    index().on(t.customerId, t.createdAt),
    index().on(t.transactionId),
    check('disputes_amount_positive', sql`${t.amountCents} > 0`),
    check('disputes_narrative_length', sql`char_length(${t.complaintNarrative}) <= 5000`),
  ],
);

export const disputeEvidence = pgTable(
  'dispute_evidence',
  {
    id: text().primaryKey(),
    disputeId: text()
      .notNull()
      .references(() => disputes.id),
    type: evidenceType().notNull(),
    content: text().notNull(),
    submittedToNetworkAt: timestamptz(),
    createdAt: createdAt(),
  },
  (t) => [
    index().on(t.disputeId),
    check('dispute_evidence_content_length', sql`char_length(${t.content}) <= 20000`),
  ],
);

/** The dispute's history, newest last: created, evidence added, status changes, credits. */
export const disputeEvents = pgTable(
  'dispute_events',
  {
    id: text().primaryKey(),
    disputeId: text()
      .notNull()
      .references(() => disputes.id),
    type: text().notNull(),
    data: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.disputeId, t.createdAt)],
);
