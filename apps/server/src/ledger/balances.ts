import { inArray } from 'drizzle-orm';
import { accounts } from '../db/index.js';
import type { Executor } from '../db/index.js';

export interface AccountBalance {
  accountId: string;
  postedCents: number;
  pendingCents: number;
  availableCents: number;
  creditLimitCents: number;
}

/** Available = posted − holds (pending card charges). */
export async function getBalances(
  db: Executor,
  accountIds: readonly string[],
): Promise<Map<string, AccountBalance>> {
  const found = await db
    .select({
      id: accounts.id,
      posted: accounts.postedBalanceCents,
      held: accounts.heldCents,
      limit: accounts.creditLimitCents,
    })
    .from(accounts)
    .where(inArray(accounts.id, [...accountIds]));
  return new Map(
    found.map((a) => [
      a.id,
      {
        accountId: a.id,
        postedCents: a.posted,
        pendingCents: a.held,
        availableCents: a.posted - a.held,
        creditLimitCents: a.limit,
      },
    ]),
  );
}
