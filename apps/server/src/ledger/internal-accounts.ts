import { accounts } from '../db/index.js';
import type { Executor } from '../db/index.js';

/**
 * The bank's side of every movement. Ids are fixed so code can name them without a lookup and
 * they survive a demo reset.
 */
export const internalAccountCodes = [
  'funding',
  'card_settlement',
  'ach_clearing',
  'zelle_clearing',
  'wire_clearing',
  'check_clearing',
  'billpay_clearing',
  'card_payments_clearing',
  'fee_income',
  'provisional_credit',
  'interest_expense',
] as const;

export type InternalAccountCode = (typeof internalAccountCodes)[number];

export function internalAccountId(code: InternalAccountCode): string {
  return `acct_gl_${code}`;
}

export async function ensureInternalAccounts(db: Executor, openedAt = new Date()): Promise<void> {
  await db
    .insert(accounts)
    .values(
      internalAccountCodes.map((code) => ({
        id: internalAccountId(code),
        type: 'internal' as const,
        internalCode: code,
        nickname: code.replaceAll('_', ' '),
        numberLast4: '0000',
        openedAt,
      })),
    )
    .onConflictDoNothing({ target: accounts.id });
}
