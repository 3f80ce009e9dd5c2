import {
  bigint,
  boolean,
  index,
  jsonb,
  pgTable,
  smallint,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { timestamptz } from './columns.js';
import { auditResult } from './enums.js';

/**
 * Append-only, hash-chained evidence (seed 000's audit shape plus `prevHash`/`hash`). No foreign
 * keys: a record must outlive whatever it describes. Ids and flags only, never a secret or a raw
 * PII value.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    /** Position in the chain; gap-free order is what the hash chain is verified along. */
    seq: bigint({ mode: 'number' }).primaryKey(),
    id: text().notNull(),
    occurredAt: timestamptz().notNull(),
    customerId: text(),
    sessionId: text(),
    actor: text().notNull(),
    action: text().notNull(),
    resource: text(),
    result: auditResult().notNull(),
    authLevel: smallint(),
    ipAddress: text(),
    jurisdiction: text(),
    piiAccessed: boolean().notNull().default(false),
    complianceFlags: text().array().notNull().default([]),
    metadata: jsonb()
      .$type<Record<string, string | number | boolean | null>>()
      .notNull()
      .default({}),
    prevHash: text().notNull(),
    hash: text().notNull(),
  },
  (t) => [
    uniqueIndex().on(t.id),
    index().on(t.customerId, t.occurredAt),
    index().on(t.action, t.occurredAt),
    index().on(t.sessionId, t.occurredAt),
  ],
);

/**
 * The chain's newest link, one row. Appending updates it in the same statement that inserts the
 * record, so the row lock orders concurrent appends (and a waiter re-reads the row once the
 * holder commits); it also lets verification notice records deleted from the end of the chain.
 * Records up to `legacyThrough` were hashed before this row existed (see audit-record.ts).
 */
export const auditChainHead = pgTable('audit_chain_head', {
  chain: smallint().primaryKey(),
  seq: bigint({ mode: 'number' }).notNull(),
  hash: text().notNull(),
  prevHash: text().notNull(),
  legacyThrough: bigint({ mode: 'number' }).notNull(),
});
