import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  accounts,
  cards,
  checks,
  customers,
  disputes,
  payees,
  rows,
  transactions,
  transfers,
} from '../apps/server/src/db/index.js';
import type { Store } from '../apps/server/src/db/index.js';
import {
  alexRivera,
  cardLostCustomer,
  marcusChen,
  priyaShah,
  resetDatabase,
  seedDemoBank,
} from '../apps/server/src/demo-bank/index.js';
import type { SeedSummary } from '../apps/server/src/demo-bank/index.js';
import { getBalances, verifyLedger } from '../apps/server/src/ledger/index.js';
import { verifySecretAnswer } from '../apps/server/src/security/index.js';
import { fastKdf, testPepper, testTimeZone } from './support/fixtures.js';
import { describeEachStore, openTestStore } from './support/stores.js';
import type { TestStore } from './support/stores.js';

// A fixed "today" in the middle of the afternoon, so "yesterday" and "12 days ago" are unambiguous.
const now = new Date('2026-11-21T20:00:00Z');

function bankDate(at: Date | null | undefined): string {
  if (!at) return 'none';
  return new Intl.DateTimeFormat('en-CA', { timeZone: testTimeZone }).format(at);
}
function daysAgo(days: number): string {
  return bankDate(new Date(now.getTime() - days * 86_400_000));
}

async function customer(store: Store, number: string) {
  const [row] = await store.db.select().from(customers).where(eq(customers.customerNumber, number));
  if (!row) throw new Error(`no ${number}`);
  const owned = await store.db.select().from(accounts).where(eq(accounts.customerId, row.id));
  const ownedCards = await store.db.select().from(cards).where(eq(cards.customerId, row.id));
  return { row, accounts: owned, cards: ownedCards };
}

async function dumpAllTables(store: Store): Promise<Record<string, unknown[]>> {
  const tables = await rows<{ name: string }>(
    store.db,
    sql`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`,
  );
  const dump: Record<string, unknown[]> = {};
  for (const { name } of tables) {
    const filter = name === 'accounts' ? sql.raw(` WHERE type <> 'internal'`) : sql.raw('');
    const found = await rows<Record<string, unknown>>(
      store.db,
      sql`SELECT * FROM ${sql.identifier(name)}${filter}`,
    );
    dump[name] = found
      // Each answer hash has a fresh random salt by design; everything else must repeat exactly.
      .map(({ security_answer_hash: _salted, ...rest }) => JSON.stringify(rest))
      .sort();
  }
  return dump;
}

describeEachStore('demo bank', (kind) => {
  let t: TestStore;
  let store: Store;
  let summary: SeedSummary;
  beforeAll(async () => {
    t = await openTestStore(kind);
    store = t.store;
    summary = await seedDemoBank(store.db, {
      now,
      timeZone: testTimeZone,
      pepper: testPepper,
      kdfParams: fastKdf,
    });
  });
  afterAll(() => t.close());

  it('has the size ARCHITECTURE.md asks for', async () => {
    expect(summary).toMatchObject({ customers: 10, accounts: 20, cards: 20 });
    expect(summary.transactions).toBeGreaterThanOrEqual(50);
    expect(summary.disputes).toBeGreaterThanOrEqual(2);
    expect(summary.transfers).toBeGreaterThanOrEqual(4);
    expect(summary.payees).toBeGreaterThanOrEqual(3);
  });

  it("gives Alex Rivera the seed dialogues' exact balances", async () => {
    const alex = await customer(store, alexRivera.customerNumber);
    expect(alex.row).toMatchObject({
      firstName: 'Alex',
      lastName: 'Rivera',
      phone: '+15552345678',
      dateOfBirth: '1985-03-14',
      postalCode: '80202',
      jurisdiction: 'US-CO',
      securityQuestion: "What is your mother's maiden name?",
    });
    expect(await verifySecretAnswer('johnson', alex.row.securityAnswerHash, testPepper)).toBe(true);
    const checking = alex.accounts.find((a) => a.numberLast4 === '4521')!;
    const savings = alex.accounts.find((a) => a.numberLast4 === '7789')!;
    expect(checking.type).toBe('checking');
    expect(savings.type).toBe('savings');
    const balances = await getBalances(store.db, [checking.id, savings.id]);
    expect(balances.get(checking.id)).toMatchObject({
      availableCents: 564_732,
      pendingCents: 20_000,
    });
    expect(balances.get(savings.id)).toMatchObject({
      availableCents: 1_240_000,
      pendingCents: 0,
      postedCents: 1_240_000,
    });
    expect(summary.anchor).toEqual({
      customerNumber: 'CUST-10001',
      checkingAvailableCents: 564_732,
      checkingPendingCents: 20_000,
    });
    expect(alex.cards).toHaveLength(1);
    expect(alex.cards[0]).toMatchObject({
      last4: '4532',
      kind: 'debit',
      brand: 'visa',
      status: 'active',
      accountId: checking.id,
    });
  });

  it("puts Alex's charges, check, transfers, payee and dispute where the dialogues expect them", async () => {
    const alex = await customer(store, alexRivera.customerNumber);
    const checking = alex.accounts.find((a) => a.numberLast4 === '4521')!;
    const lines = await store.db
      .select()
      .from(transactions)
      .where(eq(transactions.accountId, checking.id));
    const find = (prefix: string) => lines.filter((l) => l.description.startsWith(prefix));
    const posted = (prefix: string) => find(prefix).filter((l) => l.status === 'posted');

    expect(
      posted('ELECTRONICS STORE').map((l) => [l.amountCents, bankDate(l.authorizedAt)]),
    ).toEqual([[-25_000, daysAgo(1)]]);
    expect(posted('AMZN MKTP US').map((l) => [l.amountCents, bankDate(l.authorizedAt)])).toEqual([
      [-24_789, daysAgo(6)],
    ]);
    expect(posted('XYZ RESTAURANT').map((l) => [l.amountCents, bankDate(l.authorizedAt)])).toEqual([
      [-7_500, daysAgo(3)],
    ]);
    expect(posted('SQ *BLUE BOTTLE COFFEE').length).toBeGreaterThan(0);
    expect(posted('TST* SHAKE SHACK').length).toBeGreaterThan(0);
    const pending = lines.filter((l) => l.status === 'pending');
    expect(pending.reduce((sum, l) => sum - l.amountCents, 0)).toBe(20_000);

    const [check] = await store.db
      .select()
      .from(checks)
      .where(and(eq(checks.accountId, checking.id), eq(checks.checkNumber, 1234)));
    expect(check).toMatchObject({
      amountCents: 15_000,
      payeeName: 'ABC Company',
      status: 'issued',
      clearedAt: null,
    });

    const moved = await store.db
      .select()
      .from(transfers)
      .where(eq(transfers.customerId, alex.row.id));
    expect(moved.find((m) => m.rail === 'zelle')).toMatchObject({
      amountCents: 12_000,
      counterpartyName: 'Sam Lee',
      status: 'completed',
    });
    expect(moved.find((m) => m.rail === 'ach')).toMatchObject({
      amountCents: 50_000,
      counterpartyName: 'Vanguard',
      status: 'pending',
    });

    const [payee] = await store.db.select().from(payees).where(eq(payees.customerId, alex.row.id));
    expect(payee?.name).toBe('Xcel Energy');

    const [open] = await store.db
      .select()
      .from(disputes)
      .where(eq(disputes.customerId, alex.row.id));
    expect(open).toMatchObject({
      amountCents: 110_424,
      status: 'under_review',
      regulation: 'reg_e',
      provisionalCreditStatus: 'credited',
      provisionalCreditCents: 110_424,
    });
    expect(open!.id).toMatch(/^dp_[a-zA-Z0-9]{24}$/);
    expect(open!.transactionId).toMatch(/^ch_[a-zA-Z0-9]{24}$/);
    expect(bankDate(open!.createdAt)).toBe(daysAgo(12));
    expect(open!.provisionalCreditJournalId).toBeTruthy();
  });

  it('gives Priya a Regulation Z card in California, Marcus a 12-day-old account, CUST-10004 a lost card in replacement', async () => {
    const priya = await customer(store, priyaShah.customerNumber);
    expect(priya.row).toMatchObject({ phone: '+15558765432', jurisdiction: 'US-CA' });
    expect(priya.accounts.map((a) => [a.type, a.numberLast4]).sort()).toEqual([
      ['checking', '1190'],
      ['credit_card', '8810'],
    ]);
    expect(priya.cards.find((c) => c.last4 === '8810')).toMatchObject({
      kind: 'credit',
      status: 'active',
    });
    const [priyaDispute] = await store.db
      .select()
      .from(disputes)
      .where(eq(disputes.customerId, priya.row.id));
    expect(priyaDispute).toMatchObject({
      regulation: 'reg_z',
      provisionalCreditStatus: 'not_eligible',
    });

    const marcus = await customer(store, marcusChen.customerNumber);
    expect(marcus.row.phone).toBe('+15553001200');
    expect(marcus.accounts).toHaveLength(1);
    expect(bankDate(marcus.accounts[0]!.openedAt)).toBe(daysAgo(12));
    expect(bankDate(marcus.accounts[0]!.firstDepositAt)).toBe(daysAgo(12));

    const dana = await customer(store, cardLostCustomer.customerNumber);
    const lost = dana.cards.find((c) => c.status === 'lost')!;
    const replacement = dana.cards.find((c) => c.replacesCardId === lost.id)!;
    expect(replacement).toMatchObject({
      status: 'pending_activation',
      shippingStatus: 'in_transit',
    });
    expect(replacement.expectedDeliveryOn! > bankDate(now)).toBe(true);
  });

  it('posted every cent through a ledger that balances', async () => {
    expect(await verifyLedger(store.db)).toEqual([]);
  });

  it('is the same bank every time for the same day (reset and reseed)', async () => {
    const first = await dumpAllTables(store);
    await resetDatabase(store);
    expect((await store.db.select().from(customers)).length).toBe(0);
    await seedDemoBank(store.db, {
      now,
      timeZone: testTimeZone,
      pepper: testPepper,
      kdfParams: fastKdf,
    });
    const second = await dumpAllTables(store);
    expect(Object.keys(second)).toEqual(Object.keys(first));
    for (const table of Object.keys(first))
      expect({ table, rows: second[table] }).toEqual({ table, rows: first[table] });
  });
});
