import type { Store } from '../apps/server/src/db/index.js';
import { internalTransfer, runOperation } from '../apps/server/src/ledger/index.js';
import { createCustomer, ctx } from '../test/support/bank-fixture.js';
import { percentile, report, round, withPglite, withPostgres } from './support.js';
import type { BenchRow } from './support.js';

/**
 * Idempotent internal transfers among 6 accounts, `concurrency` at a time: the ledger's hot path
 * (idempotency insert, row locks, journal, entries, statement lines, commit).
 */
async function run(
  store: Store,
  label: string,
  total: number,
  concurrency: number,
): Promise<BenchRow> {
  const { customerId, accountIds } = await createCustomer(
    store.db,
    Array.from({ length: 6 }, (_, i) => ({
      type: i % 2 ? ('savings' as const) : ('checking' as const),
      balanceCents: 10_000_000,
    })),
  );
  const slug = label.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const i = next++;
        // An offset of 1 to 5 never lands on the same account.
        const from = accountIds[i % 6]!;
        const to = accountIds[(i + 1 + (i % 5)) % 6]!;
        const request = {
          customerId,
          fromAccountId: from,
          toAccountId: to,
          amountCents: 100 + (i % 900),
        };
        const t0 = performance.now();
        await runOperation(
          store.db,
          {
            scope: customerId,
            operation: 'internal_transfer',
            request,
            idempotencyKey: `bench-${slug}-${i}`,
          },
          (tx) => internalTransfer(tx, ctx, request),
        );
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    name: label,
    transfers: total,
    concurrency,
    'transfers/s': round(total / seconds, 0),
    'p50 ms': round(percentile(latencies, 50), 2),
    'p99 ms': round(percentile(latencies, 99), 2),
  };
}

export async function benchLedger(total = 2_000): Promise<void> {
  process.stderr.write('ledger: PGlite…\n');
  const rows = [await withPglite((store) => run(store, 'PGlite (in memory)', total, 16))];
  const server = await withPostgres('ledger', async (store) => {
    const found: BenchRow[] = [];
    for (const concurrency of [1, 16, 32]) {
      process.stderr.write(`ledger: PostgreSQL, ${concurrency} at a time…\n`);
      found.push(await run(store, `PostgreSQL, ${concurrency} concurrent`, total, concurrency));
    }
    return found;
  });
  report(
    'Ledger transfers',
    [...rows, ...(server ?? [])],
    'DATABASE_URL=postgres://… npm run bench -- ledger',
  );
}
