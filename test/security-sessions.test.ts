import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { auditLog, authSessions, consents } from '../apps/server/src/db/index.js';
import { isAppError } from '../apps/server/src/errors/index.js';
import {
  createSession,
  endSession,
  identifyCaller,
  lockLiveSession,
  recordRecordingConsent,
  resolveSession,
  touchSession,
  verifyAuditChain,
} from '../apps/server/src/security/index.js';
import { alex, priya, seededBank } from './support/seeded-bank.js';
import type { TestSecurity } from './support/security.js';
import { describeEachStore, openTestStore } from './support/stores.js';
import type { TestStore } from './support/stores.js';

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return error.code;
    throw error;
  }
  return 'no error';
}

describeEachStore('sessions and consent', (kind) => {
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

  it('start at level 0 with an opaque token stored only as its hash', async () => {
    const created = await createSession(s.ctx, {
      channel: 'chat',
      jurisdiction: 'US-CO',
      ipAddress: '203.0.113.9',
    });
    expect(created.token).toMatch(/^bdsess_[A-Za-z0-9_-]{43}$/);
    expect(created.session.level).toBe(0);
    const [row] = await t.store.db
      .select()
      .from(authSessions)
      .where(eq(authSessions.id, created.session.id));
    expect(row!.tokenHash).not.toContain(created.token.slice(7));
    expect((await resolveSession(s.ctx, created.token)).id).toBe(created.session.id);
  });

  it('refuse forged, malformed and unknown tokens with SESSION_INVALID', async () => {
    const { token } = await createSession(s.ctx, { channel: 'chat' });
    const forged = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
    expect(await codeOf(resolveSession(s.ctx, forged))).toBe('SESSION_INVALID');
    expect(await codeOf(resolveSession(s.ctx, 'bdsess_short'))).toBe('SESSION_INVALID');
    expect(await codeOf(resolveSession(s.ctx, ''))).toBe('SESSION_INVALID');
    expect(await codeOf(resolveSession(s.ctx, "' OR 1=1 --"))).toBe('SESSION_INVALID');
  });

  it('expire after 30 idle minutes, extended by authorised activity, and after 12 hours in any case', async () => {
    const idle = await createSession(s.ctx, { channel: 'chat' });
    s.clock.advance(29 * 60_000);
    await resolveSession(s.ctx, idle.token);
    s.clock.advance(2 * 60_000);
    expect(await codeOf(resolveSession(s.ctx, idle.token))).toBe('SESSION_EXPIRED');
    const [ended] = await t.store.db
      .select()
      .from(authSessions)
      .where(eq(authSessions.id, idle.session.id));
    expect(ended).toMatchObject({ endReason: 'idle_timeout' });
    // Expired stays expired: fail closed, also for the verifiers.
    expect(await codeOf(resolveSession(s.ctx, idle.token))).toBe('SESSION_EXPIRED');
    expect(await codeOf(identifyCaller(s.ctx, idle.session.id, alex))).toBe('SESSION_EXPIRED');

    const busy = await createSession(s.ctx, { channel: 'chat' });
    for (let minute = 0; minute < 12 * 60 - 20; minute += 20) {
      s.clock.advance(20 * 60_000);
      // Each verification is an authorised operation that keeps the session alive.
      await identifyCaller(s.ctx, busy.session.id, alex);
      await t.store.db.transaction(async (tx) =>
        touchSession(tx, s.ctx, await lockLiveSession(tx, s.ctx, busy.session.id)),
      );
    }
    await resolveSession(s.ctx, busy.token);
    s.clock.advance(25 * 60_000);
    expect(await codeOf(resolveSession(s.ctx, busy.token))).toBe('SESSION_EXPIRED');
    const [capped] = await t.store.db
      .select()
      .from(authSessions)
      .where(eq(authSessions.id, busy.session.id));
    expect(capped!.endReason).toBe('absolute_timeout');
  });

  it('end on request', async () => {
    const created = await createSession(s.ctx, { channel: 'phone' });
    await endSession(s.ctx, created.session.id, 'caller_hung_up');
    expect(await codeOf(resolveSession(s.ctx, created.token))).toBe('SESSION_EXPIRED');
  });

  it('disclose recording at the start, recording at once where one party’s consent is enough', async () => {
    const created = await createSession(s.ctx, { channel: 'phone', jurisdiction: 'US-CO' });
    expect(created.disclosure).toBe(
      'This call may be recorded for quality assurance and regulatory compliance.',
    );
    expect(created.recordingConsentNeeded).toBe(false);
    expect(created.session.recordingState).toBe('recording');
    const kinds = await t.store.db
      .select()
      .from(consents)
      .where(eq(consents.sessionId, created.session.id));
    expect(kinds.map((k) => [k.kind, k.jurisdiction, k.granted]).sort()).toEqual([
      ['data_processing', 'US-CO', true],
      ['recording_disclosure', 'US-CO', true],
    ]);
    const audited = await t.store.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.sessionId, created.session.id));
    expect(audited.map((a) => a.action).sort()).toEqual(['CONSENT_RECORDED', 'SESSION_CREATED']);
  });

  it('wait for a yes in all-party states, and carry on unrecorded after a no', async () => {
    const created = await createSession(s.ctx, { channel: 'voice', jurisdiction: 'US-CA' });
    expect(created.recordingConsentNeeded).toBe(true);
    expect(created.session.recordingState).toBe('awaiting_consent');
    expect(created.disclosure).toContain('permission to record');
    expect(
      await recordRecordingConsent(s.ctx, created.session.id, { granted: false, method: 'spoken' }),
    ).toEqual({
      recordingState: 'not_recording',
    });
    const yes = await createSession(s.ctx, { channel: 'voice', jurisdiction: 'US-WA' });
    expect(
      await recordRecordingConsent(s.ctx, yes.session.id, { granted: true, method: 'keypad' }),
    ).toEqual({
      recordingState: 'recording',
    });
  });

  it('pause recording when the customer turns out to live in an all-party state', async () => {
    const created = await createSession(s.ctx, { channel: 'phone', jurisdiction: 'US-CO' });
    expect(created.session.recordingState).toBe('recording');
    const identified = await identifyCaller(s.ctx, created.session.id, {
      phone: priya.phone,
      postalCode: priya.postalCode,
    });
    expect(identified).toMatchObject({ ok: true, recordingConsentNeeded: true });
    const [row] = await t.store.db
      .select()
      .from(authSessions)
      .where(eq(authSessions.id, created.session.id));
    expect(row!.recordingState).toBe('awaiting_consent');
  });
});
