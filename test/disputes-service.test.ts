import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { disputeEvents, journals, transactions } from '../apps/server/src/db/index.js';
import type { Tx } from '../apps/server/src/db/index.js';
import {
  addEvidence,
  creditDisputeProvisionally,
  fileDispute,
  isRefusal,
  resolveDispute,
} from '../apps/server/src/disputes/index.js';
import type { DisputeContext, DisputeRow, Refusal } from '../apps/server/src/disputes/index.js';
import { createBankCalendar } from '../apps/server/src/domain/regulation/index.js';
import {
  defaultLedgerContext,
  getBalances,
  verifyLedger,
} from '../apps/server/src/ledger/index.js';
import { bankIds } from './support/bank-ids.js';
import type { BankIds } from './support/bank-ids.js';
import { testTimeZone } from './support/fixtures.js';
import { seededBank } from './support/seeded-bank.js';
import { describeEachStore, openTestStore } from './support/stores.js';
import type { TestStore } from './support/stores.js';

const now = new Date('2026-12-01T15:00:00Z');

describeEachStore('the dispute service', (kind) => {
  let t: TestStore;
  let ids: BankIds;
  beforeAll(async () => {
    t = await openTestStore(kind);
    await seededBank(t.store);
    ids = await bankIds(t.store);
  });
  afterAll(async () => {
    expect(await verifyLedger(t.store.db)).toEqual([]);
    await t.close();
  });

  /** Each operation in its own database transaction, as the tool gate runs it. */
  const run = <T>(fn: (ctx: DisputeContext) => Promise<T>): Promise<T> =>
    t.store.db.transaction((tx: Tx) =>
      fn({
        tx,
        now,
        ledger: defaultLedgerContext({ now: () => now, timeZone: testTimeZone }),
        calendar: createBankCalendar(),
        timeZone: testTimeZone,
        evidenceDays: 20,
      }),
    );
  const filed = (row: DisputeRow | Refusal): DisputeRow => {
    if (isRefusal(row)) throw new Error(`refused: ${row.code} ${row.message}`);
    return row;
  };
  const posted = async (accountId: string) =>
    (await getBalances(t.store.db, [accountId])).get(accountId)!.postedCents;
  // The clock is frozen, so events share a timestamp: compare which happened, sorted.
  const events = async (disputeId: string) =>
    (await t.store.db.select().from(disputeEvents).where(eq(disputeEvents.disputeId, disputeId)))
      .map((e) => e.type)
      .sort();

  describe('a Regulation E dispute that is lost', () => {
    let dispute: DisputeRow;

    it('opens with a Stripe-style id, a readable case number, the network code and the evidence due date', async () => {
      dispute = filed(
        await run((ctx) =>
          fileDispute(ctx, {
            customerId: ids.alex.customerId,
            transactionId: ids.alex.amazonCharge,
            reason: 'product_not_received',
          }),
        ),
      );
      expect(dispute.id).toMatch(/^dp_[0-9A-Za-z]{24}$/);
      expect(dispute.caseNumber).toMatch(/^DSP-20261201-[0-9A-HJKMNP-TV-Z]{6}$/);
      expect(dispute).toMatchObject({
        status: 'needs_response',
        regulation: 'reg_e',
        network: 'visa',
        networkReasonCode: '13.1',
        amountCents: 24_789,
        provisionalCreditStatus: 'pending',
      });
      expect(dispute.evidenceDueBy!.toISOString()).toBe('2026-12-21T15:00:00.000Z');
      expect(await events(dispute.id)).toEqual(['dispute.created']);
    });

    it('refuses a second open dispute on the same charge, naming the first case', async () => {
      const again = await run((ctx) =>
        fileDispute(ctx, {
          customerId: ids.alex.customerId,
          transactionId: ids.alex.amazonCharge,
          reason: 'fraudulent',
        }),
      );
      expect(again).toMatchObject({ ok: false, code: 'CONFLICT', case_number: dispute.caseNumber });
    });

    it('posts provisional credit through the ledger, once', async () => {
      const before = await posted(ids.alex.checking);
      const credited = filed(await run((ctx) => creditDisputeProvisionally(ctx, dispute.id)));
      expect(credited).toMatchObject({
        provisionalCreditStatus: 'credited',
        provisionalCreditCents: 24_789,
      });
      expect(await posted(ids.alex.checking)).toBe(before + 24_789);
      const [journal] = await t.store.db
        .select()
        .from(journals)
        .where(eq(journals.id, credited.provisionalCreditJournalId!));
      expect(journal).toMatchObject({ kind: 'provisional_credit' });
      expect(await run((ctx) => creditDisputeProvisionally(ctx, dispute.id))).toMatchObject({
        ok: false,
        code: 'CONFLICT',
      });
      expect(await posted(ids.alex.checking)).toBe(before + 24_789);
    });

    it('checks evidence against seed 004 limits, and moves to under review when it is submitted', async () => {
      const tooLong = await run((ctx) =>
        addEvidence(ctx, {
          disputeId: dispute.id,
          type: 'customer_communication',
          content: 'x'.repeat(20_001),
          submitToNetwork: true,
        }),
      );
      expect(tooLong).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
      const kept = await run((ctx) =>
        addEvidence(ctx, {
          disputeId: dispute.id,
          type: 'customer_communication',
          content: 'The seller never answered my emails.',
          submitToNetwork: false,
        }),
      );
      expect(kept).toMatchObject({ dispute: { status: 'needs_response' } });
      const sent = await run((ctx) =>
        addEvidence(ctx, {
          disputeId: dispute.id,
          type: 'shipping_documentation',
          content: 'Tracking shows no delivery.',
          submitToNetwork: true,
        }),
      );
      expect(sent).toMatchObject({
        dispute: { status: 'under_review', evidenceSubmissionCount: 1 },
      });
      const late = await run((ctx) =>
        addEvidence(ctx, {
          disputeId: dispute.id,
          type: 'uncategorized_text',
          content: 'More.',
          submitToNetwork: true,
        }),
      );
      expect(late).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    });

    it('reverses the provisional credit when the case is lost, and refuses to decide it twice', async () => {
      const before = await posted(ids.alex.checking);
      const lost = filed(
        await run((ctx) =>
          resolveDispute(ctx, {
            disputeId: dispute.id,
            outcome: 'lost',
            resolution: 'merchant proved delivery',
          }),
        ),
      );
      expect(lost).toMatchObject({
        status: 'lost',
        provisionalCreditStatus: 'reversed',
        resolution: 'merchant proved delivery',
      });
      expect(await posted(ids.alex.checking)).toBe(before - 24_789);
      const twice = await run((ctx) =>
        resolveDispute(ctx, {
          disputeId: dispute.id,
          outcome: 'won',
          resolution: 'changed our mind',
        }),
      );
      expect(twice).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
      expect(await posted(ids.alex.checking)).toBe(before - 24_789);
      expect(await events(dispute.id)).toEqual(
        [
          'dispute.created',
          'dispute.provisional_credit_posted',
          'dispute.evidence_added',
          'dispute.evidence_added',
          'dispute.status_changed',
          'dispute.status_changed',
          'dispute.provisional_credit_reversed',
        ].sort(),
      );
    });

    it('takes a new dispute on the charge once the first is closed', async () => {
      const second = filed(
        await run((ctx) =>
          fileDispute(ctx, {
            customerId: ids.alex.customerId,
            transactionId: ids.alex.amazonCharge,
            reason: 'fraudulent',
            amountCents: 1_000,
          }),
        ),
      );
      expect(second).toMatchObject({
        status: 'needs_response',
        amountCents: 1_000,
        networkReasonCode: '10.4',
      });
    });
  });

  it('a won Regulation E dispute keeps its provisional credit as final', async () => {
    const dispute = filed(
      await run((ctx) =>
        fileDispute(ctx, {
          customerId: ids.alex.customerId,
          transactionId: ids.alex.restaurantCharge,
          reason: 'duplicate',
        }),
      ),
    );
    filed(await run((ctx) => creditDisputeProvisionally(ctx, dispute.id)));
    const before = await posted(ids.alex.checking);
    const won = filed(
      await run((ctx) =>
        resolveDispute(ctx, {
          disputeId: dispute.id,
          outcome: 'won',
          resolution: 'merchant refunded the duplicate',
        }),
      ),
    );
    expect(won).toMatchObject({ status: 'won', provisionalCreditStatus: 'final' });
    expect(await posted(ids.alex.checking)).toBe(before);
  });

  it('a Regulation Z dispute on a credit card has no provisional credit', async () => {
    const dispute = filed(
      await run((ctx) =>
        fileDispute(ctx, {
          customerId: ids.priya.customerId,
          transactionId: ids.priya.groceryCharge,
          reason: 'general',
        }),
      ),
    );
    expect(dispute).toMatchObject({ regulation: 'reg_z', provisionalCreditStatus: 'not_eligible' });
    expect(await run((ctx) => creditDisputeProvisionally(ctx, dispute.id))).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    });
  });

  it('refuses a pending charge, an amount above the charge, and a money-in line', async () => {
    const [pending] = await t.store.db
      .select({ id: transactions.id })
      .from(transactions)
      .where(
        and(eq(transactions.accountId, ids.alex.checking), eq(transactions.status, 'pending')),
      );
    expect(
      await run((ctx) =>
        fileDispute(ctx, {
          customerId: ids.alex.customerId,
          transactionId: pending!.id,
          reason: 'fraudulent',
        }),
      ),
    ).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('pending'),
    });
    expect(
      await run((ctx) =>
        fileDispute(ctx, {
          customerId: ids.alex.customerId,
          transactionId: ids.alex.electronicsCharge,
          reason: 'fraudulent',
          amountCents: 25_001,
        }),
      ),
    ).toMatchObject({ code: 'INVALID_AMOUNT' });
    const [deposit] = await t.store.db
      .select({ id: transactions.id, amount: transactions.amountCents })
      .from(transactions)
      .where(and(eq(transactions.accountId, ids.alex.savings), eq(transactions.status, 'posted')));
    expect(deposit!.amount).toBeGreaterThan(0);
    expect(
      await run((ctx) =>
        fileDispute(ctx, {
          customerId: ids.alex.customerId,
          transactionId: deposit!.id,
          reason: 'general',
        }),
      ),
    ).toMatchObject({
      code: 'INVALID_INPUT',
    });
  });

  it("treats another customer's charge exactly like a missing one", async () => {
    const theirs = await run((ctx) =>
      fileDispute(ctx, {
        customerId: ids.alex.customerId,
        transactionId: ids.priya.allbirdsCharge,
        reason: 'fraudulent',
      }),
    );
    const missing = await run((ctx) =>
      fileDispute(ctx, {
        customerId: ids.alex.customerId,
        transactionId: 'tx_doesnotexist0000000000',
        reason: 'fraudulent',
      }),
    );
    expect(theirs).toEqual(missing);
    expect(theirs).toMatchObject({ code: 'NOT_FOUND' });
  });
});
