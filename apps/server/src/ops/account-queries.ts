import type { OpsAccount, OpsTransaction } from '@bankdesk/contracts';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { accounts, cards, transactions } from '../db/index.js';
import { AppError } from '../errors/index.js';
import { getBalances } from '../ledger/index.js';
import type { OpsContext, StaffReader } from './ops-context.js';
import { iso, isoOrNull } from './ops-context.js';
import { requireCustomer } from './customer-queries.js';
import { auditStaffReads } from './staff-read.js';

const owesBalance = new Set(['credit_card', 'loan']);

/** Every account of the customer's, closed ones included, with the ledger's balances. */
export async function customerAccounts(
  ctx: OpsContext,
  reader: StaffReader,
  ref: string,
): Promise<OpsAccount[]> {
  const customer = await requireCustomer(ctx.db, ref);
  const owned = await ctx.db
    .select()
    .from(accounts)
    .where(eq(accounts.customerId, customer.id))
    .orderBy(asc(accounts.type), asc(accounts.numberLast4));
  const balances = await getBalances(
    ctx.db,
    owned.map((a) => a.id),
  );
  await auditStaffReads(
    ctx.db,
    reader,
    [{ customerId: customer.id, resource: 'ops:accounts', metadata: { count: owned.length } }],
    ctx.now(),
  );
  return owned.map((a) => {
    const b = balances.get(a.id)!;
    return {
      id: a.id,
      type: a.type,
      nickname: a.nickname,
      last4: a.numberLast4,
      status: a.status,
      currency: a.currency,
      availableCents: b.availableCents,
      ledgerCents: b.postedCents,
      pendingCents: b.pendingCents,
      creditLimitCents: b.creditLimitCents,
      availableCreditCents: owesBalance.has(a.type) ? b.creditLimitCents + b.availableCents : null,
      openedAt: iso(a.openedAt),
    };
  });
}

/** The customer's transactions, newest first, optionally on one of their accounts. */
export async function customerTransactions(
  ctx: OpsContext,
  reader: StaffReader,
  ref: string,
  filters: { accountId?: string | undefined; limit: number },
): Promise<OpsTransaction[]> {
  const customer = await requireCustomer(ctx.db, ref);
  if (filters.accountId) {
    const [owned] = await ctx.db
      .select({ id: accounts.id })
      .from(accounts)
      .where(and(eq(accounts.id, filters.accountId), eq(accounts.customerId, customer.id)));
    if (!owned) throw new AppError('NOT_FOUND', 'the customer has no such account');
  }
  const when = sql<Date>`coalesce(${transactions.authorizedAt}, ${transactions.postedAt}, ${transactions.createdAt})`;
  const found = await ctx.db
    .select({ t: transactions, accountLast4: accounts.numberLast4, cardLast4: cards.last4 })
    .from(transactions)
    .innerJoin(accounts, eq(accounts.id, transactions.accountId))
    .leftJoin(cards, eq(cards.id, transactions.cardId))
    .where(
      and(
        eq(accounts.customerId, customer.id),
        filters.accountId ? eq(transactions.accountId, filters.accountId) : undefined,
      ),
    )
    .orderBy(desc(when), desc(transactions.id))
    .limit(filters.limit);
  await auditStaffReads(
    ctx.db,
    reader,
    [
      {
        customerId: customer.id,
        resource: 'ops:transactions',
        metadata: {
          count: found.length,
          ...(filters.accountId ? { account_id: filters.accountId } : {}),
        },
      },
    ],
    ctx.now(),
  );
  return found.map(({ t, accountLast4, cardLast4 }) => ({
    id: t.id,
    accountId: t.accountId,
    accountLast4,
    cardLast4,
    kind: t.kind,
    status: t.status,
    amountCents: t.amountCents,
    description: t.description,
    merchantName: t.merchantName,
    category: t.category,
    checkNumber: t.checkNumber,
    occurredAt: iso(t.authorizedAt ?? t.postedAt ?? t.createdAt),
    authorizedAt: isoOrNull(t.authorizedAt),
    postedAt: isoOrNull(t.postedAt),
  }));
}
