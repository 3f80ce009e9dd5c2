import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { authSessions, customers, otpCodes, rows } from '../apps/server/src/db/index.js';
import {
  createSession,
  identifyCaller,
  loadAuthState,
  authorize,
  securityQuestion,
  sendOtp,
  verifyAuditChain,
  verifyOtp,
  verifySecurityAnswer,
} from '../apps/server/src/security/index.js';
import { alex, customerId, priya, seededBank } from './support/seeded-bank.js';
import type { TestSecurity } from './support/security.js';
import { describeEachStore, openTestStore } from './support/stores.js';
import type { TestStore } from './support/stores.js';

describeEachStore('identification, one-time codes and the security question', (kind) => {
  let t: TestStore;
  let s: TestSecurity;
  beforeAll(async () => {
    t = await openTestStore(kind);
    s = await seededBank(t.store);
  });
  afterAll(async () => {
    expect((await verifyAuditChain(t.store.db)).ok).toBe(true);
    await t.close();
  });

  const session = async (jurisdiction = 'US-CO') =>
    (await createSession(s.ctx, { channel: 'chat', jurisdiction })).session.id;
  const level = async (id: string) =>
    (
      await t.store.db
        .select({ level: authSessions.level })
        .from(authSessions)
        .where(eq(authSessions.id, id))
    )[0]!.level;
  const identified = async () => {
    const id = await session();
    expect(await identifyCaller(s.ctx, id, alex)).toMatchObject({ ok: true, level: 1 });
    return id;
  };
  const atLevel2 = async () => {
    const id = await identified();
    expect(await sendOtp(s.ctx, id)).toMatchObject({ ok: true, sentToLast4: '5678' });
    expect(await verifyOtp(s.ctx, id, await s.lastCode(alex.phone))).toEqual({
      ok: true,
      level: 2,
    });
    return id;
  };

  it('identify by phone plus date of birth or ZIP, however they are written', async () => {
    const alexId = await customerId(t.store, 'CUST-10001');
    for (const input of [
      { phone: '+1-555-234-5678', dateOfBirth: '1985-03-14' },
      { phone: '(555) 234-5678', dateOfBirth: '03/14/1985' },
      { phone: '555 234 5678', postalCode: '80202' },
    ]) {
      const id = await session();
      expect(await identifyCaller(s.ctx, id, input)).toEqual({
        ok: true,
        customerId: alexId,
        level: 1,
        customerChanged: false,
        recordingConsentNeeded: false,
      });
      expect(await level(id)).toBe(1);
    }
  });

  it('identify by trusted caller ID on the phone channel', async () => {
    const id = (await createSession(s.ctx, { channel: 'phone', jurisdiction: 'US-CO' })).session.id;
    expect(await identifyCaller(s.ctx, id, { trustedCallerId: '+15552345678' })).toMatchObject({
      ok: true,
      level: 1,
    });
  });

  it('never says which detail was wrong, asks for more when given a phone alone, and locks after 5 failures', async () => {
    const id = await session();
    expect(await identifyCaller(s.ctx, id, { phone: alex.phone })).toEqual({
      ok: false,
      code: 'IDENTIFY_FAILED',
      attemptsLeft: 5,
      need: 'date_of_birth_or_zip',
    });
    const wrongDob = await identifyCaller(s.ctx, id, {
      phone: alex.phone,
      dateOfBirth: '1985-03-15',
    });
    const unknownPhone = await identifyCaller(s.ctx, id, {
      phone: '+15550000000',
      dateOfBirth: '1985-03-14',
    });
    expect(wrongDob).toEqual({ ok: false, code: 'IDENTIFY_FAILED', attemptsLeft: 4 });
    expect(unknownPhone).toEqual({ ok: false, code: 'IDENTIFY_FAILED', attemptsLeft: 3 });
    for (const left of [2, 1]) {
      expect(
        await identifyCaller(s.ctx, id, { phone: alex.phone, postalCode: '00000' }),
      ).toMatchObject({ attemptsLeft: left });
    }
    expect(await identifyCaller(s.ctx, id, { phone: alex.phone, postalCode: '99999' })).toEqual({
      ok: false,
      code: 'IDENTIFY_LOCKED',
      handoff: true,
    });
    // Locked means locked, even for the right answer.
    expect(await identifyCaller(s.ctx, id, alex)).toMatchObject({ code: 'IDENTIFY_LOCKED' });
    expect(await level(id)).toBe(0);
  });

  it('sends a six-digit code to the phone on file and raises to level 2 with it', async () => {
    const id = await identified();
    const sent = await sendOtp(s.ctx, id);
    expect(sent).toMatchObject({ ok: true, sentToLast4: '5678' });
    const text = await s.lastSms(alex.phone);
    expect(text).toMatch(
      /^First National Bank: your verification code is \d{6}\. It expires in 5 minutes\./,
    );
    const [stored] = await t.store.db.select().from(otpCodes).where(eq(otpCodes.sessionId, id));
    expect(stored!.codeHash).not.toContain(await s.lastCode(alex.phone));
    expect(
      await verifyOtp(s.ctx, id, (await s.lastCode(alex.phone)).replace(/(\d{3})/, '$1 ')),
    ).toEqual({ ok: true, level: 2 });
    expect(await level(id)).toBe(2);
  });

  it('refuses a wrong code with the tries left, a used code, and an expired one', async () => {
    const id = await identified();
    await sendOtp(s.ctx, id);
    const code = await s.lastCode(alex.phone);
    const wrong = code === '000000' ? '111111' : '000000';
    expect(await verifyOtp(s.ctx, id, wrong)).toEqual({
      ok: false,
      code: 'OTP_INVALID',
      attemptsLeft: 4,
    });
    expect(await verifyOtp(s.ctx, id, code)).toEqual({ ok: true, level: 2 });

    // The same customer in another conversation cannot reuse it.
    const other = await identified();
    expect(await verifyOtp(s.ctx, other, code)).toEqual({ ok: false, code: 'OTP_NOT_SENT' });

    const late = await identified();
    await sendOtp(s.ctx, late);
    const lateCode = await s.lastCode(alex.phone);
    s.clock.advance(5 * 60_000 + 1);
    expect(await verifyOtp(s.ctx, late, lateCode)).toEqual({ ok: false, code: 'OTP_EXPIRED' });
    expect(await level(late)).toBe(1);
    s.clock.advance(15 * 60_000); // let the send window pass for the tests after this one
  });

  it('never lets a code for one customer work for another', async () => {
    const id = await identified();
    await sendOtp(s.ctx, id);
    const alexCode = await s.lastCode(alex.phone);
    // The same conversation now identifies as Priya: Alex's code dies with the old binding.
    expect(
      await identifyCaller(s.ctx, id, { phone: priya.phone, postalCode: priya.postalCode }),
    ).toMatchObject({
      ok: true,
      customerChanged: true,
    });
    expect(await level(id)).toBe(1);
    expect(await verifyOtp(s.ctx, id, alexCode)).toMatchObject({ ok: false });
    expect(await level(id)).toBe(1);
    // Back to Alex: a fresh start, the old code still dead.
    await identifyCaller(s.ctx, id, alex);
    expect(await verifyOtp(s.ctx, id, alexCode)).toMatchObject({ ok: false, code: 'OTP_EXPIRED' });
    s.clock.advance(15 * 60_000);
  });

  it('keeps the failure count across resends and locks the session after 5 wrong codes', async () => {
    const id = await identified();
    await sendOtp(s.ctx, id);
    const first = await s.lastCode(alex.phone);
    const wrong = (c: string) => (c === '123456' ? '654321' : '123456');
    expect(await verifyOtp(s.ctx, id, wrong(first))).toMatchObject({ attemptsLeft: 4 });
    expect(await verifyOtp(s.ctx, id, wrong(first))).toMatchObject({ attemptsLeft: 3 });
    await sendOtp(s.ctx, id); // a resend: a new code, the same count
    const second = await s.lastCode(alex.phone);
    expect(await verifyOtp(s.ctx, id, first === second ? wrong(second) : first)).toMatchObject({
      attemptsLeft: 2,
    });
    expect(await verifyOtp(s.ctx, id, wrong(second))).toMatchObject({ attemptsLeft: 1 });
    expect(await verifyOtp(s.ctx, id, wrong(second))).toEqual({
      ok: false,
      code: 'OTP_LOCKED',
      handoff: true,
    });
    expect(await verifyOtp(s.ctx, id, second)).toEqual({
      ok: false,
      code: 'OTP_LOCKED',
      handoff: true,
    });
    expect(await sendOtp(s.ctx, id)).toEqual({ ok: false, code: 'OTP_LOCKED', handoff: true });
    const state = await loadAuthState(
      t.store.db,
      (await t.store.db.select().from(authSessions).where(eq(authSessions.id, id)))[0]!,
      s.ctx.now(),
    );
    expect(authorize(state, 2)).toEqual({
      ok: false,
      code: 'STEP_UP_LOCKED',
      level: 2,
      handoff: true,
    });
    expect(await level(id)).toBe(1);
    s.clock.advance(25 * 3_600_000); // the phone's 24-hour window passes before the next test
  });

  it('sends at most 3 codes per phone in 15 minutes', async () => {
    const id = await identified();
    for (let i = 0; i < 3; i++) expect(await sendOtp(s.ctx, id)).toMatchObject({ ok: true });
    const refused = await sendOtp(s.ctx, await identified());
    expect(refused).toMatchObject({ ok: false, code: 'OTP_SEND_LIMIT' });
    expect((refused as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(0);
    expect((refused as { retryAfterSeconds: number }).retryAfterSeconds).toBeLessThanOrEqual(900);
    s.clock.advance(15 * 60_000 + 1);
    expect(await sendOtp(s.ctx, id)).toMatchObject({ ok: true });
    s.clock.advance(15 * 60_000 + 1);
  });

  it('asks the security question only at level 2, and raises to 3 with the right answer', async () => {
    const early = await identified();
    expect(await securityQuestion(s.ctx, early)).toEqual({
      ok: false,
      code: 'AUTH_REQUIRED',
      level: 2,
    });
    expect(await verifySecurityAnswer(s.ctx, early, 'Johnson')).toEqual({
      ok: false,
      code: 'AUTH_REQUIRED',
      level: 2,
    });
    expect(await level(early)).toBe(1);

    const id = await atLevel2();
    expect(await securityQuestion(s.ctx, id)).toEqual({
      ok: true,
      question: "What is your mother's maiden name?",
    });
    expect(await verifySecurityAnswer(s.ctx, id, '  JOHNSON. ')).toEqual({ ok: true, level: 3 });
    expect(await level(id)).toBe(3);
    s.clock.advance(15 * 60_000 + 1);
  });

  it('locks level 3 for the session after 3 wrong answers, even across a change of customer', async () => {
    const id = await atLevel2();
    expect(await verifySecurityAnswer(s.ctx, id, 'Smith')).toEqual({
      ok: false,
      code: 'SECURITY_ANSWER_INVALID',
      attemptsLeft: 2,
    });
    expect(await verifySecurityAnswer(s.ctx, id, 'Jonson')).toMatchObject({ attemptsLeft: 1 });
    expect(await verifySecurityAnswer(s.ctx, id, 'Johnston')).toEqual({
      ok: false,
      code: 'SECURITY_ANSWER_LOCKED',
      handoff: true,
    });
    expect(await verifySecurityAnswer(s.ctx, id, 'Johnson')).toEqual({
      ok: false,
      code: 'SECURITY_ANSWER_LOCKED',
      handoff: true,
    });
    // Switching to another customer and back does not reset it.
    await identifyCaller(s.ctx, id, { phone: priya.phone, postalCode: priya.postalCode });
    await identifyCaller(s.ctx, id, alex);
    s.clock.advance(15 * 60_000 + 1);
    await sendOtp(s.ctx, id);
    await verifyOtp(s.ctx, id, await s.lastCode(alex.phone));
    expect(await verifySecurityAnswer(s.ctx, id, 'Johnson')).toMatchObject({
      code: 'SECURITY_ANSWER_LOCKED',
    });
    expect(await level(id)).toBe(2);
    s.clock.advance(15 * 60_000 + 1);
  });

  it('stores the security answer as salted, peppered scrypt — not SHA-256 of the answer', async () => {
    const [row] = await t.store.db
      .select({ hash: customers.securityAnswerHash })
      .from(customers)
      .where(eq(customers.customerNumber, 'CUST-10001'));
    expect(row!.hash).toMatch(/^scrypt\$\d+\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    for (const form of ['Johnson', 'johnson', 'JOHNSON']) {
      const sha = createHash('sha256').update(form).digest();
      expect(row!.hash).not.toContain(sha.toString('hex'));
      expect(row!.hash).not.toContain(sha.toString('base64'));
    }
  });

  it('lets only one step at a time through the database itself', async () => {
    const id = await identified();
    await expect(
      t.store.db.execute(sql`UPDATE auth_sessions SET level = 3 WHERE id = ${id}`),
    ).rejects.toThrow();
    await expect(
      t.store.db.execute(
        sql`UPDATE auth_sessions SET level = 1, customer_id = NULL WHERE id = ${id}`,
      ),
    ).rejects.toThrow();
    const fresh = await session();
    await expect(
      t.store.db.execute(sql`UPDATE auth_sessions SET level = 1 WHERE id = ${fresh}`),
    ).rejects.toThrow();
    expect(await level(id)).toBe(1);
    const [{ n } = { n: '0' }] = await rows<{ n: string }>(
      t.store.db,
      sql`SELECT count(*)::text AS n FROM auth_sessions WHERE level > 3`,
    );
    expect(n).toBe('0');
  });
});
