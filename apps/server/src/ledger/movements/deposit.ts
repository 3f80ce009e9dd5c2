import { and, eq, isNull } from 'drizzle-orm';
import { movePostings } from '../../domain/index.js';
import { accounts } from '../../db/index.js';
import type { Tx } from '../../db/index.js';
import type { LedgerContext } from '../context.js';
import { internalAccountId } from '../internal-accounts.js';
import type { InternalAccountCode } from '../internal-accounts.js';
import { postJournal } from '../post-journal.js';
import { insertStatementLine } from '../statement-lines.js';
import { requirePositiveCents } from './amount.js';

export type DepositKind =
  'opening_deposit' | 'deposit' | 'payroll' | 'ach_in' | 'zelle_in' | 'interest';

const sourceByKind: Record<DepositKind, InternalAccountCode> = {
  opening_deposit: 'funding',
  deposit: 'funding',
  payroll: 'ach_clearing',
  ach_in: 'ach_clearing',
  zelle_in: 'zelle_clearing',
  interest: 'interest_expense',
};

const journalKindByKind = {
  opening_deposit: 'opening_deposit',
  deposit: 'deposit',
  payroll: 'deposit',
  ach_in: 'deposit',
  zelle_in: 'deposit',
  interest: 'interest',
} as const;

/**
 * Money arriving in a customer account (deposits, payroll, incoming ACH/Zelle, interest). The
 * first one starts Regulation E's new-account clock.
 */
export async function postDeposit(
  tx: Tx,
  ctx: LedgerContext,
  input: {
    accountId: string;
    amountCents: number;
    kind: DepositKind;
    description: string;
    counterparty?: string;
    memo?: string;
    at?: Date;
  },
): Promise<{ journalId: string; transactionId: string }> {
  requirePositiveCents(input.amountCents);
  const at = input.at ?? ctx.now();
  const { journalId } = await postJournal(tx, ctx, {
    kind: journalKindByKind[input.kind],
    description: input.description,
    postings: movePostings(
      internalAccountId(sourceByKind[input.kind]),
      input.accountId,
      input.amountCents,
    ),
    effectiveAt: at,
  });
  await tx
    .update(accounts)
    .set({ firstDepositAt: at })
    .where(and(eq(accounts.id, input.accountId), isNull(accounts.firstDepositAt)));
  const transactionId = await insertStatementLine(tx, ctx, {
    accountId: input.accountId,
    kind: input.kind,
    status: 'posted',
    amountCents: input.amountCents,
    description: input.description,
    counterparty: input.counterparty ?? null,
    memo: input.memo ?? null,
    journalId,
    authorizedAt: at,
    postedAt: at,
  });
  return { journalId, transactionId };
}
