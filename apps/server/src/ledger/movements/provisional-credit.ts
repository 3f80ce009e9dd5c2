import { movePostings } from '../../domain/index.js';
import type { Tx } from '../../db/index.js';
import type { LedgerContext } from '../context.js';
import { internalAccountId } from '../internal-accounts.js';
import { postJournal } from '../post-journal.js';
import { insertStatementLine } from '../statement-lines.js';
import { requirePositiveCents } from './amount.js';
import { reverseMovement } from './reversal.js';

/**
 * Regulation E provisional credit: the customer gets the disputed amount while the bank
 * investigates; the bank carries it in a suspense account until the dispute is decided.
 */
export async function postProvisionalCredit(
  tx: Tx,
  ctx: LedgerContext,
  input: {
    accountId: string;
    amountCents: number;
    disputeId: string;
    caseNumber: string;
    at?: Date;
  },
): Promise<{ journalId: string; transactionId: string }> {
  requirePositiveCents(input.amountCents);
  const at = input.at ?? ctx.now();
  const description = `PROVISIONAL CREDIT DISPUTE ${input.caseNumber}`;
  const { journalId } = await postJournal(tx, ctx, {
    kind: 'provisional_credit',
    description,
    postings: movePostings(
      internalAccountId('provisional_credit'),
      input.accountId,
      input.amountCents,
    ),
    refType: 'dispute',
    refId: input.disputeId,
    effectiveAt: at,
  });
  const transactionId = await insertStatementLine(tx, ctx, {
    accountId: input.accountId,
    kind: 'provisional_credit',
    status: 'posted',
    amountCents: input.amountCents,
    description,
    journalId,
    authorizedAt: at,
    postedAt: at,
  });
  return { journalId, transactionId };
}

/** Takes a provisional credit back (dispute decided for the merchant). At most once. */
export async function reverseProvisionalCredit(
  tx: Tx,
  ctx: LedgerContext,
  input: { journalId: string; disputeId: string; caseNumber: string },
): Promise<{ journalId: string; transactionIds: string[] }> {
  return reverseMovement(tx, ctx, {
    journalId: input.journalId,
    description: `PROVISIONAL CREDIT REVERSAL DISPUTE ${input.caseNumber}`,
    journalKind: 'provisional_credit_reversal',
    lineKind: 'provisional_credit_reversal',
    refType: 'dispute',
    refId: input.disputeId,
  });
}
