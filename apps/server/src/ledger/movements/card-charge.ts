import { eq } from 'drizzle-orm';
import { movePostings } from '../../domain/index.js';
import { cards, transactions } from '../../db/index.js';
import type { Tx } from '../../db/index.js';
import { AppError } from '../../errors/index.js';
import type { LedgerContext } from '../context.js';
import { captureHold, placeHold, releaseHold } from '../holds.js';
import { internalAccountId } from '../internal-accounts.js';
import { insertStatementLine } from '../statement-lines.js';
import { requirePositiveCents } from './amount.js';

export interface CardAuthorizationInput {
  cardId: string;
  amountCents: number;
  /** Network descriptor, e.g. "AMZN MKTP US*2K4L81". */
  descriptor: string;
  merchantName?: string;
  merchantCategoryCode?: string;
  category?: string;
  cardPresent?: boolean;
  merchantCity?: string;
  merchantRegion?: string;
  merchantCountry?: string;
  memo?: string;
  at?: Date;
}

/** A card authorisation: a hold on the card's account and a pending statement line. */
export async function authorizeCardCharge(
  tx: Tx,
  ctx: LedgerContext,
  input: CardAuthorizationInput,
): Promise<{ transactionId: string; holdId: string }> {
  requirePositiveCents(input.amountCents);
  const [card] = await tx
    .select({ id: cards.id, accountId: cards.accountId, status: cards.status })
    .from(cards)
    .where(eq(cards.id, input.cardId));
  if (!card) throw new AppError('NOT_FOUND', 'no such card');
  if (card.status !== 'active') {
    throw new AppError('CARD_NOT_ACTIVE', `the card is ${card.status}`);
  }
  const at = input.at ?? ctx.now();
  const { holdId } = await placeHold(tx, ctx, {
    accountId: card.accountId,
    amountCents: input.amountCents,
    reason: 'card_authorization',
    at,
  });
  const transactionId = await insertStatementLine(tx, ctx, {
    accountId: card.accountId,
    cardId: card.id,
    kind: 'card_purchase',
    status: 'pending',
    amountCents: -input.amountCents,
    description: input.descriptor,
    merchantName: input.merchantName ?? null,
    merchantCategoryCode: input.merchantCategoryCode ?? null,
    category: input.category ?? null,
    cardPresent: input.cardPresent ?? null,
    merchantCity: input.merchantCity ?? null,
    merchantRegion: input.merchantRegion ?? null,
    merchantCountry: input.merchantCountry ?? null,
    memo: input.memo ?? null,
    holdId,
    authorizedAt: at,
  });
  return { transactionId, holdId };
}

/**
 * Settles a pending card charge: the hold becomes a posting to the card network's settlement
 * account. The final amount may differ from the authorisation (tips, fuel).
 */
export async function captureCardCharge(
  tx: Tx,
  ctx: LedgerContext,
  input: { transactionId: string; amountCents?: number; at?: Date },
): Promise<{ journalId: string }> {
  const line = await pendingCardLine(tx, input.transactionId);
  const amountCents = input.amountCents ?? -line.amountCents;
  requirePositiveCents(amountCents);
  const at = input.at ?? ctx.now();
  const { journalId } = await captureHold(tx, ctx, line.holdId, {
    kind: 'card_capture',
    description: line.description,
    postings: movePostings(line.accountId, internalAccountId('card_settlement'), amountCents),
    refType: 'transaction',
    refId: line.id,
    effectiveAt: at,
  });
  await tx
    .update(transactions)
    .set({ status: 'posted', amountCents: -amountCents, journalId, postedAt: at })
    .where(eq(transactions.id, line.id));
  return { journalId };
}

/** The merchant voided the authorisation: the hold is lifted and nothing posts. */
export async function voidCardAuthorization(
  tx: Tx,
  ctx: LedgerContext,
  input: { transactionId: string },
): Promise<void> {
  const line = await pendingCardLine(tx, input.transactionId);
  await releaseHold(tx, ctx, line.holdId);
  await tx.update(transactions).set({ status: 'reversed' }).where(eq(transactions.id, line.id));
}

async function pendingCardLine(tx: Tx, transactionId: string) {
  const [line] = await tx
    .select()
    .from(transactions)
    .where(eq(transactions.id, transactionId))
    .for('update');
  if (!line || line.kind !== 'card_purchase')
    throw new AppError('NOT_FOUND', 'no such card charge');
  if (line.status !== 'pending' || !line.holdId) {
    throw new AppError('HOLD_NOT_ACTIVE', `the charge is already ${line.status}`);
  }
  return { ...line, holdId: line.holdId };
}
