import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { createdAt, timestamptz } from './columns.js';
import { channel, conversationStatus, messageRole } from './enums.js';
import { authSessions } from './sessions.js';

/**
 * A conversation with the agent. Its dialogue state lives here, not in a server's memory, so any
 * instance can take the next turn and a restart loses nothing; `version` makes two instances
 * racing for the same conversation take turns instead of overwriting each other.
 */
export const conversations = pgTable(
  'conversations',
  {
    id: text().primaryKey(),
    sessionId: text()
      .notNull()
      .references(() => authSessions.id),
    channel: channel().notNull(),
    brain: text().notNull(),
    status: conversationStatus().notNull().default('active'),
    /** The dialogue state: what is pending, what is awaited. Never a secret (see agent/state). */
    state: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    version: integer().notNull().default(0),
    /** A turn in progress holds the conversation until then; a crashed turn's lease runs out. */
    leaseUntil: timestamptz(),
    locale: text(),
    createdAt: createdAt(),
    updatedAt: timestamptz().notNull().defaultNow(),
  },
  (t) => [uniqueIndex().on(t.sessionId), index().on(t.status, t.updatedAt)],
);

/** The transcript, already redacted: codes, answers and card data never reach this table. */
export const conversationMessages = pgTable(
  'conversation_messages',
  {
    id: text().primaryKey(),
    conversationId: text()
      .notNull()
      .references(() => conversations.id),
    seq: integer().notNull(),
    role: messageRole().notNull(),
    text: text().notNull(),
    /** The level the session had when the message was written. */
    authLevel: smallint().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex().on(t.conversationId, t.seq),
    check('conversation_messages_text_length', sql`char_length(${t.text}) <= 8000`),
  ],
);
