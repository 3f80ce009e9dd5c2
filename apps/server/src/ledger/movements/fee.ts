import { movePostings } from '../../domain/index.js';
import type { Tx } from '../../db/index.js';
import type { LedgerContext } from '../context.js';
import { internalAccountId } from '../internal-accounts.js';
import { postJournal } from '../post-journal.js';
import { insertStatementLine } from '../statement-lines.js';
import { requirePositiveCents } from './amount.js';

export interface FeeInput {
  accountId: string;
  amountCents: number;
  /** Statement text, e.g. "STOP PAYMENT FEE CHECK #1234". */
  description: string;
  refType?: string;
  refId?: string;
  at?: Date;
}

/** Charges a fee to the bank's fee income. Refused, like any debit, without available funds. */
export async function chargeFee(
  tx: Tx,
  ctx: LedgerContext,
  input: FeeInput,
): Promise<{ journalId: string; transactionId: string }> {
  requirePositiveCents(input.amountCents);
  const at = input.at ?? ctx.now();
  const { journalId } = await postJournal(tx, ctx, {
    kind: 'fee',
    description: input.description,
    postings: movePostings(input.accountId, internalAccountId('fee_income'), input.amountCents),
    ...(input.refType ? { refType: input.refType } : {}),
    ...(input.refId ? { refId: input.refId } : {}),
    effectiveAt: at,
  });
  const transactionId = await insertStatementLine(tx, ctx, {
    accountId: input.accountId,
    kind: 'fee',
    status: 'posted',
    amountCents: -input.amountCents,
    description: input.description,
    journalId,
    authorizedAt: at,
    postedAt: at,
  });
  return { journalId, transactionId };
}
