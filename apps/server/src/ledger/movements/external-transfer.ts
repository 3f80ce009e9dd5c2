import { eq } from 'drizzle-orm';
import { movePostings } from '../../domain/index.js';
import { transfers } from '../../db/index.js';
import type { Tx } from '../../db/index.js';
import { AppError } from '../../errors/index.js';
import { confirmationNumber } from '../context.js';
import type { LedgerContext } from '../context.js';
import { internalAccountId } from '../internal-accounts.js';
import type { InternalAccountCode } from '../internal-accounts.js';
import { lockCustomerAccounts } from '../ownership.js';
import { postJournal } from '../post-journal.js';
import { insertStatementLine } from '../statement-lines.js';
import { chargeFee } from './fee.js';
import { requirePositiveCents } from './amount.js';

type Rail = 'zelle' | 'ach' | 'wire';
type TransferStatus = (typeof transfers.$inferInsert)['status'];

const clearingByRail: Record<Rail, InternalAccountCode> = {
  zelle: 'zelle_clearing',
  ach: 'ach_clearing',
  wire: 'wire_clearing',
};
const lineKindByRail = { zelle: 'zelle_out', ach: 'ach_out', wire: 'wire_out' } as const;
const prefixByRail = { zelle: 'ZEL', ach: 'ACH', wire: 'WIR' } as const;

export interface ExternalTransferInput {
  customerId: string;
  rail: Rail;
  fromAccountId: string;
  amountCents: number;
  feeCents?: number;
  counterpartyName: string;
  counterpartyHandle?: string;
  counterpartyBank?: string;
  counterpartyAccountLast4?: string;
  memo?: string;
  /** Where the rail's lifecycle starts; RULES.md §8 gives each rail's statuses and timing. */
  status: TransferStatus;
  sameDay?: boolean;
  expectedBy?: Date;
  at?: Date;
}

/**
 * Money leaving the bank by Zelle, ACH or wire. The customer's account is debited when the
 * transfer is accepted (the funds sit in the rail's clearing account until it settles), so the
 * status that follows is about delivery, not about the customer's balance.
 */
export async function sendExternalTransfer(
  tx: Tx,
  ctx: LedgerContext,
  input: ExternalTransferInput,
): Promise<{ transferId: string; confirmationNumber: string; journalId: string }> {
  requirePositiveCents(input.amountCents);
  const feeCents = input.feeCents ?? 0;
  if (!Number.isSafeInteger(feeCents) || feeCents < 0) {
    throw new AppError('INVALID_AMOUNT', 'the fee must be a whole number of cents, zero or more');
  }
  // Ownership and the row lock in one query, before anything refers to the account.
  const owned = await lockCustomerAccounts(tx, input.customerId, [input.fromAccountId]);
  const from = owned.get(input.fromAccountId)!;
  if (from.type !== 'checking' && from.type !== 'savings') {
    throw new AppError('INVALID_INPUT', 'transfers can only be made from checking or savings');
  }
  const at = input.at ?? ctx.now();
  const transferId = ctx.ids('transfer');
  const confirmation = confirmationNumber(prefixByRail[input.rail], at, ctx);
  await tx.insert(transfers).values({
    id: transferId,
    customerId: input.customerId,
    rail: input.rail,
    direction: 'outbound',
    fromAccountId: from.id,
    counterpartyName: input.counterpartyName,
    counterpartyHandle: input.counterpartyHandle ?? null,
    counterpartyBank: input.counterpartyBank ?? null,
    counterpartyAccountLast4: input.counterpartyAccountLast4 ?? null,
    amountCents: input.amountCents,
    feeCents,
    status: input.status,
    confirmationNumber: confirmation,
    memo: input.memo ?? null,
    sameDay: input.sameDay ?? false,
    expectedBy: input.expectedBy ?? null,
    completedAt: input.status === 'completed' || input.status === 'delivered' ? at : null,
    createdAt: at,
    updatedAt: at,
  });
  const description = `${input.rail.toUpperCase()} TO ${input.counterpartyName.toUpperCase()}`;
  const { journalId } = await postJournal(
    tx,
    ctx,
    {
      kind: 'external_transfer',
      description,
      postings: movePostings(
        from.id,
        internalAccountId(clearingByRail[input.rail]),
        input.amountCents,
      ),
      refType: 'transfer',
      refId: transferId,
      effectiveAt: at,
    },
    owned,
  );
  await insertStatementLine(tx, ctx, {
    accountId: from.id,
    kind: lineKindByRail[input.rail],
    status: 'posted',
    amountCents: -input.amountCents,
    description,
    counterparty: input.counterpartyName,
    memo: input.memo ?? null,
    transferId,
    journalId,
    authorizedAt: at,
    postedAt: at,
  });
  let feeJournalId: string | null = null;
  if (feeCents > 0) {
    feeJournalId = (
      await chargeFee(tx, ctx, {
        accountId: from.id,
        amountCents: feeCents,
        description: `${input.rail.toUpperCase()} TRANSFER FEE`,
        refType: 'transfer',
        refId: transferId,
        at,
      })
    ).journalId;
  }
  await tx.update(transfers).set({ journalId, feeJournalId }).where(eq(transfers.id, transferId));
  return { transferId, confirmationNumber: confirmation, journalId };
}
