import { eq, sql } from 'drizzle-orm';
import { accounts, cards, customers, rows } from '../db/index.js';
import type { Db, Tx } from '../db/index.js';
import { formatUsd } from '../domain/index.js';
import { ensureInternalAccounts, getBalances, postDeposit } from '../ledger/index.js';
import type { LedgerContext } from '../ledger/index.js';
import { defaultKdfParams, hashSecretAnswer } from '../security/index.js';
import type { KdfParams } from '../security/index.js';
import { alexRivera, planAlexRivera } from './anchor-alex.js';
import { planCardLostCustomer, planMarcusChen, planPriyaShah } from './anchor-others.js';
import { planGeneratedCustomers } from './generated-customers.js';
import type { CustomerPlan, SeedEvent } from './plan.js';
import { createBankClock, createSeedRandom, demoSeed } from './seed-random.js';

export interface SeedOptions {
  /** "Today" for the demo bank: every date is relative to it. */
  now?: Date;
  timeZone: string;
  /** Pepper for hashing the demo customers' security answers. */
  pepper: Buffer;
  kdfParams?: KdfParams;
  seed?: number;
  progress?: (message: string) => void;
}

export interface SeedSummary {
  customers: number;
  accounts: number;
  cards: number;
  transactions: number;
  disputes: number;
  transfers: number;
  payees: number;
  anchor: { customerNumber: string; checkingAvailableCents: number; checkingPendingCents: number };
}

/**
 * Writes "First National Bank": the anchor customers the seed dialogues talk to, plus generated
 * ones, with every cent of history posted through the real ledger in one transaction. The same
 * seed and the same day give the same bank (salts of the answer hashes aside).
 */
export async function seedDemoBank(db: Db, options: SeedOptions): Promise<SeedSummary> {
  const progress = options.progress ?? (() => {});
  const random = createSeedRandom(options.seed ?? demoSeed);
  const clock = createBankClock(options.now ?? new Date(), options.timeZone);
  const plans: CustomerPlan[] = [
    planAlexRivera(random, clock),
    planPriyaShah(random, clock),
    planMarcusChen(random, clock),
    planCardLostCustomer(random, clock),
    ...planGeneratedCustomers(random, clock),
  ];

  progress(`hashing ${plans.length} security answers…`);
  const answerHashes = await Promise.all(
    plans.map((p) =>
      hashSecretAnswer(
        p.customer.securityAnswer,
        options.pepper,
        options.kdfParams ?? defaultKdfParams,
      ),
    ),
  );

  const ctxAt = (at: Date): LedgerContext => ({
    ids: random.ids,
    now: () => at,
    timeZone: options.timeZone,
    readableCode: random.readableCode,
  });
  const idByKey = new Map<string, string>();
  const refs = new Map<string, string>();

  await db.transaction(async (tx) => {
    progress(`writing ${plans.length} customers, their accounts and cards…`);
    await ensureInternalAccounts(tx, clock.at(3_650));
    await tx.insert(customers).values(
      plans.map(({ customer: { securityAnswer: _answer, ...row } }, i) => ({
        ...row,
        securityAnswerHash: answerHashes[i]!,
      })),
    );
    const events: SeedEvent[] = [];
    for (const plan of plans) {
      await tx.insert(accounts).values(plan.accounts.map((a) => a.row));
      await tx.insert(cards).values(plan.cards.map((c) => c.row));
      for (const a of plan.accounts) idByKey.set(`${plan.customer.id}/${a.key}`, a.row.id);
      for (const c of plan.cards) idByKey.set(`${plan.customer.id}/${c.key}`, c.row.id);
      events.push(...withOpeningBalances(plan, clock.at(60, 8, 0)).map((e) => scoped(plan, e)));
    }
    events.sort((a, b) => a.at.getTime() - b.at.getTime());
    progress(`posting ${events.length} historical events through the ledger…`);
    for (const event of events) {
      await event.run({
        tx,
        ctx: ctxAt(event.at),
        id: (key) => {
          const id = idByKey.get(key);
          if (!id) throw new Error(`seed: unknown key ${key}`);
          return id;
        },
        setRef: (name, id) => refs.set(name, id),
        ref: (name) => {
          const id = refs.get(name);
          if (!id) throw new Error(`seed: unknown ref ${name}`);
          return id;
        },
      });
    }
    await assertTargets(tx, plans);
  });

  return summarize(db, plans[0]!);
}

/** Keys and refs are per customer; scope them so two customers' "checking" never meet. */
function scoped(plan: CustomerPlan, event: SeedEvent): SeedEvent {
  const prefix = `${plan.customer.id}/`;
  return {
    at: event.at,
    deltas: event.deltas,
    run: (scope) =>
      event.run({
        ...scope,
        id: (key) => scope.id(prefix + key),
        setRef: (name, id) => scope.setRef(prefix + name, id),
        ref: (name) => scope.ref(prefix + name),
      }),
  };
}

/**
 * An account with a target balance gets a "balance forward" deposit sized so that its whole
 * history ends exactly on the target.
 */
function withOpeningBalances(plan: CustomerPlan, at: Date): SeedEvent[] {
  const opening: SeedEvent[] = [];
  for (const account of plan.accounts) {
    if (account.targetPostedCents === undefined) continue;
    const change = plan.events.reduce((sum, e) => sum + (e.deltas[account.key] ?? 0), 0);
    const amountCents = account.targetPostedCents - change;
    if (amountCents <= 0) {
      throw new Error(
        `seed: ${plan.customer.customerNumber} ${account.key} history overshoots its target`,
      );
    }
    opening.push({
      at,
      deltas: { [account.key]: amountCents },
      run: ({ tx, ctx, id }) =>
        postDeposit(tx, ctx, {
          accountId: id(account.key),
          amountCents,
          kind: 'deposit',
          description: 'BALANCE FORWARD',
          at,
        }).then(() => undefined),
    });
  }
  return [...opening, ...plan.events];
}

async function assertTargets(tx: Tx, plans: CustomerPlan[]): Promise<void> {
  for (const plan of plans) {
    for (const account of plan.accounts) {
      if (account.targetPostedCents === undefined) continue;
      const [row] = await tx
        .select({ posted: accounts.postedBalanceCents })
        .from(accounts)
        .where(eq(accounts.id, account.row.id));
      if (row?.posted !== account.targetPostedCents) {
        throw new Error(
          `seed: ${plan.customer.customerNumber} ${account.key} ended at ${row?.posted}, not ${account.targetPostedCents}`,
        );
      }
    }
  }
}

async function summarize(db: Db, anchor: CustomerPlan): Promise<SeedSummary> {
  const [counts] = await rows<Record<string, string>>(
    db,
    sql`SELECT (SELECT count(*) FROM customers)::text AS customers,
               (SELECT count(*) FROM accounts WHERE type <> 'internal')::text AS accounts,
               (SELECT count(*) FROM cards)::text AS cards,
               (SELECT count(*) FROM transactions)::text AS transactions,
               (SELECT count(*) FROM disputes)::text AS disputes,
               (SELECT count(*) FROM transfers)::text AS transfers,
               (SELECT count(*) FROM payees)::text AS payees`,
  );
  const n = (key: string) => Number(counts?.[key] ?? 0);
  const checkingId = anchor.accounts.find((a) => a.key === 'checking')!.row.id;
  const balance = (await getBalances(db, [checkingId])).get(checkingId)!;
  return {
    customers: n('customers'),
    accounts: n('accounts'),
    cards: n('cards'),
    transactions: n('transactions'),
    disputes: n('disputes'),
    transfers: n('transfers'),
    payees: n('payees'),
    anchor: {
      customerNumber: alexRivera.customerNumber,
      checkingAvailableCents: balance.availableCents,
      checkingPendingCents: balance.pendingCents,
    },
  };
}

export function describeSeed(summary: SeedSummary): string {
  return (
    `demo bank ready: ${summary.customers} customers, ${summary.accounts} accounts, ` +
    `${summary.cards} cards, ${summary.transactions} transactions; ${summary.anchor.customerNumber} checking ` +
    `available ${formatUsd(summary.anchor.checkingAvailableCents)}, pending ${formatUsd(summary.anchor.checkingPendingCents)}`
  );
}
