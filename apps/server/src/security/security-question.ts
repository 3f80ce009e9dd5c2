import { eq } from 'drizzle-orm';
import { customers } from '../db/index.js';
import type { Tx } from '../db/index.js';
import { verifySecretAnswer } from './answer-hash.js';
import { appendAudit } from './audit/index.js';
import type { AuditAction, AuditResult } from './audit/index.js';
import type { RequestOrigin, SecurityContext } from './context.js';
import { lockLiveSession, raiseLevel, touchSession } from './session-store.js';
import type { Session } from './session-store.js';
import { subjectKey } from './subject-key.js';
import {
  activeStepUpLock,
  limits,
  lockSubject,
  recordAttempt,
  sessionFailures,
} from './throttle.js';

export type QuestionResult =
  | { ok: true; question: string }
  | { ok: false; code: 'AUTH_REQUIRED'; level: 2 }
  | { ok: false; code: 'SECURITY_ANSWER_LOCKED' | 'STEP_UP_LOCKED'; handoff: true };

export type AnswerResult =
  | { ok: true; level: 3 }
  | { ok: false; code: 'AUTH_REQUIRED'; level: 2 }
  | { ok: false; code: 'SECURITY_ANSWER_INVALID'; attemptsLeft: number }
  | { ok: false; code: 'SECURITY_ANSWER_LOCKED' | 'STEP_UP_LOCKED'; handoff: true };

/** The question to ask, only once the caller has passed the one-time code. */
export async function securityQuestion(
  ctx: SecurityContext,
  sessionId: string,
): Promise<QuestionResult> {
  return ctx.db.transaction(async (tx) => {
    const session = await lockLiveSession(tx, ctx, sessionId);
    if (!session.customerId || session.level < 2)
      return { ok: false, code: 'AUTH_REQUIRED', level: 2 };
    const refusal = await refusalFor(tx, session, ctx.now());
    if (refusal) return refusal;
    const [customer] = await tx
      .select({ question: customers.securityQuestion })
      .from(customers)
      .where(eq(customers.id, session.customerId));
    return { ok: true, question: customer!.question };
  });
}

/**
 * Level 3: the security answer, normalised and checked against its salted, peppered scrypt hash
 * in constant time. Three wrong answers in a session lock level 3 for that session and customer.
 */
export async function verifySecurityAnswer(
  ctx: SecurityContext,
  sessionId: string,
  answer: string,
  origin: RequestOrigin = {},
): Promise<AnswerResult> {
  return ctx.db.transaction(async (tx): Promise<AnswerResult> => {
    const session = await lockLiveSession(tx, ctx, sessionId);
    if (!session.customerId || session.level < 2)
      return { ok: false, code: 'AUTH_REQUIRED', level: 2 };
    if (session.level >= 3) return { ok: true, level: 3 };
    const now = ctx.now();
    const [customer] = await tx
      .select({ phone: customers.phone, hash: customers.securityAnswerHash })
      .from(customers)
      .where(eq(customers.id, session.customerId));
    const subject = subjectKey(ctx.keys, 'phone', customer!.phone);
    await lockSubject(tx, subject);
    const refusal = await refusalFor(tx, session, now);
    if (refusal) {
      await audit(tx, ctx, session, origin, 'SECURITY_ANSWER_VERIFY', 'denied', [
        refusal.code.toLowerCase(),
      ]);
      return refusal;
    }

    if (await verifySecretAnswer(answer, customer!.hash, ctx.keys.derive('kba-pepper'))) {
      await recordAttempt(tx, {
        kind: 'security_answer',
        sessionId,
        customerId: session.customerId,
        subjectKey: subject,
        success: true,
        at: now,
      });
      const raised = await raiseLevel(tx, session, 3);
      await touchSession(tx, ctx, raised);
      await audit(tx, ctx, raised, origin, 'SECURITY_ANSWER_VERIFY', 'success', ['level_3']);
      return { ok: true, level: 3 };
    }
    await recordAttempt(tx, {
      kind: 'security_answer',
      sessionId,
      customerId: session.customerId,
      subjectKey: subject,
      success: false,
      at: now,
    });
    await audit(tx, ctx, session, origin, 'SECURITY_ANSWER_VERIFY', 'failure', [
      'security_answer_invalid',
    ]);
    const failures = await sessionFailures(tx, {
      sessionId,
      kind: 'security_answer',
      customerId: session.customerId,
    });
    const attemptsLeft = limits.securityAnswerFailuresPerSession - failures;
    if (attemptsLeft <= 0) {
      await audit(tx, ctx, session, origin, 'SECURITY_ANSWER_LOCKED', 'blocked', ['handoff']);
      return { ok: false, code: 'SECURITY_ANSWER_LOCKED', handoff: true };
    }
    return { ok: false, code: 'SECURITY_ANSWER_INVALID', attemptsLeft };
  });
}

async function refusalFor(
  tx: Tx,
  session: Session,
  now: Date,
): Promise<{ ok: false; code: 'SECURITY_ANSWER_LOCKED' | 'STEP_UP_LOCKED'; handoff: true } | null> {
  if (await activeStepUpLock(tx, session.customerId!, now))
    return { ok: false, code: 'STEP_UP_LOCKED', handoff: true };
  const failures = await sessionFailures(tx, {
    sessionId: session.id,
    kind: 'security_answer',
    customerId: session.customerId!,
  });
  return failures >= limits.securityAnswerFailuresPerSession
    ? { ok: false, code: 'SECURITY_ANSWER_LOCKED', handoff: true }
    : null;
}

async function audit(
  tx: Tx,
  ctx: SecurityContext,
  session: Session,
  origin: RequestOrigin,
  action: AuditAction,
  result: AuditResult,
  flags: string[],
): Promise<void> {
  await appendAudit(
    tx,
    {
      action,
      result,
      actor: 'customer',
      customerId: session.customerId,
      sessionId: session.id,
      authLevel: session.level,
      ipAddress: origin.ipAddress ?? session.ipAddress,
      jurisdiction: session.jurisdiction ?? 'unknown',
      complianceFlags: flags,
    },
    ctx.now(),
  );
}
