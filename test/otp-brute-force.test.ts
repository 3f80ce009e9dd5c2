import { and, eq, gte, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  auditLog,
  authSessions,
  otpCodes,
  rows,
  stepUpLocks,
} from '../apps/server/src/db/index.js';
import {
  authorize,
  createSession,
  identifyCaller,
  limits,
  loadAuthState,
  sendOtp,
  verifyAuditChain,
  verifyOtp,
} from '../apps/server/src/security/index.js';
import type { VerifyOtpResult } from '../apps/server/src/security/index.js';
import { alex, customerId, seededBank } from './support/seeded-bank.js';
import type { TestSecurity } from './support/security.js';
import { describeEachStore, openTestStore } from './support/stores.js';
import type { TestStore } from './support/stores.js';

function lcg(seed: number) {
  let x = seed >>> 0;
  return () => (x = (Math.imul(x, 1_664_525) + 1_013_904_223) >>> 0);
}

describeEachStore('10,000 guessed codes against one customer', (kind) => {
  let t: TestStore;
  let s: TestSecurity;
  beforeAll(async () => {
    t = await openTestStore(kind);
    s = await seededBank(t.store);
  });
  afterAll(() => t.close());

  it(
    'yield no success, and the lockouts engage exactly on schedule',
    { timeout: 180_000 },
    async () => {
      const alexId = await customerId(t.store, 'CUST-10001');
      // An attacker who knows Alex's phone and date of birth opens eight conversations and gets
      // as many codes sent as the send limit allows.
      const sessions: string[] = [];
      for (let i = 0; i < 8; i++) {
        const id = (await createSession(s.ctx, { channel: 'chat', jurisdiction: 'US-CO' })).session
          .id;
        expect(await identifyCaller(s.ctx, id, alex)).toMatchObject({ ok: true });
        sessions.push(id);
      }
      const realCodes: string[] = [];
      for (const id of sessions.slice(0, limits.otpSendsPerPhone.count)) {
        expect(await sendOtp(s.ctx, id)).toMatchObject({ ok: true });
        realCodes.push(await s.lastCode(alex.phone));
      }
      expect(await sendOtp(s.ctx, sessions[3]!)).toMatchObject({ code: 'OTP_SEND_LIMIT' });

      // 10,000 distinct wrong guesses, all in flight at once, spread over every conversation.
      const next = lcg(20_261_121);
      const guesses = new Set<string>();
      while (guesses.size < 10_000) {
        const guess = String(next() % 1_000_000).padStart(6, '0');
        if (!realCodes.includes(guess)) guesses.add(guess);
      }
      const results = await Promise.all(
        [...guesses].map((guess, i) => verifyOtp(s.ctx, sessions[i % sessions.length]!, guess)),
      );

      const tally = new Map<string, number>();
      for (const r of results)
        tally.set(r.ok ? 'ok' : r.code, (tally.get(r.ok ? 'ok' : r.code) ?? 0) + 1);
      expect(tally.get('ok') ?? 0).toBe(0);

      // Exactly ten guesses were ever compared with a code: the per-phone limit in 24 hours.
      const [failures] = await rows<{ n: string }>(
        t.store.db,
        sql`SELECT count(*)::text AS n FROM verification_attempts WHERE kind = 'otp' AND NOT success AND customer_id = ${alexId}`,
      );
      expect(Number(failures!.n)).toBe(limits.otpFailuresPerPhone.count);
      const compared = (tally.get('OTP_INVALID') ?? 0) + (tally.get('OTP_LOCKED') ?? 0) + 1; // + the one that locked
      expect(compared).toBeGreaterThanOrEqual(limits.otpFailuresPerPhone.count);
      // No code took more than its five tries; no session more than five.
      for (const code of await t.store.db
        .select()
        .from(otpCodes)
        .where(eq(otpCodes.customerId, alexId))) {
        expect(code.failedAttempts).toBeLessThanOrEqual(limits.otpTriesPerCode);
      }
      // One lock, for 24 hours, audited once.
      const locks = await t.store.db
        .select()
        .from(stepUpLocks)
        .where(eq(stepUpLocks.customerId, alexId));
      expect(locks).toHaveLength(1);
      expect(locks[0]!.lockedUntil.getTime() - locks[0]!.createdAt.getTime()).toBe(
        limits.stepUpLockMs,
      );
      const lockAudits = await t.store.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'STEP_UP_LOCKED'), eq(auditLog.customerId, alexId)));
      expect(lockAudits).toHaveLength(1);
      expect(lockAudits[0]!.complianceFlags).toContain('handoff');

      // The real codes no longer work, a new conversation cannot get one, and the policy hands over.
      for (const [i, code] of realCodes.entries()) {
        expect(await verifyOtp(s.ctx, sessions[i]!, code)).toEqual<VerifyOtpResult>({
          ok: false,
          code: 'STEP_UP_LOCKED',
          handoff: true,
        });
      }
      const fresh = (await createSession(s.ctx, { channel: 'chat', jurisdiction: 'US-CO' })).session
        .id;
      await identifyCaller(s.ctx, fresh, alex);
      expect(await sendOtp(s.ctx, fresh)).toEqual({
        ok: false,
        code: 'STEP_UP_LOCKED',
        handoff: true,
      });
      const [row] = await t.store.db.select().from(authSessions).where(eq(authSessions.id, fresh));
      expect(authorize(await loadAuthState(t.store.db, row!, s.ctx.now()), 2)).toMatchObject({
        code: 'STEP_UP_LOCKED',
      });
      const elevated = await t.store.db
        .select()
        .from(authSessions)
        .where(and(eq(authSessions.customerId, alexId), gte(authSessions.level, 2)));
      expect(elevated).toHaveLength(0);

      // On schedule: a day later the lock and the failure window have passed, and Alex can step up.
      s.clock.advance(limits.stepUpLockMs + 60_000);
      const nextDay = (await createSession(s.ctx, { channel: 'chat', jurisdiction: 'US-CO' }))
        .session.id;
      await identifyCaller(s.ctx, nextDay, alex);
      expect(await sendOtp(s.ctx, nextDay)).toMatchObject({ ok: true });
      expect(await verifyOtp(s.ctx, nextDay, await s.lastCode(alex.phone))).toEqual({
        ok: true,
        level: 2,
      });

      expect((await verifyAuditChain(t.store.db)).ok).toBe(true);
    },
  );
});
