import type { Store } from '../apps/server/src/db/index.js';
import { internalTransfer, runOperation } from '../apps/server/src/ledger/index.js';
import { bankIds } from '../test/support/bank-ids.js';
import { ctx } from '../test/support/bank-fixture.js';
import { alex } from '../test/support/seeded-bank.js';
import { toolHarness } from '../test/support/tool-harness.js';
import { percentile, report, round, withPglite, withPostgres } from './support.js';
import type { BenchRow } from './support.js';

function row(name: string, latencies: number[], seconds: number): BenchRow {
  latencies.sort((a, b) => a - b);
  return {
    name,
    calls: latencies.length,
    'calls/s': round(latencies.length / seconds, 0),
    'p50 ms': round(percentile(latencies, 50), 2),
    'p99 ms': round(percentile(latencies, 99), 2),
  };
}

async function timed(
  total: number,
  inFlight: number,
  call: (i: number, lane: number) => Promise<unknown>,
) {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async (_, lane) => {
      while (next < total) {
        const i = next++;
        const t0 = performance.now();
        await call(i, lane);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return { latencies, seconds: (performance.now() - started) / 1000 };
}

/**
 * What the policy gate costs. The same internal transfer, one at a time, straight through the
 * ledger and through `invokeTool` (session lock, auth state, rate-limit count, ownership check,
 * idempotency, audit append on the hash chain); then a read-only tool from many conversations at
 * once, where every call still appends to the one audit chain.
 */
async function run(store: Store, label: string, total: number): Promise<BenchRow[]> {
  const h = await toolHarness(store, { callsPerMinute: Number.MAX_SAFE_INTEGER });
  const ids = await bankIds(store);
  const transfer = {
    customerId: ids.alex.customerId,
    fromAccountId: ids.alex.checking,
    toAccountId: ids.alex.savings,
    amountCents: 1,
  };

  const direct = await timed(total, 1, (i) =>
    runOperation(
      store.db,
      {
        scope: ids.alex.customerId,
        operation: 'internal_transfer',
        request: { ...transfer, i },
        idempotencyKey: `bench-direct-${i}`,
      },
      (tx) => internalTransfer(tx, ctx, transfer),
    ),
  );
  const session = await h.session(alex, 2);
  const gated = await timed(total, 1, async () => {
    const outcome = await h.move(session, 'internal_transfer', {
      from_account: 'checking',
      to_account: 'savings',
      amount_cents: 1,
    });
    if (!outcome.ok) throw new Error(`transfer refused: ${outcome.code}`);
  });

  const lanes = 16;
  const sessions = await Promise.all(Array.from({ length: lanes }, () => h.session(alex, 1)));
  const reads = await timed(total, lanes, async (_, lane) => {
    const outcome = await h.call(sessions[lane]!, 'check_balance', {});
    if (!outcome.ok) throw new Error(`check_balance refused: ${outcome.code}`);
  });

  const directRow = row(`${label}: ledger transfer, direct`, direct.latencies, direct.seconds);
  const gatedRow = row(`${label}: internal_transfer tool`, gated.latencies, gated.seconds);
  gatedRow['× direct p50'] = round(
    (gatedRow['p50 ms'] as number) / (directRow['p50 ms'] as number),
    2,
  );
  return [
    directRow,
    gatedRow,
    row(`${label}: check_balance, ${lanes} conversations`, reads.latencies, reads.seconds),
  ];
}

export async function benchToolGate(total = 500): Promise<void> {
  process.stderr.write('tools: PGlite…\n');
  const rows = await withPglite((store) => run(store, 'PGlite', total));
  const server = await withPostgres('tools', (store) => {
    process.stderr.write('tools: PostgreSQL…\n');
    return run(store, 'PostgreSQL', total);
  });
  report(
    'Tool gate',
    [...rows, ...(server ?? [])],
    'DATABASE_URL=postgres://… npm run bench -- tools',
  );
}
