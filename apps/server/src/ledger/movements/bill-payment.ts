import { movePostings } from '../../domain/index.js';
import type { Tx } from '../../db/index.js';
import type { LedgerContext } from '../context.js';
import { internalAccountId } from '../internal-accounts.js';
import { postJournal } from '../post-journal.js';
import { insertStatementLine } from '../statement-lines.js';
import { requirePositiveCents } from './amount.js';

/**
 * Sends one bill payment: the money leaves the customer's account for the bill-pay clearing
 * account, from which the bank pays the biller. Scheduling is the caller's business.
 */
export async function postBillPayment(
  tx: Tx,
  ctx: LedgerContext,
  input: {
    billPaymentId: string;
    fromAccountId: string;
    payeeName: string;
    amountCents: number;
    at?: Date;
  },
): Promise<{ journalId: string; transactionId: string }> {
  requirePositiveCents(input.amountCents);
  const at = input.at ?? ctx.now();
  const description = `BILL PAY ${input.payeeName.toUpperCase()}`;
  const { journalId } = await postJournal(tx, ctx, {
    kind: 'bill_payment',
    description,
    postings: movePostings(
      input.fromAccountId,
      internalAccountId('billpay_clearing'),
      input.amountCents,
    ),
    refType: 'bill_payment',
    refId: input.billPaymentId,
    effectiveAt: at,
  });
  const transactionId = await insertStatementLine(tx, ctx, {
    accountId: input.fromAccountId,
    kind: 'bill_payment',
    status: 'posted',
    amountCents: -input.amountCents,
    description,
    counterparty: input.payeeName,
    journalId,
    authorizedAt: at,
    postedAt: at,
  });
  return { journalId, transactionId };
}
