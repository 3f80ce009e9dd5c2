import { and, desc, eq, gte, inArray, lt, lte, sql } from 'drizzle-orm';
import { accounts, cards, transactions } from '../db/index.js';
import type { Tx } from '../db/index.js';
import { merchantMatchScore } from '../domain/merchants/index.js';
import { formatUsd } from '../domain/index.js';
import { addDays, localDateOf, zonedInstant } from '../domain/regulation/index.js';

export interface TransactionFilters {
  accountIds?: string[];
  merchant?: string;
  amountCents?: number;
  toleranceCents?: number;
  dateFrom?: string;
  dateTo?: string;
  category?: string;
  status?: 'pending' | 'posted';
  limit: number;
}

export type TransactionRow = typeof transactions.$inferSelect;

/**
 * The customer's transactions, newest first, narrowed by the filters. Only accounts of
 * `customerId` are ever searched. The merchant filter is fuzzy: descriptors and names are
 * matched the way a person would recognise them ("amazon" finds "AMZN MKTP US*2K4L81VW3").
 */
export async function findTransactions(
  tx: Tx,
  customerId: string,
  timeZone: string,
  filters: TransactionFilters,
): Promise<Array<TransactionRow & { accountLast4: string; cardLast4: string | null }>> {
  const when = sql`coalesce(${transactions.authorizedAt}, ${transactions.postedAt}, ${transactions.createdAt})`;
  const conditions = [eq(accounts.customerId, customerId)];
  if (filters.accountIds) conditions.push(inArray(transactions.accountId, filters.accountIds));
  if (filters.status) conditions.push(eq(transactions.status, filters.status));
  if (filters.category) conditions.push(eq(transactions.category, filters.category.toLowerCase()));
  if (filters.amountCents !== undefined) {
    const tolerance = filters.toleranceCents ?? 0;
    const magnitude = sql`abs(${transactions.amountCents})`;
    conditions.push(
      gte(magnitude, filters.amountCents - tolerance),
      lte(magnitude, filters.amountCents + tolerance),
    );
  }
  if (filters.dateFrom)
    conditions.push(gte(when, zonedInstant(filters.dateFrom, '00:00', timeZone)));
  if (filters.dateTo)
    conditions.push(lt(when, zonedInstant(addDays(filters.dateTo, 1), '00:00', timeZone)));
  const found = await tx
    .select({ t: transactions, accountLast4: accounts.numberLast4, cardLast4: cards.last4 })
    .from(transactions)
    .innerJoin(accounts, eq(accounts.id, transactions.accountId))
    .leftJoin(cards, eq(cards.id, transactions.cardId))
    .where(and(...conditions))
    .orderBy(desc(when), desc(transactions.id))
    .limit(filters.merchant ? 500 : filters.limit);
  const rows = found.map((r) => ({ ...r.t, accountLast4: r.accountLast4, cardLast4: r.cardLast4 }));
  if (!filters.merchant) return rows;
  const query = filters.merchant;
  return rows
    .map((row) => ({
      row,
      score: merchantMatchScore(query, {
        description: row.description,
        merchantName: row.merchantName,
      }),
    }))
    .filter((m) => m.score >= 0.6)
    .sort((a, b) => b.score - a.score)
    .slice(0, filters.limit)
    .map((m) => m.row);
}

/** How a transaction leaves a tool: masked, dated in the bank's time, amounts both ways. */
export function presentTransaction(
  row: TransactionRow & { accountLast4: string; cardLast4: string | null },
  timeZone: string,
) {
  const at = row.authorizedAt ?? row.postedAt ?? row.createdAt;
  return {
    transaction_id: row.id,
    date: localDateOf(at, timeZone),
    posted_date: row.postedAt ? localDateOf(row.postedAt, timeZone) : null,
    status: row.status,
    description: row.description,
    merchant_name: row.merchantName,
    category: row.category,
    amount_cents: row.amountCents,
    amount: formatUsd(row.amountCents),
    account_last4: row.accountLast4,
    card_last4: row.cardLast4,
    kind: row.kind,
    ...(row.checkNumber ? { check_number: row.checkNumber } : {}),
  };
}
