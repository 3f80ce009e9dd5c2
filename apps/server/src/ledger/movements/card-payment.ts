import { movePostings } from '../../domain/index.js';
import type { Tx } from '../../db/index.js';
import type { LedgerContext } from '../context.js';
import { internalAccountId } from '../internal-accounts.js';
import { postJournal } from '../post-journal.js';
import { insertStatementLine } from '../statement-lines.js';
import { requirePositiveCents } from './amount.js';

/**
 * A payment made with an outside card into one of the customer's accounts (a loan or a credit
 * card): the processor owes the bank the money, so it arrives from the card-payments clearing
 * account, which settlement with the processor later empties.
 */
export async function receiveCardPayment(
  tx: Tx,
  ctx: LedgerContext,
  input: {
    cardPaymentId: string;
    toAccountId: string;
    amountCents: number;
    /** How the card is shown: "VISA ••••4242". */
    cardLabel: string;
    at?: Date;
  },
): Promise<{ journalId: string; transactionId: string }> {
  requirePositiveCents(input.amountCents);
  const at = input.at ?? ctx.now();
  const description = `PAYMENT THANK YOU ${input.cardLabel}`;
  const { journalId } = await postJournal(tx, ctx, {
    kind: 'card_payment',
    description,
    postings: movePostings(
      internalAccountId('card_payments_clearing'),
      input.toAccountId,
      input.amountCents,
    ),
    refType: 'card_payment',
    refId: input.cardPaymentId,
    effectiveAt: at,
  });
  const transactionId = await insertStatementLine(tx, ctx, {
    accountId: input.toAccountId,
    kind: 'card_payment',
    status: 'posted',
    amountCents: input.amountCents,
    description,
    journalId,
    authorizedAt: at,
    postedAt: at,
  });
  return { journalId, transactionId };
}
