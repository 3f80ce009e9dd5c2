import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { idempotencyKeys, ledgerEntries, rows, transfers } from '../apps/server/src/db/index.js';
import type { Store } from '../apps/server/src/db/index.js';
import { isAppError } from '../apps/server/src/errors/index.js';
import {
  getBalances,
  internalTransfer,
  runOperation,
  verifyLedger,
} from '../apps/server/src/ledger/index.js';
import type { InternalTransferResult } from '../apps/server/src/ledger/index.js';
import { createCustomer, ctx } from './support/bank-fixture.js';
import { describeEachStore, openTestStore } from './support/stores.js';
import type { TestStore } from './support/stores.js';

/** A small deterministic generator, so a failing run can be replayed exactly. */
function lcg(seed: number) {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1_664_525) + 1_013_904_223) >>> 0;
    return x / 2 ** 32;
  };
}

async function deadlocks(store: Store): Promise<number> {
  // Backends publish their statistics within a second of going idle.
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  const [row] = await rows<{ n: string }>(
    store.db,
    sql`SELECT pg_stat_clear_snapshot(), (SELECT deadlocks FROM pg_stat_database WHERE datname = current_database())::text AS n`,
  );
  return Number(row?.n ?? 0);
}

type Outcome =
  { ok: true; result: InternalTransferResult; replayed: boolean } | { ok: false; code: string };

describeEachStore('500 concurrent transfers between 6 accounts, 10% retried', (kind) => {
  let t: TestStore;
  let store: Store;
  beforeAll(async () => {
    t = await openTestStore(kind);
    store = t.store;
  });
  afterAll(() => t.close());

  it('keep the total, never overdraw, and never post twice', async () => {
    const opening = 100_000;
    const { customerId, accountIds } = await createCustomer(
      store.db,
      Array.from({ length: 6 }, (_, i) => ({
        type: i % 2 ? ('savings' as const) : ('checking' as const),
        balanceCents: opening,
      })),
    );
    const random = lcg(20_261_121);
    const pick = () => accountIds[Math.floor(random() * accountIds.length)]!;

    const planned = Array.from({ length: 500 }, (_, i) => {
      const from = pick();
      let to = pick();
      while (to === from) to = pick();
      return {
        key: `concurrency-${kind}-${i}`,
        request: {
          customerId,
          fromAccountId: from,
          toAccountId: to,
          amountCents: 1 + Math.floor(random() * 60_000),
        },
        retried: random() < 0.1,
      };
    });

    const attempt = (p: (typeof planned)[number]): Promise<Outcome> =>
      runOperation(
        store.db,
        {
          scope: customerId,
          operation: 'internal_transfer',
          request: p.request,
          idempotencyKey: p.key,
        },
        (tx) => internalTransfer(tx, ctx, p.request),
      ).then(
        ({ result, replayed }) => ({ ok: true as const, result, replayed }),
        (error: unknown) => {
          if (isAppError(error)) return { ok: false as const, code: error.code };
          throw error;
        },
      );

    const deadlocksBefore = await deadlocks(store);
    // Every transfer and every retry is in flight at once; retries race their originals.
    const calls = planned.flatMap((p) => (p.retried ? [attempt(p), attempt(p)] : [attempt(p)]));
    const outcomes = await Promise.all(calls);

    let cursor = 0;
    const byKey = planned.map((p) => {
      const first = outcomes[cursor++]!;
      const second = p.retried ? outcomes[cursor++]! : undefined;
      return { p, first, second };
    });
    const retriedCount = byKey.filter((b) => b.second).length;
    expect(retriedCount).toBeGreaterThan(25);

    for (const { first, second } of byKey) {
      if (!second) continue;
      // Both calls agree on the outcome; exactly one of two successes ran, the other replayed.
      if (first.ok && second.ok) {
        expect(second.result).toEqual(first.result);
        expect([first.replayed, second.replayed].sort()).toEqual([false, true]);
      } else {
        expect(first.ok).toBe(false);
        expect(second).toEqual(first);
      }
    }
    for (const { first } of byKey) {
      if (!first.ok) expect(first.code).toBe('INSUFFICIENT_FUNDS');
    }

    const succeeded = byKey.filter((b) => b.first.ok);
    expect(succeeded.length).toBeGreaterThan(100);

    const balances = await getBalances(store.db, accountIds);
    const total = [...balances.values()].reduce((sum, b) => sum + b.postedCents, 0);
    expect(total).toBe(opening * 6);
    for (const b of balances.values()) expect(b.availableCents).toBeGreaterThanOrEqual(0);

    // One transfer row, one journal and two entries per successful key — no duplicates.
    const rowsForCustomer = await store.db
      .select()
      .from(transfers)
      .where(eq(transfers.customerId, customerId));
    expect(rowsForCustomer).toHaveLength(succeeded.length);
    expect(new Set(rowsForCustomer.map((r) => r.id))).toEqual(
      new Set(succeeded.map((b) => (b.first.ok ? b.first.result.transferId : ''))),
    );
    const entryCounts = await rows<{ n: string }>(
      store.db,
      sql`SELECT count(*)::text AS n FROM ledger_entries e JOIN transfers t ON t.journal_id = e.journal_id
          WHERE t.customer_id = ${customerId} GROUP BY e.journal_id`,
    );
    expect(entryCounts).toHaveLength(succeeded.length);
    expect(entryCounts.every((r) => Number(r.n) === 2)).toBe(true);
    const keys = await store.db
      .select()
      .from(idempotencyKeys)
      .where(
        inArray(
          idempotencyKeys.key,
          planned.map((p) => p.key),
        ),
      );
    expect(keys).toHaveLength(500);
    expect(keys.every((k) => k.response !== null)).toBe(true);

    // Lock order is designed so transfers queue rather than deadlock; PostgreSQL counts any it broke.
    if (kind === 'postgres') expect(await deadlocks(store)).toBe(deadlocksBefore);

    // And the ledger as a whole still adds up.
    expect(await verifyLedger(store.db)).toEqual([]);
    const moved = await store.db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(ledgerEntries);
    expect(moved[0]!.n).toBeGreaterThanOrEqual(succeeded.length * 2);
  });
});
