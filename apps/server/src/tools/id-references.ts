import { and, eq, inArray } from 'drizzle-orm';
import {
  accounts,
  billPayments,
  cardCaptures,
  cards,
  disputes,
  idPrefixes,
  payees,
  stopPayments,
  transactions,
  transfers,
  vaultCards,
} from '../db/index.js';
import type { Tx } from '../db/index.js';

type Owned =
  | 'account'
  | 'card'
  | 'transaction'
  | 'dispute'
  | 'transfer'
  | 'payee'
  | 'billPayment'
  | 'stopPayment'
  | 'vaultCard'
  | 'cardCapture';

const kinds: Owned[] = [
  'account',
  'card',
  'transaction',
  'dispute',
  'transfer',
  'payee',
  'billPayment',
  'stopPayment',
  'vaultCard',
  'cardCapture',
];
const pattern = new RegExp(`^(${kinds.map((k) => idPrefixes[k]).join('|')})_[A-Za-z0-9]{24}$`);

/** Every id of ours anywhere in a tool's input, by kind. */
export function referencedIds(input: unknown): Map<Owned, Set<string>> {
  const found = new Map<Owned, Set<string>>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      const match = pattern.exec(value);
      if (!match) return;
      const kind = kinds.find((k) => idPrefixes[k] === match[1])!;
      if (!found.has(kind)) found.set(kind, new Set());
      found.get(kind)!.add(value);
    } else if (Array.isArray(value)) {
      value.forEach(visit);
    } else if (value && typeof value === 'object') {
      Object.values(value).forEach(visit);
    }
  };
  visit(input);
  return found;
}

/**
 * True when every referenced id exists and belongs to the customer. The gate answers a failure
 * with NOT_FOUND, exactly as for an id that does not exist: nobody learns that another
 * customer's account, card or dispute is there.
 */
export async function ownsAll(
  tx: Tx,
  customerId: string | null,
  refs: Map<Owned, Set<string>>,
): Promise<boolean> {
  for (const [kind, ids] of refs) {
    if (!customerId) return false;
    const list = [...ids];
    const owned = await ownedCount(tx, kind, customerId, list);
    if (owned !== list.length) return false;
  }
  return true;
}

async function ownedCount(tx: Tx, kind: Owned, customerId: string, ids: string[]): Promise<number> {
  const count = async (q: Promise<unknown[]>) => (await q).length;
  switch (kind) {
    case 'account':
      return count(
        tx
          .select({ id: accounts.id })
          .from(accounts)
          .where(and(inArray(accounts.id, ids), eq(accounts.customerId, customerId))),
      );
    case 'card':
      return count(
        tx
          .select({ id: cards.id })
          .from(cards)
          .where(and(inArray(cards.id, ids), eq(cards.customerId, customerId))),
      );
    case 'transaction':
      return count(
        tx
          .select({ id: transactions.id })
          .from(transactions)
          .innerJoin(accounts, eq(accounts.id, transactions.accountId))
          .where(and(inArray(transactions.id, ids), eq(accounts.customerId, customerId))),
      );
    case 'dispute':
      return count(
        tx
          .select({ id: disputes.id })
          .from(disputes)
          .where(and(inArray(disputes.id, ids), eq(disputes.customerId, customerId))),
      );
    case 'transfer':
      return count(
        tx
          .select({ id: transfers.id })
          .from(transfers)
          .where(and(inArray(transfers.id, ids), eq(transfers.customerId, customerId))),
      );
    case 'payee':
      return count(
        tx
          .select({ id: payees.id })
          .from(payees)
          .where(and(inArray(payees.id, ids), eq(payees.customerId, customerId))),
      );
    case 'billPayment':
      return count(
        tx
          .select({ id: billPayments.id })
          .from(billPayments)
          .where(and(inArray(billPayments.id, ids), eq(billPayments.customerId, customerId))),
      );
    case 'stopPayment':
      return count(
        tx
          .select({ id: stopPayments.id })
          .from(stopPayments)
          .where(and(inArray(stopPayments.id, ids), eq(stopPayments.customerId, customerId))),
      );
    case 'vaultCard':
      return count(
        tx
          .select({ id: vaultCards.token })
          .from(vaultCards)
          .where(and(inArray(vaultCards.token, ids), eq(vaultCards.customerId, customerId))),
      );
    case 'cardCapture':
      return count(
        tx
          .select({ id: cardCaptures.id })
          .from(cardCaptures)
          .where(and(inArray(cardCaptures.id, ids), eq(cardCaptures.customerId, customerId))),
      );
  }
}
