import { and, eq, notInArray } from 'drizzle-orm';
import {
  accounts,
  cards,
  confirmationNumberFor,
  disputeEvents,
  disputes,
  transactions,
} from './deps.js';
import type { DisputeContext, DisputeRow, Refusal } from './deps.js';
import {
  evidenceDueDate,
  isNewAccountTransfer,
  localDateOf,
  networkReasonCode,
  newId,
  refusal,
} from './deps.js';
import type { DisputeReason } from './deps.js';

const closedStatuses = ['won', 'lost', 'warning_closed'] as const;

export interface FileDisputeInput {
  customerId: string;
  transactionId: string;
  reason: DisputeReason;
  narrative?: string | undefined;
  /** A partial dispute; the whole charge when left out. */
  amountCents?: number | undefined;
  /** "DSP" for disputes, "FRAUD" for fraud cases: the readable case number's prefix. */
  casePrefix?: 'DSP' | 'FRAUD';
}

/**
 * Opens a dispute on one of the customer's posted charges. Everything the regulations and the
 * network care about is derived from the charge, not taken from the caller: the network from the
 * card (or the rail), Regulation E or Z from the account, and the flags that lengthen the Reg E
 * clocks (new account, point of sale, foreign).
 */
export async function fileDispute(
  ctx: DisputeContext,
  input: FileDisputeInput,
): Promise<DisputeRow | Refusal> {
  const { tx, now } = ctx;
  const [found] = await tx
    .select({ t: transactions, account: accounts, card: cards })
    .from(transactions)
    .innerJoin(accounts, eq(accounts.id, transactions.accountId))
    .leftJoin(cards, eq(cards.id, transactions.cardId))
    .where(
      and(eq(transactions.id, input.transactionId), eq(accounts.customerId, input.customerId)),
    );
  if (!found) return refusal('NOT_FOUND', 'no such charge');
  const { t, account, card } = found;
  if (t.status === 'pending') {
    return refusal(
      'CONFLICT',
      'a pending charge cannot be disputed until it posts; the card can be frozen meanwhile',
    );
  }
  if (t.status !== 'posted' || t.amountCents >= 0)
    return refusal('INVALID_INPUT', 'only money taken out of the account can be disputed');
  const charged = -t.amountCents;
  const amountCents = input.amountCents ?? charged;
  if (!Number.isSafeInteger(amountCents) || amountCents <= 0 || amountCents > charged) {
    return refusal(
      'INVALID_AMOUNT',
      'the disputed amount must be more than zero and at most the charge',
    );
  }
  const [open] = await tx
    .select({ id: disputes.id, caseNumber: disputes.caseNumber })
    .from(disputes)
    .where(and(eq(disputes.transactionId, t.id), notInArray(disputes.status, [...closedStatuses])));
  if (open)
    return refusal('CONFLICT', `this charge is already disputed (case ${open.caseNumber})`, {
      dispute_id: open.id,
      case_number: open.caseNumber,
    });

  const network = card
    ? card.brand
    : t.kind.startsWith('ach') || t.kind === 'bill_payment'
      ? 'ach'
      : t.kind.startsWith('zelle')
        ? 'zelle'
        : 'other';
  const code = networkReasonCode({ reason: input.reason, network, cardPresent: t.cardPresent });
  const regulation = account.type === 'credit_card' ? 'reg_z' : 'reg_e';
  const charge = t.authorizedAt ?? t.postedAt ?? t.createdAt;
  const isNewAccount =
    regulation === 'reg_e' &&
    isNewAccountTransfer(
      account.firstDepositAt ? localDateOf(account.firstDepositAt, ctx.timeZone) : null,
      localDateOf(charge, ctx.timeZone),
    );
  const id = newId('dispute');
  const [row] = await tx
    .insert(disputes)
    .values({
      id,
      caseNumber: confirmationNumberFor(input.casePrefix ?? 'DSP', ctx),
      customerId: input.customerId,
      accountId: account.id,
      transactionId: t.id,
      cardId: card?.id ?? null,
      amountCents,
      reason: input.reason,
      status: 'needs_response',
      network,
      networkReasonCode: code.code,
      regulation,
      complaintNarrative: input.narrative ?? null,
      noticeReceivedAt: now,
      isNewAccount,
      isForeignTransaction: Boolean(t.merchantCountry && t.merchantCountry !== 'US'),
      isPointOfSale: t.kind === 'card_purchase' && card?.kind === 'debit',
      evidenceDueBy: evidenceDueDate(now, ctx.evidenceDays),
      provisionalCreditStatus: regulation === 'reg_e' ? 'pending' : 'not_eligible',
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  await tx.insert(disputeEvents).values({
    id: newId('disputeEvent'),
    disputeId: id,
    type: 'dispute.created',
    data: {
      reason: input.reason,
      amount_cents: amountCents,
      network,
      network_reason_code: code.code,
    },
    createdAt: now,
  });
  return row!;
}
