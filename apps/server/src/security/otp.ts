import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import { authSessions, customers, newId, otpCodes } from '../db/index.js';
import type { Tx } from '../db/index.js';
import { isAppError } from '../errors/index.js';
import { appendAudit, recordAudit } from './audit/index.js';
import type { AuditAction, AuditResult } from './audit/index.js';
import type { RequestOrigin, SecurityContext } from './context.js';
import { phoneLast4 } from './phone.js';
import { lockLiveSession, raiseLevel, touchSession } from './session-store.js';
import type { Session } from './session-store.js';
import { subjectKey } from './subject-key.js';
import {
  activeStepUpLock,
  limits,
  lockStepUp,
  lockSubject,
  recordAttempt,
  sessionFailures,
  subjectFailures,
} from './throttle.js';

export type SendOtpResult =
  | { ok: true; sentToLast4: string; expiresAt: string }
  | { ok: true; alreadyVerified: true }
  | { ok: false; code: 'AUTH_REQUIRED'; level: 1 }
  | { ok: false; code: 'OTP_SEND_LIMIT'; retryAfterSeconds: number }
  | { ok: false; code: 'OTP_LOCKED' | 'STEP_UP_LOCKED'; handoff: true }
  | { ok: false; code: 'SMS_DELIVERY_FAILED' };

export type VerifyOtpResult =
  | { ok: true; level: 2 }
  | { ok: false; code: 'AUTH_REQUIRED'; level: 1 }
  | { ok: false; code: 'OTP_INVALID'; attemptsLeft: number }
  | { ok: false; code: 'OTP_EXPIRED' | 'OTP_NOT_SENT' }
  | { ok: false; code: 'OTP_LOCKED' | 'STEP_UP_LOCKED'; handoff: true };

/** HMAC over the code's row id and the code: a keyed hash, different for every code sent. */
function codeHash(ctx: SecurityContext, otpId: string, code: string): Buffer {
  return createHmac('sha256', ctx.keys.derive('otp-hmac')).update(`${otpId}:${code}`).digest();
}

/**
 * Sends a six-digit code (from `crypto.randomInt`) to the phone on file — never to a number the
 * caller offers. A new code replaces the session's previous one but keeps its failure count.
 * The text goes out after the code is committed, so a slow provider holds no locks; if it
 * fails, the code is voided.
 */
export async function sendOtp(
  ctx: SecurityContext,
  sessionId: string,
  origin: RequestOrigin = {},
): Promise<SendOtpResult> {
  type Prepared =
    | { result: SendOtpResult }
    | { session: Session; otpId: string; code: string; phone: string; expiresAt: Date };
  const prepared = await ctx.db.transaction(async (tx): Promise<Prepared> => {
    const locked = await refuseIfCustomerLocked(tx, ctx, sessionId, origin, 'OTP_SEND_REFUSED');
    if (locked) return { result: locked };
    const session = await lockLiveSession(tx, ctx, sessionId);
    if (!session.customerId || session.level < 1)
      return { result: { ok: false, code: 'AUTH_REQUIRED', level: 1 } };
    if (session.level >= 2) return { result: { ok: true, alreadyVerified: true } };
    const now = ctx.now();
    const [customer] = await tx
      .select({ phone: customers.phone })
      .from(customers)
      .where(eq(customers.id, session.customerId));
    const subject = subjectKey(ctx.keys, 'phone', customer!.phone);
    await lockSubject(tx, subject);

    const refusal = await stepUpRefusal(tx, session, subject, now);
    if (refusal) {
      await audit(tx, ctx, session, origin, 'OTP_SEND_REFUSED', 'denied', null, [
        refusal.code.toLowerCase(),
      ]);
      return { result: refusal };
    }
    const windowStart = new Date(now.getTime() - limits.otpSendsPerPhone.windowMs);
    const recent = await tx
      .select({ createdAt: otpCodes.createdAt })
      .from(otpCodes)
      .where(and(eq(otpCodes.phone, customer!.phone), gt(otpCodes.createdAt, windowStart)))
      .orderBy(otpCodes.createdAt);
    if (recent.length >= limits.otpSendsPerPhone.count) {
      const oldest = recent[0]!.createdAt.getTime();
      const retryAfterSeconds = Math.ceil(
        (oldest + limits.otpSendsPerPhone.windowMs - now.getTime()) / 1000,
      );
      await audit(tx, ctx, session, origin, 'OTP_SEND_REFUSED', 'denied', null, ['otp_send_limit']);
      return { result: { ok: false, code: 'OTP_SEND_LIMIT', retryAfterSeconds } };
    }

    await tx
      .update(otpCodes)
      .set({ voidedAt: now })
      .where(
        and(
          eq(otpCodes.sessionId, sessionId),
          isNull(otpCodes.voidedAt),
          isNull(otpCodes.consumedAt),
        ),
      );
    const otpId = newId('otp');
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const expiresAt = new Date(now.getTime() + ctx.settings.otpTtlMs);
    await tx.insert(otpCodes).values({
      id: otpId,
      sessionId,
      customerId: session.customerId,
      phone: customer!.phone,
      codeHash: codeHash(ctx, otpId, code).toString('base64url'),
      createdAt: now,
      expiresAt,
      provider: ctx.sms.provider,
    });
    await audit(tx, ctx, session, origin, 'OTP_SENT', 'success', otpId, [ctx.sms.provider]);
    return { session, otpId, code, phone: customer!.phone, expiresAt };
  });
  if ('result' in prepared) return prepared.result;

  const minutes = Math.round(ctx.settings.otpTtlMs / 60_000);
  try {
    const { messageId } = await ctx.sms.send({
      to: prepared.phone,
      body: `${ctx.settings.bankName}: your verification code is ${prepared.code}. It expires in ${minutes} minutes. We will never call you to ask for it.`,
      purpose: 'otp',
    });
    await ctx.db
      .update(otpCodes)
      .set({ providerMessageId: messageId.slice(0, 64) })
      .where(eq(otpCodes.id, prepared.otpId));
  } catch (error) {
    if (!isAppError(error) || error.code !== 'SMS_DELIVERY_FAILED') throw error;
    await ctx.db
      .update(otpCodes)
      .set({ voidedAt: ctx.now() })
      .where(eq(otpCodes.id, prepared.otpId));
    await recordAudit(
      ctx.db,
      auditInput(prepared.session, origin, 'OTP_DELIVERY_FAILED', 'failure', prepared.otpId, [
        ctx.sms.provider,
      ]),
      ctx.now(),
    );
    return { ok: false, code: 'SMS_DELIVERY_FAILED' };
  }
  return {
    ok: true,
    sentToLast4: phoneLast4(prepared.phone),
    expiresAt: prepared.expiresAt.toISOString(),
  };
}

/**
 * Checks a code against the session's current one. Attempts about one phone are serialised, so
 * however many arrive at once they are counted one by one: five wrong tries end a code and the
 * session's step-up; ten for a phone within 24 hours lock step-up for the customer.
 */
export async function verifyOtp(
  ctx: SecurityContext,
  sessionId: string,
  submitted: string,
  origin: RequestOrigin = {},
): Promise<VerifyOtpResult> {
  return ctx.db.transaction(async (tx): Promise<VerifyOtpResult> => {
    const locked = await refuseIfCustomerLocked(tx, ctx, sessionId, origin, 'OTP_VERIFY');
    if (locked) return locked;
    const session = await lockLiveSession(tx, ctx, sessionId);
    if (!session.customerId || session.level < 1)
      return { ok: false, code: 'AUTH_REQUIRED', level: 1 };
    if (session.level >= 2) return { ok: true, level: 2 };
    const now = ctx.now();
    const [customer] = await tx
      .select({ phone: customers.phone })
      .from(customers)
      .where(eq(customers.id, session.customerId));
    const subject = subjectKey(ctx.keys, 'phone', customer!.phone);
    await lockSubject(tx, subject);

    const refusal = await stepUpRefusal(tx, session, subject, now);
    if (refusal) {
      await audit(tx, ctx, session, origin, 'OTP_VERIFY', 'denied', null, [
        refusal.code.toLowerCase(),
      ]);
      return refusal;
    }
    // At most one code per session is live: every send voids the ones before it.
    const [current] = await tx
      .select()
      .from(otpCodes)
      .where(
        and(
          eq(otpCodes.sessionId, sessionId),
          eq(otpCodes.customerId, session.customerId),
          isNull(otpCodes.voidedAt),
          isNull(otpCodes.consumedAt),
        ),
      )
      .for('update');
    if (!current || current.expiresAt <= now) {
      if (current)
        await tx.update(otpCodes).set({ voidedAt: now }).where(eq(otpCodes.id, current.id));
      const [any] = await tx
        .select({ id: otpCodes.id })
        .from(otpCodes)
        .where(and(eq(otpCodes.sessionId, sessionId), eq(otpCodes.customerId, session.customerId)))
        .limit(1);
      if (!any) return { ok: false, code: 'OTP_NOT_SENT' };
      await audit(tx, ctx, session, origin, 'OTP_VERIFY', 'failure', current?.id ?? null, [
        'otp_expired',
      ]);
      return { ok: false, code: 'OTP_EXPIRED' };
    }

    const digits = submitted.replace(/[\s-]/g, '');
    const expected = Buffer.from(current.codeHash, 'base64url');
    const matches =
      /^\d{6}$/.test(digits) && timingSafeEqual(codeHash(ctx, current.id, digits), expected);
    if (matches) {
      await tx.update(otpCodes).set({ consumedAt: now }).where(eq(otpCodes.id, current.id));
      await recordAttempt(tx, {
        kind: 'otp',
        sessionId,
        customerId: session.customerId,
        subjectKey: subject,
        success: true,
        at: now,
      });
      const raised = await raiseLevel(tx, session, 2);
      await touchSession(tx, ctx, raised);
      await audit(tx, ctx, raised, origin, 'OTP_VERIFY', 'success', current.id, ['level_2']);
      return { ok: true, level: 2 };
    }

    const codeFailures = current.failedAttempts + 1;
    await tx
      .update(otpCodes)
      .set({
        failedAttempts: codeFailures,
        ...(codeFailures >= limits.otpTriesPerCode ? { voidedAt: now } : {}),
      })
      .where(eq(otpCodes.id, current.id));
    await recordAttempt(tx, {
      kind: 'otp',
      sessionId,
      customerId: session.customerId,
      subjectKey: subject,
      success: false,
      at: now,
    });
    await audit(tx, ctx, session, origin, 'OTP_VERIFY', 'failure', current.id, ['otp_invalid']);

    const phoneFailures = await subjectFailures(tx, {
      subjectKey: subject,
      kind: 'otp',
      since: new Date(now.getTime() - limits.otpFailuresPerPhone.windowMs),
    });
    if (phoneFailures >= limits.otpFailuresPerPhone.count) {
      const lockId = await lockStepUp(tx, session.customerId, 'otp_failures_per_phone', now);
      await audit(tx, ctx, session, origin, 'STEP_UP_LOCKED', 'blocked', lockId, [
        'otp_failures_per_phone',
        'handoff',
      ]);
      return { ok: false, code: 'STEP_UP_LOCKED', handoff: true };
    }
    const sessionLeft =
      limits.otpFailuresPerSession - (await sessionFailures(tx, { sessionId, kind: 'otp' }));
    if (sessionLeft <= 0) {
      await audit(tx, ctx, session, origin, 'OTP_LOCKED', 'blocked', current.id, [
        'otp_failures_per_session',
        'handoff',
      ]);
      return { ok: false, code: 'OTP_LOCKED', handoff: true };
    }
    return {
      ok: false,
      code: 'OTP_INVALID',
      attemptsLeft: Math.min(sessionLeft, limits.otpTriesPerCode - codeFailures),
    };
  });
}

/**
 * A customer whose step-up is locked is refused before any lock is taken: the lock only ever
 * appears (until it expires or staff clear it), so reading it without serialising is safe, and
 * a flood of guesses after a lockout does not queue behind itself.
 */
async function refuseIfCustomerLocked(
  tx: Tx,
  ctx: SecurityContext,
  sessionId: string,
  origin: RequestOrigin,
  action: 'OTP_VERIFY' | 'OTP_SEND_REFUSED',
): Promise<{ ok: false; code: 'STEP_UP_LOCKED'; handoff: true } | null> {
  const [session] = await tx.select().from(authSessions).where(eq(authSessions.id, sessionId));
  if (!session?.customerId || session.endedAt || session.level >= 2) return null;
  if (!(await activeStepUpLock(tx, session.customerId, ctx.now()))) return null;
  await audit(tx, ctx, session, origin, action, 'denied', null, ['step_up_locked']);
  return { ok: false, code: 'STEP_UP_LOCKED', handoff: true };
}

/** Why step-up to level 2 is closed for this session right now, if it is. */
async function stepUpRefusal(
  tx: Tx,
  session: Session,
  subject: string,
  now: Date,
): Promise<{ ok: false; code: 'OTP_LOCKED' | 'STEP_UP_LOCKED'; handoff: true } | null> {
  if (await activeStepUpLock(tx, session.customerId!, now))
    return { ok: false, code: 'STEP_UP_LOCKED', handoff: true };
  const phoneFailures = await subjectFailures(tx, {
    subjectKey: subject,
    kind: 'otp',
    since: new Date(now.getTime() - limits.otpFailuresPerPhone.windowMs),
  });
  if (phoneFailures >= limits.otpFailuresPerPhone.count)
    return { ok: false, code: 'STEP_UP_LOCKED', handoff: true };
  if (
    (await sessionFailures(tx, { sessionId: session.id, kind: 'otp' })) >=
    limits.otpFailuresPerSession
  ) {
    return { ok: false, code: 'OTP_LOCKED', handoff: true };
  }
  return null;
}

function auditInput(
  session: Session,
  origin: RequestOrigin,
  action: AuditAction,
  result: AuditResult,
  resource: string | null,
  flags: string[],
) {
  return {
    action,
    result,
    actor: 'customer',
    customerId: session.customerId,
    sessionId: session.id,
    resource,
    authLevel: session.level,
    ipAddress: origin.ipAddress ?? session.ipAddress,
    jurisdiction: session.jurisdiction ?? 'unknown',
    complianceFlags: flags,
  };
}

async function audit(
  tx: Tx,
  ctx: SecurityContext,
  session: Session,
  origin: RequestOrigin,
  action: AuditAction,
  result: AuditResult,
  resource: string | null,
  flags: string[],
): Promise<void> {
  await appendAudit(tx, auditInput(session, origin, action, result, resource, flags), ctx.now());
}
