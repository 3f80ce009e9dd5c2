import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { auditLog, authSessions, transfers } from '../apps/server/src/db/index.js';
import { verifyAuditChain } from '../apps/server/src/security/index.js';
import { bankIds } from './support/bank-ids.js';
import type { BankIds } from './support/bank-ids.js';
import { alex } from './support/seeded-bank.js';
import { describeEachStore, openTestStore } from './support/stores.js';
import type { TestStore } from './support/stores.js';
import { toolHarness } from './support/tool-harness.js';
import type { ToolHarness } from './support/tool-harness.js';

describeEachStore('the policy gate', (kind) => {
  let t: TestStore;
  let h: ToolHarness;
  let ids: BankIds;
  beforeAll(async () => {
    t = await openTestStore(kind);
    h = await toolHarness(t.store, { callsPerMinute: 5 });
    ids = await bankIds(t.store);
  });
  afterAll(async () => {
    expect((await verifyAuditChain(t.store.db)).ok).toBe(true);
    await t.close();
  });

  const toolCalls = async (sessionId: string) =>
    Number(
      (
        await t.store.db
          .select({ n: count() })
          .from(auditLog)
          .where(and(eq(auditLog.sessionId, sessionId), eq(auditLog.action, 'TOOL_CALL')))
      )[0]!.n,
    );

  it('writes exactly one audit record per call, whatever the outcome', async () => {
    const session = await h.session(alex, 1);
    await h.call(session, 'check_balance', {});
    await h.call(session, 'check_balance', { account: 'nonsense' });
    await h.call(session, 'check_balance', { surprise: true });
    await h.call(session, 'internal_transfer', {
      from_account: 'checking',
      to_account: 'savings',
      amount_cents: 1,
    });
    await h.call(session, 'no_such_tool', {});
    expect(await toolCalls(session)).toBe(5);
    const records = await t.store.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.sessionId, session), eq(auditLog.action, 'TOOL_CALL')))
      .orderBy(auditLog.seq);
    expect(
      records.map((r) => [r.resource, r.result, r.metadata.code ?? null, r.piiAccessed]),
    ).toEqual([
      ['check_balance', 'success', null, true],
      ['check_balance', 'denied', 'not_found', false],
      ['check_balance', 'failure', 'invalid_input', false],
      ['internal_transfer', 'denied', 'auth_required', false],
      ['unknown_tool', 'denied', 'not_found', false],
    ]);
  });

  it('limits calls per session and minute', async () => {
    const session = await h.session(alex, 1);
    for (let i = 0; i < 5; i++)
      expect(await h.call(session, 'check_balance', {})).toMatchObject({ ok: true });
    expect(await h.call(session, 'check_balance', {})).toMatchObject({
      ok: false,
      code: 'RATE_LIMITED',
    });
    h.security.clock.advance(61_000);
    expect(await h.call(session, 'check_balance', {})).toMatchObject({ ok: true });
  });

  it('moves no money without an explicit confirmation and an idempotency key', async () => {
    const session = await h.session(alex, 2);
    const input = { from_account: 'checking', to_account: 'savings', amount_cents: 1_000 };
    expect(
      await h.call(session, 'internal_transfer', input, { key: 'unconfirmed-key-1' }),
    ).toMatchObject({ code: 'CONFIRMATION_REQUIRED' });
    expect(await h.call(session, 'internal_transfer', input, { confirmed: true })).toMatchObject({
      code: 'INVALID_INPUT',
    });
    const moved = await t.store.db
      .select()
      .from(transfers)
      .where(and(eq(transfers.customerId, ids.alex.customerId), eq(transfers.rail, 'internal')));
    expect(moved).toHaveLength(1); // the demo bank's one, from before
  });

  it('answers a retry with the first result, posting once, and audits the replay', async () => {
    h.security.clock.advance(61_000);
    const session = await h.session(alex, 2);
    const input = { from_account: 'checking', to_account: 'savings', amount_cents: 2_500 };
    const first = await h.call(session, 'internal_transfer', input, {
      key: 'retry-me-0001',
      confirmed: true,
    });
    const again = await h.call(session, 'internal_transfer', input, {
      key: 'retry-me-0001',
      confirmed: true,
    });
    expect(first).toMatchObject({ ok: true });
    expect(again).toEqual(first);
    const replays = await t.store.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.sessionId, session), eq(auditLog.resource, 'internal_transfer')))
      .orderBy(auditLog.seq);
    expect(replays.map((r) => r.metadata.replayed ?? false)).toEqual([false, true]);
    expect(
      await h.call(
        session,
        'internal_transfer',
        { ...input, amount_cents: 2_501 },
        { key: 'retry-me-0001', confirmed: true },
      ),
    ).toMatchObject({
      code: 'IDEMPOTENCY_KEY_REUSED',
    });
  });

  it('keeps an active session alive and refuses an expired one', async () => {
    h.security.clock.advance(61_000);
    const session = await h.session(alex, 1);
    const [before] = await t.store.db
      .select()
      .from(authSessions)
      .where(eq(authSessions.id, session));
    h.security.clock.advance(20 * 60_000);
    expect(await h.call(session, 'check_balance', {})).toMatchObject({ ok: true });
    const [after] = await t.store.db
      .select()
      .from(authSessions)
      .where(eq(authSessions.id, session));
    expect(after!.idleExpiresAt.getTime()).toBeGreaterThan(before!.idleExpiresAt.getTime());
    h.security.clock.advance(31 * 60_000);
    expect(await h.call(session, 'check_balance', {})).toMatchObject({
      ok: false,
      code: 'SESSION_EXPIRED',
    });
    expect(await h.call('sess_doesnotexist0000000000000', 'check_balance', {})).toMatchObject({
      code: 'SESSION_INVALID',
    });
  });

  it('refuses any id in the input that is not the customer’s, before the tool runs', async () => {
    h.security.clock.advance(61_000);
    const session = await h.session(alex, 1);
    // Hidden in a field the tool does not even read.
    expect(
      await h.call(session, 'explain_pending', { transaction_id: ids.priya.allbirdsCharge }),
    ).toMatchObject({ code: 'NOT_FOUND' });
    expect(
      await h.call(session, 'view_recent_transactions', { account: ids.priya.checking }),
    ).toMatchObject({ code: 'NOT_FOUND' });
  });
});
