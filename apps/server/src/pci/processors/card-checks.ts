import type { Db } from '../../db/index.js';
import { AppError } from '../../errors/index.js';
import { cvvLengthFor } from '../card-brands.js';
import { findCard } from '../vault/index.js';
import type { StoredCard, VaultKeyring } from '../vault/index.js';
import { detokenize } from '../vault/detokenize.js';
import { cardRefusal } from './card-refusal.js';
import type { AuthorizeRequest, ProcessorRefusal } from './processor.js';

export type CardForAuthorization =
  { ok: true; card: StoredCard; pan: string; expMonth: number; expYear: number } | ProcessorRefusal;

/**
 * What both processors check before a card goes anywhere: the amount, that the token is the
 * customer's, the CVV's length for the brand and the expiry. All of it from the vault's visible
 * columns, so a card that fails is refused without its number ever being opened; only then is
 * the number opened, audited, for this one authorisation.
 */
export async function cardForAuthorization(
  deps: { db: Db; keyring: VaultKeyring },
  processor: 'sandbox' | 'stripe',
  request: AuthorizeRequest,
): Promise<CardForAuthorization> {
  if (!Number.isSafeInteger(request.amountCents) || request.amountCents <= 0) {
    throw new AppError('INVALID_AMOUNT', 'The amount must be a positive number of cents.');
  }
  const card = await findCard(deps.db, request.token);
  // Another customer's card is missing as far as this caller is concerned (as everywhere else).
  if (!card || (card.customerId !== null && card.customerId !== request.customerId)) {
    throw new AppError('NOT_FOUND', 'No such card in the vault.');
  }
  if (!/^\d+$/.test(request.cvv) || request.cvv.length !== cvvLengthFor(card.brand)) {
    return cardRefusal('invalid_cvc');
  }
  const { expMonth, expYear } = card;
  if (expMonth === null || expYear === null) return cardRefusal('expiry_missing');
  const expiry = expiryProblem(expMonth, expYear, request.now);
  if (expiry) return cardRefusal(expiry);
  const pan = await detokenize(deps.db, deps.keyring, request.token, {
    purpose: 'authorize',
    actor: 'processor',
    sessionId: request.sessionId,
    customerId: request.customerId,
    processor,
    now: request.now,
  });
  return { ok: true, card, pan, expMonth, expYear };
}

// A card is good through the last day of its printed month. UTC is close enough here: a day's
// difference at the month's edge is the issuer's to settle, and it does.
function expiryProblem(expMonth: number, expYear: number, now: Date): string | null {
  const year = now.getUTCFullYear();
  if (expYear < year) return 'invalid_expiry_year';
  if (expYear === year && expMonth < now.getUTCMonth() + 1) return 'invalid_expiry_month';
  return null;
}
