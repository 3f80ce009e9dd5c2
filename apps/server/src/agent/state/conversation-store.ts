import { and, asc, eq, gt, isNull, lt, ne, or, sql } from 'drizzle-orm';
import {
  authSessions,
  commitWithoutFlush,
  conversationMessages,
  conversations,
  newId,
  preparedOnce,
} from '../../db/index.js';
import type { Db } from '../../db/index.js';
import { AppError } from '../../errors/index.js';
import { readState } from './dialogue-state.js';
import type { DialogueState } from './dialogue-state.js';

export type ConversationRow = typeof conversations.$inferSelect;
export type ConversationStatus = ConversationRow['status'];

/** How long a turn may hold its conversation; a crashed server's claim runs out after this. */
export const turnLeaseMs = 60_000;

export async function insertConversation(
  db: Db,
  input: { sessionId: string; channel: ConversationRow['channel']; brain: string; locale?: string },
  now: Date,
): Promise<ConversationRow> {
  const [row] = await db
    .insert(conversations)
    .values({
      id: newId('conversation'),
      sessionId: input.sessionId,
      channel: input.channel,
      brain: input.brain,
      locale: input.locale ?? null,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  return row!;
}

export async function findConversation(db: Db, id: string): Promise<ConversationRow | undefined> {
  const [row] = await db.select().from(conversations).where(eq(conversations.id, id));
  return row;
}

/**
 * Takes the conversation for one turn. Any instance may take any turn, but only one at a time:
 * a second message while a turn is running is refused (TURN_IN_PROGRESS) rather than queued,
 * because the customer's client waits for each reply anyway.
 */
export async function claimTurn(
  db: Db,
  id: string,
  now: Date,
): Promise<{ row: ConversationRow; state: DialogueState }> {
  const [row] = await db
    .update(conversations)
    .set({
      leaseUntil: new Date(now.getTime() + turnLeaseMs),
      version: sql`${conversations.version} + 1`,
    })
    .where(
      and(
        eq(conversations.id, id),
        or(isNull(conversations.leaseUntil), lt(conversations.leaseUntil, now)),
      ),
    )
    .returning();
  if (!row) {
    if (await findConversation(db, id))
      throw new AppError('TURN_IN_PROGRESS', 'the previous message is still being answered');
    throw new AppError('NOT_FOUND', 'there is no such conversation');
  }
  return { row, state: readState(row.state) };
}

/**
 * A turn's usual start in one statement: the token's session is alive and owns this open
 * conversation, nobody else holds it — and now this turn does. Undefined when any of that is not
 * so; the caller then works out which refusal applies, at leisure, on the rare path.
 */
export async function claimTurnWithToken(
  db: Db,
  id: string,
  tokenHash: string,
  now: Date,
): Promise<{ row: ConversationRow; state: DialogueState; session: SessionRow } | undefined> {
  const [claimed] = await claimQuery(db).execute({
    id,
    tokenHash,
    now: now.toISOString(),
    leaseUntil: new Date(now.getTime() + turnLeaseMs).toISOString(),
  });
  if (!claimed) return undefined;
  return { row: claimed.row, state: readState(claimed.row.state), session: claimed.session };
}

const claimQuery = (db: Db) =>
  preparedOnce(db, 'claim_turn_with_token', (name) =>
    db
      .update(conversations)
      .set({
        leaseUntil: sql`${sql.placeholder('leaseUntil')}::timestamptz`,
        version: sql`${conversations.version} + 1`,
      })
      .from(authSessions)
      .where(
        and(
          eq(conversations.id, sql.placeholder('id')),
          eq(authSessions.tokenHash, sql.placeholder('tokenHash')),
          eq(conversations.sessionId, authSessions.id),
          ne(conversations.status, 'ended'),
          or(
            isNull(conversations.leaseUntil),
            lt(conversations.leaseUntil, sql`${sql.placeholder('now')}::timestamptz`),
          ),
          isNull(authSessions.endedAt),
          gt(authSessions.idleExpiresAt, sql`${sql.placeholder('now')}::timestamptz`),
          gt(authSessions.absoluteExpiresAt, sql`${sql.placeholder('now')}::timestamptz`),
          // The lease matters only while this process runs, and the turn's last write (which
          // waits for the disk) carries it to disk anyway.
          commitWithoutFlush,
        ),
      )
      .returning({ row: conversations, session: authSessions })
      .prepare(name),
  );

type SessionRow = typeof authSessions.$inferSelect;

export interface TranscriptLine {
  role: 'customer' | 'agent';
  text: string;
  authLevel: number;
}

/**
 * Saves the state and the turn's (already redacted) lines, and lets the conversation go — in one
 * statement, so a turn pays for one commit here however many lines it writes.
 */
export async function finishTurn(
  db: Db,
  row: ConversationRow,
  update: { state: DialogueState; status: ConversationStatus; lines: TranscriptLine[] },
  now: Date,
): Promise<void> {
  const lines = update.lines.map((line, i) => ({
    id: newId('message'),
    ord: i + 1,
    role: line.role,
    text: line.text.slice(0, 8_000),
    auth_level: line.authLevel,
  }));
  await db.execute(sql`
    WITH saved AS (
      UPDATE conversations
         SET state = ${JSON.stringify(update.state)}::jsonb, status = ${update.status},
             lease_until = NULL, updated_at = ${now.toISOString()}::timestamptz
       WHERE id = ${row.id} AND version = ${row.version}
      RETURNING id
    ), base AS (
      SELECT coalesce(max(seq), 0) AS n FROM conversation_messages WHERE conversation_id = ${row.id}
    )
    INSERT INTO conversation_messages (id, conversation_id, seq, role, text, auth_level, created_at)
    SELECT m.id, saved.id, base.n + m.ord, m.role::message_role, m.text, m.auth_level,
           ${now.toISOString()}::timestamptz
      FROM saved, base,
           jsonb_to_recordset(${JSON.stringify(lines)}::jsonb)
             AS m(id text, ord int, role text, text text, auth_level smallint)`);
}

/** Lets the conversation go without saving anything (the turn failed before it changed state). */
export async function releaseTurn(db: Db, row: ConversationRow): Promise<void> {
  await db
    .update(conversations)
    .set({ leaseUntil: null })
    .where(and(eq(conversations.id, row.id), eq(conversations.version, row.version)));
}

export async function readTranscript(
  db: Db,
  conversationId: string,
): Promise<{ role: 'customer' | 'agent'; text: string; at: Date }[]> {
  const rows = await db
    .select({
      role: conversationMessages.role,
      text: conversationMessages.text,
      at: conversationMessages.createdAt,
    })
    .from(conversationMessages)
    .where(eq(conversationMessages.conversationId, conversationId))
    .orderBy(asc(conversationMessages.seq));
  return rows;
}
