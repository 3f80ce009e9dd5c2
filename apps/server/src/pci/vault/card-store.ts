import { eq } from 'drizzle-orm';
import { newId, vaultCards } from '../../db/index.js';
import type { Executor } from '../../db/index.js';
import { AppError } from '../../errors/index.js';
import { cardBrandOf, isValidPan } from '../card-brands.js';
import type { PaymentCardBrand } from '../card-brands.js';
import type { VaultKeyring } from './keyring.js';
import { fingerprintPan, sealPan } from './pan-seal.js';

/** What the vault says about a card to anyone: never the number, never the sealed value. */
export interface StoredCard {
  token: string;
  customerId: string | null;
  brand: PaymentCardBrand;
  last4: string;
  expMonth: number | null;
  expYear: number | null;
  fingerprint: string;
  keyId: string;
}

export interface TokenizeInput {
  pan: string;
  customerId: string | null;
  expMonth?: number;
  expYear?: number;
  now: Date;
}

// Every column but sealed_pan: the sealed value leaves this folder only through detokenize.
const visible = {
  token: vaultCards.token,
  customerId: vaultCards.customerId,
  brand: vaultCards.brand,
  last4: vaultCards.last4,
  expMonth: vaultCards.expMonth,
  expYear: vaultCards.expYear,
  fingerprint: vaultCards.fingerprint,
  keyId: vaultCards.keyId,
};

function assertExpiry(expMonth: number | undefined, expYear: number | undefined): void {
  // Whether a date is in the past is the capture's call (it counts wrong entries); the vault only
  // refuses what cannot be a printed expiry at all.
  const monthOk =
    expMonth === undefined || (Number.isInteger(expMonth) && expMonth >= 1 && expMonth <= 12);
  const yearOk =
    expYear === undefined || (Number.isInteger(expYear) && expYear >= 2000 && expYear <= 2099);
  if (!monthOk || !yearOk) throw new AppError('CARD_INVALID', 'The expiry date is not valid.');
}

/**
 * Seals a card number and returns its new token. Digits only: separators are the capture's job
 * to strip, and refusing them here keeps one canonical form behind each fingerprint.
 */
export async function tokenizeCard(
  db: Executor,
  keyring: VaultKeyring,
  input: TokenizeInput,
): Promise<StoredCard> {
  const { pan } = input;
  const brand = /^\d{12,19}$/.test(pan) && isValidPan(pan) ? cardBrandOf(pan) : null;
  // The message never repeats the input: a mistyped number is still mostly a card number.
  if (!brand) throw new AppError('CARD_INVALID', 'The card number is not valid.');
  assertExpiry(input.expMonth, input.expYear);
  const token = newId('vaultCard');
  const keyId = keyring.currentKeyId;
  const card: StoredCard = {
    token,
    customerId: input.customerId,
    brand,
    last4: pan.slice(-4),
    expMonth: input.expMonth ?? null,
    expYear: input.expYear ?? null,
    fingerprint: fingerprintPan(keyring.fingerprintKey, pan),
    keyId,
  };
  await db.insert(vaultCards).values({
    ...card,
    sealedPan: sealPan(keyring.dataKey(keyId), token, pan),
    createdAt: input.now,
  });
  return card;
}

/** The expiry often arrives after the number (keypad capture asks for it second). */
export async function setCardExpiry(
  db: Executor,
  token: string,
  expMonth: number,
  expYear: number,
): Promise<StoredCard> {
  assertExpiry(expMonth, expYear);
  const [card] = await db
    .update(vaultCards)
    .set({ expMonth, expYear })
    .where(eq(vaultCards.token, token))
    .returning(visible);
  if (!card) throw new AppError('NOT_FOUND', 'No such card in the vault.');
  return card;
}

export async function findCard(db: Executor, token: string): Promise<StoredCard | undefined> {
  const [card] = await db.select(visible).from(vaultCards).where(eq(vaultCards.token, token));
  return card;
}
