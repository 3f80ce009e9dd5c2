import { and, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import { accounts, transactions } from '../db/index.js';
import { formatUsd } from '../domain/index.js';
import { localDateOf } from '../domain/regulation/index.js';
import { isRefusal, resolveAccount } from './resolve.js';
import type { AccountRow } from './resolve.js';
import { defineTool, refuse } from './tool.js';
import type { ToolContext, ToolRefusal } from './tool.js';
import { findTransactions, presentTransaction } from './transaction-query.js';

/** A search limited to one named account of the customer's, or to none. */
async function accountScope(
  ctx: ToolContext,
  selector: string | undefined,
): Promise<{ accountIds?: string[] } | ToolRefusal> {
  if (!selector) return {};
  const account = await resolveAccount(ctx.tx, ctx.customerId!, selector);
  return isRefusal(account) ? account : { accountIds: [account.id] };
}

const accountSelector = z
  .string()
  .min(1)
  .max(40)
  .describe('An account id, a type ("checking", "savings", "credit card") or its last four digits');

function presentBalance(a: AccountRow) {
  const available = a.postedBalanceCents - a.heldCents;
  const base = {
    account_id: a.id,
    type: a.type,
    nickname: a.nickname,
    last4: a.numberLast4,
    status: a.status,
    pending_cents: a.heldCents,
    pending: formatUsd(a.heldCents),
  };
  if (a.type === 'credit_card' || a.type === 'loan') {
    // A negative posted balance on a card or loan is what the customer owes.
    return {
      ...base,
      balance_owed_cents: -a.postedBalanceCents,
      balance_owed: formatUsd(-a.postedBalanceCents),
      credit_limit_cents: a.creditLimitCents,
      available_credit_cents: a.creditLimitCents + available,
      available_credit: formatUsd(a.creditLimitCents + available),
    };
  }
  return {
    ...base,
    available_cents: available,
    available: formatUsd(available),
    ledger_balance_cents: a.postedBalanceCents,
    ledger_balance: formatUsd(a.postedBalanceCents),
    ...(a.creditLimitCents > 0 ? { overdraft_limit_cents: a.creditLimitCents } : {}),
  };
}

export const checkBalance = defineTool({
  name: 'check_balance',
  readOnly: true,
  title: 'Check balances',
  description:
    'Available balance (what can be spent now), pending amount (card charges on hold) and ledger balance for one account or all of them; for cards and loans, the balance owed and available credit. Account numbers are masked to the last four digits.',
  input: z.strictObject({ account: accountSelector.optional() }),
  minLevel: 1,
  piiAccessed: true,
  async handler(ctx, input) {
    if (input.account) {
      const account = await resolveAccount(ctx.tx, ctx.customerId!, input.account);
      if (isRefusal(account)) return account;
      return { ok: true, accounts: [presentBalance(account)] };
    }
    const owned = await ctx.tx
      .select()
      .from(accounts)
      .where(and(eq(accounts.customerId, ctx.customerId!), ne(accounts.status, 'closed')))
      .orderBy(accounts.type, accounts.numberLast4);
    return { ok: true, accounts: owned.map(presentBalance) };
  },
});

export const viewRecentTransactions = defineTool({
  name: 'view_recent_transactions',
  readOnly: true,
  title: 'Recent transactions',
  description:
    'The last 10 transactions (pending and posted, newest first), for one account or all of them.',
  input: z.strictObject({
    account: accountSelector.optional(),
    limit: z.number().int().min(1).max(10).default(10),
  }),
  minLevel: 1,
  piiAccessed: true,
  async handler(ctx, input) {
    const scope = await accountScope(ctx, input.account);
    if (isRefusal(scope)) return scope;
    const rows = await findTransactions(ctx.tx, ctx.customerId!, ctx.services.timeZone, {
      ...scope,
      limit: input.limit,
    });
    return {
      ok: true,
      transactions: rows.map((r) => presentTransaction(r, ctx.services.timeZone)),
    };
  },
});

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD');

export const searchTransactions = defineTool({
  name: 'search_transactions',
  readOnly: true,
  title: 'Search transactions',
  description:
    'Find transactions by merchant (fuzzy: "amazon" finds "AMZN MKTP US"), amount (with a tolerance), date range and category. At most 50 results, newest first.',
  input: z.strictObject({
    merchant: z.string().min(2).max(80).optional(),
    amount_cents: z.number().int().positive().optional(),
    amount_tolerance_cents: z.number().int().min(0).max(1_000_000).default(0),
    date_from: isoDate.optional(),
    date_to: isoDate.optional(),
    category: z.string().min(2).max(40).optional(),
    status: z.enum(['pending', 'posted']).optional(),
    account: accountSelector.optional(),
    limit: z.number().int().min(1).max(50).default(20),
  }),
  minLevel: 1,
  piiAccessed: true,
  async handler(ctx, input) {
    const scope = await accountScope(ctx, input.account);
    if (isRefusal(scope)) return scope;
    if (input.date_from && input.date_to && input.date_from > input.date_to) {
      return refuse('INVALID_INPUT', 'date_from must not be after date_to');
    }
    const rows = await findTransactions(ctx.tx, ctx.customerId!, ctx.services.timeZone, {
      ...scope,
      ...(input.merchant ? { merchant: input.merchant } : {}),
      ...(input.amount_cents !== undefined
        ? { amountCents: input.amount_cents, toleranceCents: input.amount_tolerance_cents }
        : {}),
      ...(input.date_from ? { dateFrom: input.date_from } : {}),
      ...(input.date_to ? { dateTo: input.date_to } : {}),
      ...(input.category ? { category: input.category } : {}),
      ...(input.status ? { status: input.status } : {}),
      limit: input.limit,
    });
    const found = rows.map((r) => presentTransaction(r, ctx.services.timeZone));
    return { ok: true, count: found.length, transactions: found };
  },
});

/** Seed 004's `lookup_transaction`, with its exact input schema. */
export const lookupTransaction = defineTool({
  name: 'lookup_transaction',
  readOnly: true,
  title: 'Look up a transaction',
  description:
    'Search for transactions by criteria (seed 004 schema): account, date range, amount with tolerance in cents, merchant name (fuzzy). Use it to find the charge a customer is describing before filing a dispute.',
  // Seed 004's schema, constraint for constraint; the handler copes with what it leaves open.
  input: z.strictObject({
    account_id: z.string().optional(),
    date_from: z.iso.date().optional(),
    date_to: z.iso.date().optional(),
    amount_cents: z.number().int().optional(),
    amount_tolerance_cents: z.number().int().default(0),
    merchant_name: z.string().optional(),
    limit: z.number().int().max(50).default(10),
  }),
  minLevel: 1,
  piiAccessed: true,
  async handler(ctx, input) {
    const scope = await accountScope(ctx, input.account_id);
    if (isRefusal(scope)) return scope;
    const rows = await findTransactions(ctx.tx, ctx.customerId!, ctx.services.timeZone, {
      ...scope,
      ...(input.merchant_name?.trim() ? { merchant: input.merchant_name } : {}),
      ...(input.amount_cents !== undefined
        ? {
            amountCents: Math.abs(input.amount_cents),
            toleranceCents: Math.abs(input.amount_tolerance_cents),
          }
        : {}),
      ...(input.date_from ? { dateFrom: input.date_from } : {}),
      ...(input.date_to ? { dateTo: input.date_to } : {}),
      limit: Math.max(1, input.limit),
    });
    const found = rows.map((r) => presentTransaction(r, ctx.services.timeZone));
    return { ok: true, count: found.length, transactions: found };
  },
});

export const explainPending = defineTool({
  name: 'explain_pending',
  readOnly: true,
  title: 'Explain pending transactions',
  description:
    'Explains pending versus posted: a pending card charge is a hold that lowers the available balance until the merchant settles it (usually 1 to 3 business days; hotels, fuel and rentals may hold a different amount). With a transaction id, says what that charge is doing.',
  input: z.strictObject({
    transaction_id: z
      .string()
      .regex(/^ch_[A-Za-z0-9]{24}$/)
      .optional(),
  }),
  minLevel: 1,
  piiAccessed: true,
  async handler(ctx, input) {
    const general =
      'A pending transaction is money set aside for a charge the merchant has not settled yet. It already lowers your available balance, but not your ledger balance. Most card charges post within 1 to 3 business days; hotels, car rentals and fuel stations often hold an estimate and post the final amount later, and an unused hold is released.';
    const pending = await findTransactions(ctx.tx, ctx.customerId!, ctx.services.timeZone, {
      status: 'pending',
      limit: 10,
    });
    if (!input.transaction_id) {
      const total = pending.reduce((sum, t) => sum - t.amountCents, 0);
      return {
        ok: true,
        explanation: general,
        pending_total_cents: total,
        pending_total: formatUsd(total),
        pending: pending.map((p) => presentTransaction(p, ctx.services.timeZone)),
      };
    }
    const [row] = await ctx.tx
      .select()
      .from(transactions)
      .where(eq(transactions.id, input.transaction_id));
    const which = row!;
    const since = localDateOf(which.authorizedAt ?? which.createdAt, ctx.services.timeZone);
    const specific =
      which.status === 'pending'
        ? `The ${formatUsd(-which.amountCents)} charge from ${which.merchantName ?? which.description} has been pending since ${since}. It will post when the merchant settles it, usually within 1 to 3 business days; if it is never settled, the hold is released.`
        : `The ${formatUsd(Math.abs(which.amountCents))} transaction "${which.description}" is ${which.status}${which.postedAt ? ` since ${localDateOf(which.postedAt, ctx.services.timeZone)}` : ''}: it is no longer pending.`;
    return {
      ok: true,
      explanation: general,
      transaction: { transaction_id: which.id, status: which.status, detail: specific },
    };
  },
});
