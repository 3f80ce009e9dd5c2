import { and, eq, isNull } from 'drizzle-orm';
import { customers, otpCodes } from '../db/index.js';
import type { Tx } from '../db/index.js';
import { appendAudit } from './audit/index.js';
import { applyCustomerJurisdiction } from './consent.js';
import type { RequestOrigin, SecurityContext } from './context.js';
import { normalizePhone } from './phone.js';
import { bindCustomer, lockLiveSession } from './session-store.js';
import type { Session } from './session-store.js';
import { subjectKey } from './subject-key.js';
import {
  limits,
  lockSubject,
  recordAttempt,
  sessionFailures,
  subjectFailures,
} from './throttle.js';

export type IdentifyInput =
  /** Web chat and browser voice: what the caller tells us. */
  | { phone: string; dateOfBirth?: string; postalCode?: string }
  /** The phone channel: the number the telephony adapter saw. Never taken from a caller. */
  | { trustedCallerId: string };

export type IdentifyResult =
  | {
      ok: true;
      customerId: string;
      level: 1;
      /** True when the session was bound to someone else before: it started afresh. */
      customerChanged: boolean;
      recordingConsentNeeded: boolean;
    }
  | { ok: false; code: 'IDENTIFY_FAILED'; attemptsLeft: number; need?: 'date_of_birth_or_zip' }
  | { ok: false; code: 'IDENTIFY_LOCKED'; handoff: true };

/**
 * Level 1. On success the session is bound to the customer; identifying a different customer
 * than before starts the session afresh (the previous customer's codes die with it). A failure
 * never says which part was wrong, so nobody learns whether a number banks here.
 */
export async function identifyCaller(
  ctx: SecurityContext,
  sessionId: string,
  input: IdentifyInput,
  origin: RequestOrigin = {},
): Promise<IdentifyResult> {
  return ctx.db.transaction(async (tx) => {
    const session = await lockLiveSession(tx, ctx, sessionId);
    const now = ctx.now();
    const rawPhone = 'trustedCallerId' in input ? input.trustedCallerId : input.phone;
    const phone = normalizePhone(rawPhone);
    const subject = subjectKey(ctx.keys, 'phone', phone ?? rawPhone.replace(/\s+/g, ''));
    await lockSubject(tx, subject);

    const locked =
      (await sessionFailures(tx, { sessionId, kind: 'identify' })) >=
        limits.identifyFailuresPerSession ||
      (await subjectFailures(tx, {
        subjectKey: subject,
        kind: 'identify',
        since: new Date(now.getTime() - limits.identifyFailuresPerPhone.windowMs),
      })) >= limits.identifyFailuresPerPhone.count;
    if (locked) {
      await audit(tx, ctx, session, origin, 'AUTH_IDENTIFY_LOCKED', 'denied', null, ['handoff']);
      return { ok: false, code: 'IDENTIFY_LOCKED', handoff: true };
    }

    const candidates = phone
      ? await tx
          .select({
            id: customers.id,
            dateOfBirth: customers.dateOfBirth,
            postalCode: customers.postalCode,
            jurisdiction: customers.jurisdiction,
          })
          .from(customers)
          .where(eq(customers.phone, phone))
      : [];
    let match: (typeof candidates)[number] | undefined;
    let need: 'date_of_birth_or_zip' | undefined;
    let method: string;
    if ('trustedCallerId' in input) {
      method = 'caller_id';
      if (candidates.length === 1) match = candidates[0];
      // A shared number cannot tell whose call it is: ask for more, without counting a failure.
      else if (candidates.length > 1) need = 'date_of_birth_or_zip';
    } else {
      const dob = input.dateOfBirth ? normalizeDate(input.dateOfBirth) : null;
      const zip = input.postalCode?.trim().slice(0, 5) ?? null;
      method = dob ? 'phone_dob' : 'phone_zip';
      // A phone number alone is never enough off the phone channel, and asking is not a guess.
      if (!dob && !zip) need = 'date_of_birth_or_zip';
      else
        match = candidates.find(
          (c) => (dob !== null && c.dateOfBirth === dob) || (zip !== null && c.postalCode === zip),
        );
    }
    if (!match && need) {
      const failures = await sessionFailures(tx, { sessionId, kind: 'identify' });
      return {
        ok: false,
        code: 'IDENTIFY_FAILED',
        attemptsLeft: limits.identifyFailuresPerSession - failures,
        need,
      };
    }

    if (!match) {
      await recordAttempt(tx, {
        kind: 'identify',
        sessionId,
        customerId: null,
        subjectKey: subject,
        success: false,
        at: now,
      });
      const failures = await sessionFailures(tx, { sessionId, kind: 'identify' });
      await audit(tx, ctx, session, origin, 'AUTH_IDENTIFY', 'failure', null, [method]);
      const attemptsLeft = Math.max(0, limits.identifyFailuresPerSession - failures);
      if (attemptsLeft === 0) {
        await audit(tx, ctx, session, origin, 'AUTH_IDENTIFY_LOCKED', 'denied', null, ['handoff']);
        return { ok: false, code: 'IDENTIFY_LOCKED', handoff: true };
      }
      return { ok: false, code: 'IDENTIFY_FAILED', attemptsLeft };
    }

    const customerChanged = session.customerId !== null && session.customerId !== match.id;
    let current: Session = session;
    if (customerChanged) {
      // The earlier customer's codes must never verify for the new one.
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
      await audit(tx, ctx, session, origin, 'SESSION_RESET', 'success', session.customerId, [
        'customer_changed',
      ]);
    }
    if (session.customerId !== match.id) current = await bindCustomer(tx, session, match.id);
    await recordAttempt(tx, {
      kind: 'identify',
      sessionId,
      customerId: match.id,
      subjectKey: subject,
      success: true,
      at: now,
    });
    const consent = await applyCustomerJurisdiction(tx, current, match.jurisdiction);
    await audit(tx, ctx, consent.session, origin, 'AUTH_IDENTIFY', 'success', match.id, [
      method,
      consent.rule,
    ]);
    return {
      ok: true,
      customerId: match.id,
      level: 1,
      customerChanged,
      recordingConsentNeeded: consent.recordingConsentNeeded,
    };
  });
}

/** Accepts 1985-03-14, 03/14/1985 and 3/14/1985; anything else never matches. */
function normalizeDate(input: string): string | null {
  const value = input.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  if (us) return `${us[3]}-${us[1]!.padStart(2, '0')}-${us[2]!.padStart(2, '0')}`;
  return null;
}

async function audit(
  tx: Tx,
  ctx: SecurityContext,
  session: Session,
  origin: RequestOrigin,
  action: 'AUTH_IDENTIFY' | 'AUTH_IDENTIFY_LOCKED' | 'SESSION_RESET',
  result: 'success' | 'failure' | 'denied',
  customerId: string | null,
  flags: string[],
): Promise<void> {
  await appendAudit(
    tx,
    {
      action,
      result,
      actor: 'customer',
      customerId: customerId ?? session.customerId,
      sessionId: session.id,
      authLevel: session.level,
      ipAddress: origin.ipAddress ?? session.ipAddress,
      jurisdiction: session.jurisdiction ?? 'unknown',
      complianceFlags: flags,
    },
    ctx.now(),
  );
}
