import { sql } from 'drizzle-orm';
import { rows } from '../db/index.js';
import type { Executor } from '../db/index.js';

export interface LedgerProblem {
  kind: 'unbalanced_journal' | 'balance_mismatch' | 'held_mismatch' | 'below_limit';
  id: string;
  detail: string;
}

/**
 * Recomputes everything the ledger caches from the entries themselves and reports each
 * disagreement. An empty list means every journal balances, every cached balance equals the sum
 * of its entries, every held amount equals its active holds, and no account is past its limit.
 */
export async function verifyLedger(db: Executor): Promise<LedgerProblem[]> {
  const problems: LedgerProblem[] = [];
  for (const r of await rows<{ id: string; total: string | number }>(
    db,
    sql`SELECT journal_id AS id, sum(amount_cents)::text AS total, count(*) AS n
          FROM ledger_entries GROUP BY journal_id HAVING sum(amount_cents) <> 0 OR count(*) < 2`,
  )) {
    problems.push({ kind: 'unbalanced_journal', id: r.id, detail: `entries sum to ${r.total}` });
  }
  for (const r of await rows<{ id: string; cached: string; actual: string }>(
    db,
    sql`SELECT a.id, a.posted_balance_cents::text AS cached,
               coalesce(sum(e.amount_cents), 0)::text AS actual
          FROM accounts a LEFT JOIN ledger_entries e ON e.account_id = a.id
         WHERE a.type <> 'internal'
         GROUP BY a.id HAVING a.posted_balance_cents <> coalesce(sum(e.amount_cents), 0)`,
  )) {
    problems.push({
      kind: 'balance_mismatch',
      id: r.id,
      detail: `cached ${r.cached}, entries ${r.actual}`,
    });
  }
  for (const r of await rows<{ id: string; cached: string; actual: string }>(
    db,
    sql`SELECT a.id, a.held_cents::text AS cached,
               coalesce(sum(h.amount_cents) FILTER (WHERE h.status = 'active'), 0)::text AS actual
          FROM accounts a LEFT JOIN holds h ON h.account_id = a.id
         GROUP BY a.id
        HAVING a.held_cents <> coalesce(sum(h.amount_cents) FILTER (WHERE h.status = 'active'), 0)`,
  )) {
    problems.push({
      kind: 'held_mismatch',
      id: r.id,
      detail: `cached ${r.cached}, holds ${r.actual}`,
    });
  }
  for (const r of await rows<{ id: string; available: string }>(
    db,
    sql`SELECT id, (posted_balance_cents - held_cents)::text AS available FROM accounts
         WHERE type <> 'internal' AND posted_balance_cents - held_cents < -credit_limit_cents`,
  )) {
    problems.push({ kind: 'below_limit', id: r.id, detail: `available ${r.available}` });
  }
  return problems;
}
