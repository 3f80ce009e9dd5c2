import { movePostings } from '../../domain/index.js';
import { transfers } from '../../db/index.js';
import type { Tx } from '../../db/index.js';
import { AppError } from '../../errors/index.js';
import { confirmationNumber } from '../context.js';
import type { LedgerContext } from '../context.js';
import { lockCustomerAccounts } from '../ownership.js';
import { postJournal } from '../post-journal.js';
import { insertStatementLines } from '../statement-lines.js';
import { requirePositiveCents } from './amount.js';

export interface InternalTransferInput {
  customerId: string;
  fromAccountId: string;
  toAccountId: string;
  amountCents: number;
  memo?: string;
}

export interface InternalTransferResult {
  transferId: string;
  confirmationNumber: string;
  amountCents: number;
  fromAccountId: string;
  toAccountId: string;
  fromAvailableCents: number;
  toAvailableCents: number;
  completedAt: string;
}

const sourceTypes = new Set(['checking', 'savings']);

/** Moves money between two accounts of the same customer, at once. */
export async function internalTransfer(
  tx: Tx,
  ctx: LedgerContext,
  input: InternalTransferInput,
): Promise<InternalTransferResult> {
  requirePositiveCents(input.amountCents);
  if (input.fromAccountId === input.toAccountId) {
    throw new AppError('SAME_ACCOUNT', 'the two accounts must differ');
  }
  // Ownership check and row locks in one query, before anything refers to the accounts: a row
  // that references an account takes a KEY SHARE lock on it, and taking that before FOR UPDATE
  // lets two opposite transfers deadlock.
  const owned = await lockCustomerAccounts(tx, input.customerId, [
    input.fromAccountId,
    input.toAccountId,
  ]);
  const from = owned.get(input.fromAccountId)!;
  const to = owned.get(input.toAccountId)!;
  if (!sourceTypes.has(from.type)) {
    throw new AppError('INVALID_INPUT', 'transfers can only be made from checking or savings');
  }

  const now = ctx.now();
  const transferId = ctx.ids('transfer');
  const confirmation = confirmationNumber('TXN', now, ctx);
  const { journalId, balances } = await postJournal(
    tx,
    ctx,
    {
      kind: 'internal_transfer',
      description: `Transfer ${confirmation}`,
      postings: movePostings(from.id, to.id, input.amountCents),
      refType: 'transfer',
      refId: transferId,
    },
    owned,
  );
  await tx.insert(transfers).values({
    id: transferId,
    customerId: input.customerId,
    rail: 'internal',
    direction: 'outbound',
    fromAccountId: from.id,
    toAccountId: to.id,
    amountCents: input.amountCents,
    status: 'completed',
    confirmationNumber: confirmation,
    memo: input.memo ?? null,
    journalId,
    completedAt: now,
    createdAt: now,
    updatedAt: now,
  });
  const line = (account: typeof from, other: typeof from, sign: 1 | -1) => ({
    accountId: account.id,
    kind: sign < 0 ? ('transfer_out' as const) : ('transfer_in' as const),
    status: 'posted' as const,
    amountCents: sign * input.amountCents,
    description: `${sign < 0 ? 'TRANSFER TO' : 'TRANSFER FROM'} ${other.nickname.toUpperCase()} ...${other.numberLast4}`,
    memo: input.memo ?? null,
    transferId,
    journalId,
    authorizedAt: now,
    postedAt: now,
  });
  await insertStatementLines(tx, ctx, [line(from, to, -1), line(to, from, 1)]);
  const available = (id: string) => {
    const b = balances.get(id)!;
    return b.postedBalanceCents - b.heldCents;
  };
  return {
    transferId,
    confirmationNumber: confirmation,
    amountCents: input.amountCents,
    fromAccountId: from.id,
    toAccountId: to.id,
    fromAvailableCents: available(from.id),
    toAvailableCents: available(to.id),
    completedAt: now.toISOString(),
  };
}
