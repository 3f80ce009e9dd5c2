import type { ErrorCode } from '@bankdesk/contracts';
import { isCents } from './money.js';

/** One line of a journal: a signed amount on one account (positive raises its balance). */
export interface Posting {
  accountId: string;
  amountCents: number;
}

export type PostingCheck = { ok: true } | { ok: false; code: ErrorCode; message: string };

/** Double entry: at least two lines, none zero, all whole cents, summing to exactly zero. */
export function checkPostings(postings: readonly Posting[]): PostingCheck {
  if (postings.length < 2) {
    return {
      ok: false,
      code: 'LEDGER_UNBALANCED',
      message: 'a journal needs at least two entries',
    };
  }
  let total = 0;
  for (const posting of postings) {
    if (!isCents(posting.amountCents) || posting.amountCents === 0) {
      return {
        ok: false,
        code: 'INVALID_AMOUNT',
        message: 'every entry must be a non-zero whole number of cents',
      };
    }
    total += posting.amountCents;
  }
  if (total !== 0) {
    return { ok: false, code: 'LEDGER_UNBALANCED', message: `entries sum to ${total}, not 0` };
  }
  return { ok: true };
}

/** Net change per account, in first-seen order. */
export function netByAccount(postings: readonly Posting[]): Map<string, number> {
  const net = new Map<string, number>();
  for (const { accountId, amountCents } of postings) {
    net.set(accountId, (net.get(accountId) ?? 0) + amountCents);
  }
  return net;
}

/** Money moving `amountCents` from one account to another. */
export function movePostings(
  fromAccountId: string,
  toAccountId: string,
  amountCents: number,
): Posting[] {
  return [
    { accountId: fromAccountId, amountCents: -amountCents },
    { accountId: toAccountId, amountCents },
  ];
}

/** The entries that undo a journal exactly. */
export function reversePostings(postings: readonly Posting[]): Posting[] {
  return postings.map((p) => ({ accountId: p.accountId, amountCents: -p.amountCents }));
}

export interface BalanceState {
  postedCents: number;
  heldCents: number;
  creditLimitCents: number;
}

export function availableCents(state: BalanceState): number {
  return state.postedCents - state.heldCents;
}

/** Whether lowering `state` by `debitCents` (posted or held) keeps it within its limit. */
export function canDebit(state: BalanceState, debitCents: number): boolean {
  return availableCents(state) - debitCents >= -state.creditLimitCents;
}
