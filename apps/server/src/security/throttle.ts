import { and, count, desc, eq, gt, isNull, max, sql } from 'drizzle-orm';
import { newId, stepUpLocks, verificationAttempts } from '../db/index.js';
import type { Executor, Tx } from '../db/index.js';

/** Every limit in one place (RULES.md §5 and the security issue). */
export const limits = {
  identifyFailuresPerSession: 5,
  identifyFailuresPerPhone: { count: 10, windowMs: 60 * 60_000 },
  otpTriesPerCode: 5,
  otpFailuresPerSession: 5,
  otpSendsPerPhone: { count: 3, windowMs: 15 * 60_000 },
  otpFailuresPerPhone: { count: 10, windowMs: 24 * 3_600_000 },
  stepUpLockMs: 24 * 3_600_000,
  securityAnswerFailuresPerSession: 3,
} as const;

type Kind = (typeof verificationAttempts.$inferInsert)['kind'];

/**
 * Serialises every verification about one subject (a phone number) across all sessions and
 * instances for the rest of the transaction, so concurrent guesses are counted one by one and no
 * limit can be overshot by a race.
 */
export async function lockSubject(tx: Tx, subject: string): Promise<void> {
  await tx.execute(
    sql`SELECT pg_advisory_xact_lock(hashtextextended(${'bankdesk:verify:' + subject}, 0))`,
  );
}

export async function recordAttempt(
  tx: Tx,
  attempt: {
    kind: Kind;
    sessionId: string;
    customerId: string | null;
    subjectKey: string;
    success: boolean;
    at: Date;
  },
): Promise<void> {
  await tx.insert(verificationAttempts).values({
    kind: attempt.kind,
    sessionId: attempt.sessionId,
    customerId: attempt.customerId,
    subjectKey: attempt.subjectKey,
    success: attempt.success,
    createdAt: attempt.at,
  });
}

/** Failures of one kind in a session (for one customer, if given) since its last success. */
export async function sessionFailures(
  db: Executor,
  input: { sessionId: string; kind: Kind; customerId?: string },
): Promise<number> {
  const scope = and(
    eq(verificationAttempts.sessionId, input.sessionId),
    eq(verificationAttempts.kind, input.kind),
    input.customerId ? eq(verificationAttempts.customerId, input.customerId) : undefined,
  );
  return failuresSinceLastSuccess(db, scope);
}

/** Failures of one kind about a subject within a window, since its last success. */
export async function subjectFailures(
  db: Executor,
  input: { subjectKey: string; kind: Kind; since: Date },
): Promise<number> {
  const scope = and(
    eq(verificationAttempts.subjectKey, input.subjectKey),
    eq(verificationAttempts.kind, input.kind),
  );
  return failuresSinceLastSuccess(db, and(scope, gt(verificationAttempts.createdAt, input.since)));
}

async function failuresSinceLastSuccess(
  db: Executor,
  scope: ReturnType<typeof and>,
): Promise<number> {
  const [lastSuccess] = await db
    .select({ id: max(verificationAttempts.id) })
    .from(verificationAttempts)
    .where(and(scope, eq(verificationAttempts.success, true)));
  const [row] = await db
    .select({ n: count() })
    .from(verificationAttempts)
    .where(
      and(
        scope,
        eq(verificationAttempts.success, false),
        gt(verificationAttempts.id, lastSuccess?.id ?? 0),
      ),
    );
  return Number(row?.n ?? 0);
}

export async function activeStepUpLock(db: Executor, customerId: string, now: Date) {
  const [lock] = await db
    .select()
    .from(stepUpLocks)
    .where(
      and(
        eq(stepUpLocks.customerId, customerId),
        gt(stepUpLocks.lockedUntil, now),
        isNull(stepUpLocks.clearedAt),
      ),
    )
    .orderBy(desc(stepUpLocks.lockedUntil))
    .limit(1);
  return lock ?? null;
}

export async function lockStepUp(
  tx: Tx,
  customerId: string,
  reason: string,
  now: Date,
): Promise<string> {
  const id = newId('stepUpLock');
  await tx.insert(stepUpLocks).values({
    id,
    customerId,
    reason,
    createdAt: now,
    lockedUntil: new Date(now.getTime() + limits.stepUpLockMs),
  });
  return id;
}
