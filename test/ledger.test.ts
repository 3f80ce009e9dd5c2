import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  accounts,
  cards,
  holds,
  idempotencyKeys,
  journals,
  ledgerEntries,
  rows,
  transactions,
  transfers,
} from '../apps/server/src/db/index.js';
import type { Store } from '../apps/server/src/db/index.js';
import { isAppError } from '../apps/server/src/errors/index.js';
import {
  authorizeCardCharge,
  captureCardCharge,
  chargeFee,
  getBalances,
  internalAccountId,
  internalTransfer,
  postBillPayment,
  postProvisionalCredit,
  reverseMovement,
  reverseProvisionalCredit,
  runOperation,
  sendExternalTransfer,
  verifyLedger,
  voidCardAuthorization,
} from '../apps/server/src/ledger/index.js';
import { createCustomer, ctx } from './support/bank-fixture.js';
import { describeEachStore, openTestStore } from './support/stores.js';
import type { TestStore } from './support/stores.js';

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return error.code;
    throw error;
  }
  throw new Error('expected a refusal');
}

function causes(error: unknown): string[] {
  const messages: string[] = [];
  for (let e = error; e instanceof Error; e = (e as { cause?: unknown }).cause)
    messages.push(e.message);
  return messages;
}

async function balance(store: Store, accountId: string) {
  return (await getBalances(store.db, [accountId])).get(accountId)!;
}

async function counts(store: Store) {
  const [row] = await rows<Record<string, string>>(
    store.db,
    sql`SELECT (SELECT count(*) FROM journals)::text AS journals,
               (SELECT count(*) FROM ledger_entries)::text AS entries,
               (SELECT count(*) FROM transfers)::text AS transfers,
               (SELECT count(*) FROM transactions)::text AS lines,
               (SELECT count(*) FROM idempotency_keys)::text AS keys,
               (SELECT count(*) FROM holds)::text AS holds`,
  );
  return row;
}

describeEachStore('ledger', (kind) => {
  let t: TestStore;
  let store: Store;
  beforeAll(async () => {
    t = await openTestStore(kind);
    store = t.store;
  });
  afterAll(async () => {
    expect(await verifyLedger(store.db)).toEqual([]);
    await t.close();
  });

  const transfer = (input: Parameters<typeof internalTransfer>[2], key?: string) =>
    runOperation(
      store.db,
      {
        scope: input.customerId,
        operation: 'internal_transfer',
        request: input,
        idempotencyKey: key,
      },
      (tx) => internalTransfer(tx, ctx, input),
    );

  it('moves money between two accounts of one customer in one balanced journal', async () => {
    const {
      customerId,
      accountIds: [from, to],
    } = await createCustomer(store.db, [
      { balanceCents: 100_000 },
      { type: 'savings', balanceCents: 5_000 },
    ]);
    const { result } = await transfer({
      customerId,
      fromAccountId: from!,
      toAccountId: to!,
      amountCents: 50_000,
    });
    expect(result.confirmationNumber).toMatch(/^TXN-\d{8}-[0-9A-HJKMNP-TV-Z]{6}$/);
    expect(result.fromAvailableCents).toBe(50_000);
    expect(result.toAvailableCents).toBe(55_000);
    expect((await balance(store, from!)).postedCents).toBe(50_000);
    expect((await balance(store, to!)).postedCents).toBe(55_000);

    const [row] = await store.db
      .select()
      .from(transfers)
      .where(eq(transfers.id, result.transferId));
    expect(row).toMatchObject({ rail: 'internal', status: 'completed', amountCents: 50_000 });
    const entries = await store.db
      .select()
      .from(ledgerEntries)
      .where(eq(ledgerEntries.journalId, row!.journalId!));
    expect(entries.map((e) => e.amountCents).sort((a, b) => a - b)).toEqual([-50_000, 50_000]);
    const lines = await store.db
      .select()
      .from(transactions)
      .where(eq(transactions.transferId, result.transferId));
    expect(lines.map((l) => [l.accountId, l.amountCents, l.kind]).sort()).toEqual(
      [
        [from, -50_000, 'transfer_out'],
        [to, 50_000, 'transfer_in'],
      ].sort(),
    );
  });

  it('refuses bad amounts, the same account, and accounts of another customer — writing nothing', async () => {
    const alice = await createCustomer(store.db, [{ balanceCents: 10_000 }, { type: 'savings' }]);
    const mallory = await createCustomer(store.db, [{ balanceCents: 10_000 }]);
    const before = await counts(store);
    const base = {
      customerId: alice.customerId,
      fromAccountId: alice.accountIds[0]!,
      toAccountId: alice.accountIds[1]!,
    };
    expect(await codeOf(transfer({ ...base, amountCents: 0 }))).toBe('INVALID_AMOUNT');
    expect(await codeOf(transfer({ ...base, amountCents: -5 }))).toBe('INVALID_AMOUNT');
    expect(await codeOf(transfer({ ...base, amountCents: 10.5 }))).toBe('INVALID_AMOUNT');
    expect(
      await codeOf(transfer({ ...base, toAccountId: base.fromAccountId, amountCents: 1 })),
    ).toBe('SAME_ACCOUNT');
    expect(await codeOf(transfer({ ...base, amountCents: 10_001 }))).toBe('INSUFFICIENT_FUNDS');
    // Someone else's account looks exactly like a missing one.
    expect(
      await codeOf(transfer({ ...base, toAccountId: mallory.accountIds[0]!, amountCents: 1 })),
    ).toBe('NOT_FOUND');
    expect(
      await codeOf(transfer({ ...base, fromAccountId: mallory.accountIds[0]!, amountCents: 1 })),
    ).toBe('NOT_FOUND');
    expect(
      await codeOf(
        transfer({ ...base, toAccountId: 'acct_doesnotexist000000000000', amountCents: 1 }),
      ),
    ).toBe('NOT_FOUND');
    expect(await counts(store)).toEqual(before);
    expect((await balance(store, mallory.accountIds[0]!)).postedCents).toBe(10_000);
  });

  it('lets an account go negative only within its overdraft line', async () => {
    const {
      customerId,
      accountIds: [from, to],
    } = await createCustomer(store.db, [
      { balanceCents: 1_000, creditLimitCents: 5_000 },
      { type: 'savings' },
    ]);
    await transfer({ customerId, fromAccountId: from!, toAccountId: to!, amountCents: 6_000 });
    expect((await balance(store, from!)).availableCents).toBe(-5_000);
    expect(
      await codeOf(
        transfer({ customerId, fromAccountId: from!, toAccountId: to!, amountCents: 1 }),
      ),
    ).toBe('INSUFFICIENT_FUNDS');
  });

  it('refuses debits from frozen and closed accounts', async () => {
    const frozen = await createCustomer(store.db, [
      { balanceCents: 1_000, status: 'frozen' },
      { type: 'savings' },
    ]);
    expect(
      await codeOf(
        transfer({
          customerId: frozen.customerId,
          fromAccountId: frozen.accountIds[0]!,
          toAccountId: frozen.accountIds[1]!,
          amountCents: 1,
        }),
      ),
    ).toBe('ACCOUNT_NOT_OPEN');
  });

  it('answers a retried request with the first result and posts once', async () => {
    const {
      customerId,
      accountIds: [from, to],
    } = await createCustomer(store.db, [{ balanceCents: 10_000 }, { type: 'savings' }]);
    const request = {
      customerId,
      fromAccountId: from!,
      toAccountId: to!,
      amountCents: 2_500,
      memo: 'rent share',
    };
    const first = await transfer(request, 'retry-key-0001');
    const again = await transfer(request, 'retry-key-0001');
    expect(first.replayed).toBe(false);
    expect(again.replayed).toBe(true);
    expect(again.result).toEqual(first.result);
    expect((await balance(store, from!)).postedCents).toBe(7_500);
    expect(
      await store.db.select().from(transfers).where(eq(transfers.customerId, customerId)),
    ).toHaveLength(1);

    // The same key for a different request is refused, not silently replayed.
    expect(await codeOf(transfer({ ...request, amountCents: 2_600 }, 'retry-key-0001'))).toBe(
      'IDEMPOTENCY_KEY_REUSED',
    );
    // Keys are per customer: another customer's identical key is theirs alone.
    const other = await createCustomer(store.db, [{ balanceCents: 10_000 }, { type: 'savings' }]);
    const theirs = await transfer(
      {
        customerId: other.customerId,
        fromAccountId: other.accountIds[0]!,
        toAccountId: other.accountIds[1]!,
        amountCents: 100,
      },
      'retry-key-0001',
    );
    expect(theirs.replayed).toBe(false);
    expect(await codeOf(transfer(request, 'bad key!'))).toBe('INVALID_INPUT');
  });

  it('stores a refusal under its key, so a retry gets the same refusal', async () => {
    const {
      customerId,
      accountIds: [from, to],
    } = await createCustomer(store.db, [{ balanceCents: 1_000 }, { type: 'savings' }]);
    const request = { customerId, fromAccountId: from!, toAccountId: to!, amountCents: 5_000 };
    expect(await codeOf(transfer(request, 'refused-key-01'))).toBe('INSUFFICIENT_FUNDS');
    await createCustomer(store.db, []); // unrelated write in between
    expect(await codeOf(transfer(request, 'refused-key-01'))).toBe('INSUFFICIENT_FUNDS');
    const [key] = await store.db
      .select()
      .from(idempotencyKeys)
      .where(eq(idempotencyKeys.key, 'refused-key-01'));
    expect(key?.response).toMatchObject({ ok: false, code: 'INSUFFICIENT_FUNDS' });
    expect((await balance(store, from!)).postedCents).toBe(1_000);
  });

  it('charges a fee to fee income and refuses one the account cannot pay', async () => {
    const {
      accountIds: [account],
    } = await createCustomer(store.db, [{ balanceCents: 5_000 }]);
    const feeIncome = await rows<{ total: string }>(
      store.db,
      sql`SELECT coalesce(sum(amount_cents), 0)::text AS total FROM ledger_entries WHERE account_id = ${internalAccountId('fee_income')}`,
    );
    await store.db.transaction((tx) =>
      chargeFee(tx, ctx, {
        accountId: account!,
        amountCents: 3_500,
        description: 'STOP PAYMENT FEE CHECK #1234',
      }),
    );
    expect((await balance(store, account!)).postedCents).toBe(1_500);
    const after = await rows<{ total: string }>(
      store.db,
      sql`SELECT coalesce(sum(amount_cents), 0)::text AS total FROM ledger_entries WHERE account_id = ${internalAccountId('fee_income')}`,
    );
    expect(Number(after[0]!.total) - Number(feeIncome[0]!.total)).toBe(3_500);
    expect(
      await codeOf(
        store.db.transaction((tx) =>
          chargeFee(tx, ctx, { accountId: account!, amountCents: 3_500, description: 'FEE' }),
        ),
      ),
    ).toBe('INSUFFICIENT_FUNDS');
  });

  it('posts a provisional credit and reverses it exactly once', async () => {
    const {
      accountIds: [account],
    } = await createCustomer(store.db, [{ balanceCents: 2_000 }]);
    const credit = await store.db.transaction((tx) =>
      postProvisionalCredit(tx, ctx, {
        accountId: account!,
        amountCents: 110_424,
        disputeId: 'dp_test',
        caseNumber: 'DSP-TEST',
      }),
    );
    expect((await balance(store, account!)).postedCents).toBe(112_424);
    const undo = () =>
      store.db.transaction((tx) =>
        reverseProvisionalCredit(tx, ctx, {
          journalId: credit.journalId,
          disputeId: 'dp_test',
          caseNumber: 'DSP-TEST',
        }),
      );
    const reversal = await undo();
    expect(reversal.transactionIds).toHaveLength(1);
    expect((await balance(store, account!)).postedCents).toBe(2_000);
    expect(await codeOf(undo())).toBe('ALREADY_REVERSED');
    const [journal] = await store.db
      .select()
      .from(journals)
      .where(eq(journals.id, reversal.journalId));
    expect(journal).toMatchObject({
      kind: 'provisional_credit_reversal',
      reversesJournalId: credit.journalId,
    });
  });

  it('holds a card authorisation against available, then posts it on capture', async () => {
    const {
      accountIds: [account],
      cardId,
    } = await createCustomer(store.db, [{ balanceCents: 10_000 }], { withCard: true });
    const auth = await store.db.transaction((tx) =>
      authorizeCardCharge(tx, ctx, {
        cardId: cardId!,
        amountCents: 4_000,
        descriptor: 'SHELL OIL 57444',
      }),
    );
    expect(await balance(store, account!)).toMatchObject({
      postedCents: 10_000,
      pendingCents: 4_000,
      availableCents: 6_000,
    });
    expect(
      await codeOf(
        store.db.transaction((tx) =>
          authorizeCardCharge(tx, ctx, { cardId: cardId!, amountCents: 6_001, descriptor: 'X' }),
        ),
      ),
    ).toBe('INSUFFICIENT_FUNDS');

    // Fuel: authorised for $40, settled for $37.12.
    await store.db.transaction((tx) =>
      captureCardCharge(tx, ctx, { transactionId: auth.transactionId, amountCents: 3_712 }),
    );
    expect(await balance(store, account!)).toMatchObject({
      postedCents: 6_288,
      pendingCents: 0,
      availableCents: 6_288,
    });
    const [line] = await store.db
      .select()
      .from(transactions)
      .where(eq(transactions.id, auth.transactionId));
    expect(line).toMatchObject({ status: 'posted', amountCents: -3_712 });
    const [hold] = await store.db.select().from(holds).where(eq(holds.id, auth.holdId));
    expect(hold?.status).toBe('captured');
    expect(
      await codeOf(
        store.db.transaction((tx) =>
          captureCardCharge(tx, ctx, { transactionId: auth.transactionId }),
        ),
      ),
    ).toBe('HOLD_NOT_ACTIVE');
  });

  it('releases a voided authorisation and refuses charges on a card that is not active', async () => {
    const {
      accountIds: [account],
      cardId,
    } = await createCustomer(store.db, [{ balanceCents: 10_000 }], { withCard: true });
    const auth = await store.db.transaction((tx) =>
      authorizeCardCharge(tx, ctx, {
        cardId: cardId!,
        amountCents: 5_500,
        descriptor: 'HILTON GARDEN INN',
      }),
    );
    await store.db.transaction((tx) =>
      voidCardAuthorization(tx, ctx, { transactionId: auth.transactionId }),
    );
    expect(await balance(store, account!)).toMatchObject({ postedCents: 10_000, pendingCents: 0 });
    await store.db.update(cards).set({ status: 'frozen' }).where(eq(cards.id, cardId!));
    expect(
      await codeOf(
        store.db.transaction((tx) =>
          authorizeCardCharge(tx, ctx, { cardId: cardId!, amountCents: 100, descriptor: 'X' }),
        ),
      ),
    ).toBe('CARD_NOT_ACTIVE');
  });

  it('pays a bill and sends an external transfer with its fee as separate journals', async () => {
    const {
      customerId,
      accountIds: [account],
    } = await createCustomer(store.db, [{ balanceCents: 100_000 }]);
    await store.db.transaction((tx) =>
      postBillPayment(tx, ctx, {
        billPaymentId: 'bp_test',
        fromAccountId: account!,
        payeeName: 'Xcel Energy',
        amountCents: 14_218,
      }),
    );
    const wire = await store.db.transaction((tx) =>
      sendExternalTransfer(tx, ctx, {
        customerId,
        rail: 'wire',
        fromAccountId: account!,
        amountCents: 50_000,
        feeCents: 2_500,
        counterpartyName: 'Summit Title',
        status: 'processing',
      }),
    );
    expect(wire.confirmationNumber).toMatch(/^WIR-/);
    expect((await balance(store, account!)).postedCents).toBe(100_000 - 14_218 - 50_000 - 2_500);
    const [row] = await store.db.select().from(transfers).where(eq(transfers.id, wire.transferId));
    expect(row?.feeJournalId).toBeTruthy();
    expect(row?.feeJournalId).not.toBe(row?.journalId);
  });

  it('reverses any posted movement once, with a statement line per customer account', async () => {
    const {
      accountIds: [account],
    } = await createCustomer(store.db, [{ balanceCents: 9_000 }]);
    const fee = await store.db.transaction((tx) =>
      chargeFee(tx, ctx, {
        accountId: account!,
        amountCents: 1_500,
        description: 'MONTHLY SERVICE FEE',
      }),
    );
    const refund = await store.db.transaction((tx) =>
      reverseMovement(tx, ctx, {
        journalId: fee.journalId,
        description: 'MONTHLY SERVICE FEE REFUND',
      }),
    );
    expect(refund.transactionIds).toHaveLength(1);
    expect((await balance(store, account!)).postedCents).toBe(9_000);
    expect(
      await codeOf(
        store.db.transaction((tx) =>
          reverseMovement(tx, ctx, { journalId: fee.journalId, description: 'AGAIN' }),
        ),
      ),
    ).toBe('ALREADY_REVERSED');
  });

  it('has the database refuse edits and deletes of the ledger, unbalanced journals and overdrawn balances', async () => {
    const {
      accountIds: [account],
    } = await createCustomer(store.db, [{ balanceCents: 1_000 }]);
    const [entry] = await store.db
      .select()
      .from(ledgerEntries)
      .where(eq(ledgerEntries.accountId, account!));
    await expect(
      store.db.execute(
        sql`UPDATE ledger_entries SET amount_cents = 999999 WHERE id = ${entry!.id}`,
      ),
    ).rejects.toThrow();
    await expect(
      store.db.execute(sql`DELETE FROM ledger_entries WHERE id = ${entry!.id}`),
    ).rejects.toThrow();
    await expect(
      store.db.execute(sql`DELETE FROM journals WHERE id = ${entry!.journalId}`),
    ).rejects.toThrow();
    await expect(
      store.db.transaction(async (tx) => {
        await tx.insert(journals).values({
          id: 'jr_unbalanced',
          kind: 'deposit',
          description: 'x',
          effectiveAt: new Date(),
        });
        await tx.insert(ledgerEntries).values([
          { journalId: 'jr_unbalanced', accountId: account!, amountCents: 500 },
          {
            journalId: 'jr_unbalanced',
            accountId: internalAccountId('funding'),
            amountCents: -400,
          },
        ]);
      }),
    ).rejects.toThrow();
    await expect(
      store.db.update(accounts).set({ postedBalanceCents: -1 }).where(eq(accounts.id, account!)),
    ).rejects.toThrow();
    expect((await balance(store, account!)).postedCents).toBe(1_000);
  });

  it('leaves no trace of a transfer that fails half-way, after its first posting', async () => {
    const {
      customerId,
      accountIds: [from, to],
    } = await createCustomer(store.db, [
      { balanceCents: 10_000 },
      { type: 'savings', balanceCents: 100 },
    ]);
    // A real database failure, not a mock: a trigger makes the credit side's balance update fail
    // after the debit side has already been written inside the transaction.
    await store.db.execute(
      sql.raw(`
      CREATE FUNCTION test_fail_credit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'simulated crash after the first posting'; END; $$`),
    );
    await store.db.execute(
      sql.raw(`
      CREATE TRIGGER test_fail_credit BEFORE UPDATE ON accounts FOR EACH ROW
      WHEN (NEW.id = '${to}' AND NEW.posted_balance_cents > OLD.posted_balance_cents)
      EXECUTE FUNCTION test_fail_credit()`),
    );
    const before = await counts(store);
    try {
      const failure = await transfer(
        { customerId, fromAccountId: from!, toAccountId: to!, amountCents: 4_000 },
        'half-way-key-1',
      ).then(
        () => null,
        (error: unknown) => error,
      );
      expect(causes(failure).join(' | ')).toContain('simulated crash after the first posting');
    } finally {
      await store.db.execute(sql.raw('DROP TRIGGER test_fail_credit ON accounts'));
      await store.db.execute(sql.raw('DROP FUNCTION test_fail_credit()'));
    }
    expect(await counts(store)).toEqual(before);
    expect((await balance(store, from!)).postedCents).toBe(10_000);
    expect((await balance(store, to!)).postedCents).toBe(100);
    // Nothing was remembered under the key either: the retry runs, and succeeds once.
    const retry = await transfer(
      { customerId, fromAccountId: from!, toAccountId: to!, amountCents: 4_000 },
      'half-way-key-1',
    );
    expect(retry.replayed).toBe(false);
    expect((await balance(store, to!)).postedCents).toBe(4_100);
  });
});
