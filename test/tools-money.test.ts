import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  billPayments,
  cards,
  journals,
  rows,
  stopPayments,
  transfers,
} from '../apps/server/src/db/index.js';
import { getBalances, verifyLedger } from '../apps/server/src/ledger/index.js';
import { bankIds } from './support/bank-ids.js';
import type { BankIds } from './support/bank-ids.js';
import { alex } from './support/seeded-bank.js';
import { describeEachStore, openTestStore } from './support/stores.js';
import type { TestStore } from './support/stores.js';
import { toolHarness } from './support/tool-harness.js';
import type { ToolHarness } from './support/tool-harness.js';

const wire = {
  from_account: 'savings',
  amount_cents: 50_000,
  beneficiary_name: 'Jane Doe',
  beneficiary_bank: 'Example Bank',
  routing_number: '021000021',
  account_number: '000123456789',
};

describeEachStore('money-moving tools', (kind) => {
  let t: TestStore;
  let h: ToolHarness;
  let ids: BankIds;
  beforeAll(async () => {
    t = await openTestStore(kind);
    h = await toolHarness(t.store);
    ids = await bankIds(t.store);
    // A Tuesday morning, 10:00 in New York: before the wire cutoff on a business day.
    h.security.clock.set(new Date('2026-12-01T15:00:00Z'));
  });
  afterAll(async () => {
    expect(await verifyLedger(t.store.db)).toEqual([]);
    await t.close();
  });

  const balance = async (accountId: string) =>
    (await getBalances(t.store.db, [accountId])).get(accountId)!;
  const fees = async () =>
    Number(
      (
        await rows<{ n: string }>(
          t.store.db,
          sql`SELECT count(*)::text AS n FROM ${journals} WHERE kind = 'fee'`,
        )
      )[0]!.n,
    );

  it('a double stop payment with the same key, sent at once, places one stop and charges one fee', async () => {
    const session = await h.session(alex, 3);
    const feesBefore = await fees();
    const before = await balance(ids.alex.checking);
    const [a, b] = await Promise.all(
      [1, 2].map(() =>
        h.call(
          session,
          'stop_payment',
          { check_number: 1234 },
          { key: 'stop-1234-once', confirmed: true },
        ),
      ),
    );
    expect(a).toMatchObject({ ok: true, fee: '$35.00' });
    expect(b).toEqual(a);
    expect(await fees()).toBe(feesBefore + 1);
    expect((await balance(ids.alex.checking)).postedCents).toBe(before.postedCents - 3_500);
    const stops = await t.store.db
      .select()
      .from(stopPayments)
      .where(
        and(eq(stopPayments.accountId, ids.alex.checking), eq(stopPayments.checkNumber, 1234)),
      );
    expect(stops).toHaveLength(1);
  });

  it('two different requests to stop the same check place it once and refuse the other', async () => {
    const session = await h.session(alex, 3);
    const feesBefore = await fees();
    const results = await Promise.all(
      ['stop-777-a', 'stop-777-b'].map((key) =>
        h.call(
          session,
          'stop_payment',
          { check_number: 777, amount_cents: 9_900, payee_name: 'Ace Plumbing' },
          { key, confirmed: true },
        ),
      ),
    );
    expect(results.map((r) => (r.ok ? 'ok' : r.code)).sort()).toEqual(['CONFLICT', 'ok']);
    expect(await fees()).toBe(feesBefore + 1);
  });

  it('refuses to stop a check that has cleared, and one it cannot recognise', async () => {
    const session = await h.session(alex, 3);
    expect(await h.move(session, 'stop_payment', { check_number: 1233 })).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('already paid'),
    });
    expect(await h.move(session, 'stop_payment', { check_number: 4242 })).toMatchObject({
      code: 'INVALID_INPUT',
    });
  });

  it('a double transfer with the same key, sent at once, moves the money once', async () => {
    const session = await h.session(alex, 2);
    const before = await balance(ids.alex.savings);
    const input = { from_account: 'checking', to_account: 'savings', amount_cents: 12_345 };
    const [a, b] = await Promise.all(
      [1, 2].map(() =>
        h.call(session, 'internal_transfer', input, { key: 'xfer-once-0001', confirmed: true }),
      ),
    );
    expect(a).toMatchObject({ ok: true });
    expect(b).toEqual(a);
    expect((await balance(ids.alex.savings)).postedCents).toBe(before.postedCents + 12_345);
  });

  it('refuses a transfer beyond the available balance, leaving everything as it was', async () => {
    const session = await h.session(alex, 2);
    const before = await balance(ids.alex.checking);
    expect(
      await h.move(session, 'internal_transfer', {
        from_account: 'checking',
        to_account: 'savings',
        amount_cents: before.availableCents + 1,
      }),
    ).toMatchObject({ ok: false, code: 'INSUFFICIENT_FUNDS' });
    expect(await balance(ids.alex.checking)).toEqual(before);
  });

  it('sends a wire today before the cutoff, tomorrow after it, with the fee as its own journal', async () => {
    const session = await h.session(alex, 3);
    const early = await h.move(session, 'send_wire', wire);
    expect(early).toMatchObject({
      ok: true,
      send_date: '2026-12-01',
      status: 'processing',
      fee: '$25.00',
      total: '$525.00',
    });
    // Hours later the first conversation has timed out: the customer calls again.
    h.security.clock.set(new Date('2026-12-01T22:30:00Z')); // 17:30 in New York
    const later = await h.session(alex, 3);
    const late = await h.move(later, 'send_wire', wire);
    expect(late).toMatchObject({ ok: true, send_date: '2026-12-02', status: 'pending' });
    const [row] = await t.store.db
      .select()
      .from(transfers)
      .where(eq(transfers.id, (early as unknown as { transfer_id: string }).transfer_id));
    expect(row).toMatchObject({ rail: 'wire', feeCents: 2_500, counterpartyAccountLast4: '6789' });
    expect(row!.feeJournalId).not.toBe(row!.journalId);
    expect(
      await h.move(later, 'send_wire', { ...wire, routing_number: '021000022' }),
    ).toMatchObject({ code: 'INVALID_INPUT' });
    expect(await h.move(later, 'send_wire', { ...wire, amount_cents: 100_000_001 })).toMatchObject({
      code: 'LIMIT_EXCEEDED',
    });
  });

  it('schedules a future bill payment without moving money, and sends one dated today', async () => {
    const session = await h.session(alex, 2);
    const before = await balance(ids.alex.checking);
    const later = await h.move(session, 'setup_billpay', {
      payee_name: 'Denver Water',
      payee_category: 'utilities',
      amount_cents: 4_200,
      send_on: '2026-12-15',
      frequency: 'monthly',
    });
    expect(later).toMatchObject({
      ok: true,
      status: 'scheduled',
      send_on: '2026-12-15',
      payee: { added: true },
    });
    expect((await balance(ids.alex.checking)).postedCents).toBe(before.postedCents);
    const now = await h.move(session, 'setup_billpay', {
      payee_name: 'denver water',
      amount_cents: 1_000,
    });
    expect(now).toMatchObject({ ok: true, status: 'sent', payee: { added: false } });
    expect((await balance(ids.alex.checking)).postedCents).toBe(before.postedCents - 1_000);
    const scheduled = await t.store.db
      .select()
      .from(billPayments)
      .where(eq(billPayments.sendOn, '2026-12-15'));
    expect(scheduled[0]).toMatchObject({
      frequency: 'monthly',
      nextSendOn: '2026-12-15',
      status: 'scheduled',
    });
    expect(
      await h.move(session, 'setup_billpay', {
        payee_name: 'Denver Water',
        amount_cents: 1_000,
        send_on: '2026-11-01',
      }),
    ).toMatchObject({
      code: 'INVALID_INPUT',
    });
  });

  it('orders a replacement card within 5 to 7 business days, skipping holidays', async () => {
    // The Wednesday before Thanksgiving 2027 (the clock only moves forward, as it does for a real
    // conversation): the holiday and the weekend do not count.
    h.security.clock.set(new Date('2027-11-24T15:00:00Z'));
    const session = await h.session(alex, 2);
    const lost = await h.call(session, 'report_lost_card', { reason: 'lost' });
    expect(lost).toMatchObject({
      ok: true,
      replacement: { expected_delivery_from: '2027-12-02', expected_delivery_by: '2027-12-06' },
    });
    // A lost card cannot simply be unfrozen.
    expect(await h.call(session, 'unfreeze_card', { card: ids.alex.debitCard })).toMatchObject({
      code: 'CARD_NOT_FROZEN',
    });
    expect(await h.call(session, 'report_lost_card', { card: ids.alex.debitCard })).toMatchObject({
      code: 'CONFLICT',
    });
    const [card] = await t.store.db.select().from(cards).where(eq(cards.id, ids.alex.debitCard));
    expect(card!.status).toBe('lost');
  });
});
