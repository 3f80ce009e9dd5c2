import { eq, sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import { authSessions, newId } from '../db/index.js';
import type { Tx } from '../db/index.js';
import { AppError } from '../errors/index.js';
import { appendAudit } from './audit/index.js';
import type { AuthLevel } from './auth-levels.js';
import { recordingRuleFor } from './consent-rules.js';
import { recordOpeningConsents } from './consent.js';
import type { RequestOrigin, SecurityContext } from './context.js';
import { hashToken, isWellFormedToken, newToken } from './tokens.js';

export type Session = typeof authSessions.$inferSelect;
export type Channel = Session['channel'];

export interface NewSession {
  session: Session;
  /** The bearer token; shown once, stored only as its hash. */
  token: string;
  /** What the channel must say (or show) before anything else. */
  disclosure: string;
  recordingConsentNeeded: boolean;
}

/**
 * Starts a conversation's session at level 0 and records, in the same transaction, the recording
 * disclosure (with the caller's jurisdiction) and the data-processing notice.
 */
export async function createSession(
  ctx: SecurityContext,
  input: { channel: Channel; jurisdiction?: string | null } & RequestOrigin,
): Promise<NewSession> {
  const now = ctx.now();
  const token = newToken('session');
  const id = newId('session');
  const jurisdiction = input.jurisdiction ?? null;
  return ctx.db.transaction(async (tx) => {
    const [session] = await tx
      .insert(authSessions)
      .values({
        id,
        tokenHash: hashToken(token),
        channel: input.channel,
        jurisdiction,
        ipAddress: input.ipAddress ?? null,
        recordingState: 'awaiting_consent',
        createdAt: now,
        lastSeenAt: now,
        idleExpiresAt: new Date(now.getTime() + ctx.settings.sessionIdleMs),
        absoluteExpiresAt: new Date(now.getTime() + ctx.settings.sessionAbsoluteMs),
      })
      .returning();
    const opening = await recordOpeningConsents(tx, ctx, session!, now);
    await appendAudit(
      tx,
      {
        action: 'SESSION_CREATED',
        result: 'success',
        actor: 'customer',
        sessionId: id,
        authLevel: 0,
        ipAddress: input.ipAddress ?? null,
        jurisdiction: jurisdiction ?? 'unknown',
        metadata: { channel: input.channel, recording_rule: recordingRuleFor(jurisdiction) },
      },
      now,
    );
    return { session: opening.session, token, ...opening.disclosure };
  });
}

/**
 * The session a token belongs to, if it is still alive. A malformed or unknown token is
 * SESSION_INVALID; an ended, idle or too-old session is SESSION_EXPIRED (and is ended, once).
 * Both fail closed: nothing about the session is revealed.
 */
export async function resolveSession(ctx: SecurityContext, token: string): Promise<Session> {
  if (!isWellFormedToken('session', token)) {
    throw new AppError('SESSION_INVALID', 'the session token is not valid');
  }
  const [session] = await ctx.db
    .select()
    .from(authSessions)
    .where(eq(authSessions.tokenHash, hashToken(token)));
  if (!session) throw new AppError('SESSION_INVALID', 'the session token is not valid');
  await expireIfDue(ctx, session);
  return session;
}

/** Locks the session row for the rest of the transaction and checks it is still alive. */
export async function lockLiveSession(
  tx: Tx,
  ctx: SecurityContext,
  sessionId: string,
): Promise<Session> {
  const [session] = await tx
    .select()
    .from(authSessions)
    .where(eq(authSessions.id, sessionId))
    .for('update');
  if (!session) throw new AppError('SESSION_INVALID', 'the session does not exist');
  const reason = expiryReason(session, ctx.now());
  if (reason) throw new AppError('SESSION_EXPIRED', expiredMessage(reason));
  return session;
}

/** Each authorised operation keeps the session alive for another idle period, up to its limit. */
export async function touchSession(
  tx: Tx,
  ctx: SecurityContext,
  session: Session,
): Promise<Session> {
  const [updated] = await tx
    .update(authSessions)
    .set(touched(ctx, session))
    .where(eq(authSessions.id, session.id))
    .returning();
  return updated!;
}

/** `touchSession` as a statement, to send along with another (the gate's audit record). */
export function touchSessionSql(ctx: SecurityContext, session: Session): SQL {
  const { lastSeenAt, idleExpiresAt } = touched(ctx, session);
  return sql`UPDATE ${authSessions}
     SET last_seen_at = ${lastSeenAt.toISOString()}::timestamptz,
         idle_expires_at = ${idleExpiresAt.toISOString()}::timestamptz
   WHERE ${authSessions.id} = ${session.id}`;
}

function touched(ctx: SecurityContext, session: Session) {
  const now = ctx.now();
  const idle = Math.min(
    now.getTime() + ctx.settings.sessionIdleMs,
    session.absoluteExpiresAt.getTime(),
  );
  return { lastSeenAt: now, idleExpiresAt: new Date(idle) };
}

export async function endSession(
  ctx: SecurityContext,
  sessionId: string,
  reason: string,
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [session] = await tx
      .update(authSessions)
      .set({ endedAt: ctx.now(), endReason: reason })
      .where(sql`${authSessions.id} = ${sessionId} AND ${authSessions.endedAt} IS NULL`)
      .returning();
    if (!session) return;
    await appendAudit(
      tx,
      {
        action: 'SESSION_ENDED',
        result: 'success',
        actor: 'customer',
        customerId: session.customerId,
        sessionId,
        authLevel: session.level,
        metadata: { reason },
      },
      ctx.now(),
    );
  });
}

// --- level changes: used by the verifiers in this folder only; not exported from security/ ---

/** Raises the level by exactly one step (the database refuses anything else). */
export async function raiseLevel(tx: Tx, session: Session, to: AuthLevel): Promise<Session> {
  const [updated] = await tx
    .update(authSessions)
    .set({ level: to })
    .where(eq(authSessions.id, session.id))
    .returning();
  return updated!;
}

/** Binds the session to an identified customer at level 1; a different customer starts afresh. */
export async function bindCustomer(tx: Tx, session: Session, customerId: string): Promise<Session> {
  const [updated] = await tx
    .update(authSessions)
    .set({ customerId, level: 1 })
    .where(eq(authSessions.id, session.id))
    .returning();
  return updated!;
}

type ExpiryReason = 'ended' | 'idle_timeout' | 'absolute_timeout';

function expiryReason(session: Session, now: Date): ExpiryReason | null {
  if (session.endedAt) return 'ended';
  if (now >= session.absoluteExpiresAt) return 'absolute_timeout';
  if (now >= session.idleExpiresAt) return 'idle_timeout';
  return null;
}

function expiredMessage(reason: ExpiryReason): string {
  return reason === 'ended'
    ? 'the session has ended; start a new conversation'
    : `the session expired (${reason === 'idle_timeout' ? 'no activity for too long' : 'it reached its time limit'}); start a new conversation`;
}

async function expireIfDue(ctx: SecurityContext, session: Session): Promise<void> {
  const now = ctx.now();
  const reason = expiryReason(session, now);
  if (!reason) return;
  if (reason !== 'ended') {
    await ctx.db.transaction(async (tx) => {
      const [ended] = await tx
        .update(authSessions)
        .set({ endedAt: now, endReason: reason })
        .where(sql`${authSessions.id} = ${session.id} AND ${authSessions.endedAt} IS NULL`)
        .returning({ id: authSessions.id });
      if (!ended) return;
      await appendAudit(
        tx,
        {
          action: 'SESSION_EXPIRED',
          result: 'denied',
          actor: 'system',
          customerId: session.customerId,
          sessionId: session.id,
          authLevel: session.level,
          metadata: { reason },
        },
        now,
      );
    });
  }
  throw new AppError('SESSION_EXPIRED', expiredMessage(reason));
}
