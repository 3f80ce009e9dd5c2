import { cardBrandOf, cvvLengthFor, luhnValid } from '../card-brands.js';
import type { PaymentCardBrand } from '../card-brands.js';

/**
 * Checks of what a customer keys in or types into the card form, before anything is stored. A
 * refusal says which field is wrong, never what was entered.
 */
export type EntryCheck<T> =
  { ok: true; value: T } | { ok: false; field: 'number' | 'expiry' | 'cvv'; message: string };

/** Keypad and form input may carry spaces, dashes, dots or a trailing '#': digits are what count. */
function digitsOf(entry: string): string | null {
  const trimmed = entry.trim().replace(/#$/, '');
  return /^[\d\s.-]+$/.test(trimmed) ? trimmed.replace(/\D/g, '') : null;
}

export function checkCardNumber(
  entry: string,
): EntryCheck<{ pan: string; brand: PaymentCardBrand }> {
  const pan = digitsOf(entry);
  if (!pan || pan.length < 12 || pan.length > 19) {
    return { ok: false, field: 'number', message: 'a card number has 12 to 19 digits' };
  }
  const brand = cardBrandOf(pan);
  if (!brand)
    return { ok: false, field: 'number', message: 'that is not a card number we can take' };
  if (!luhnValid(pan))
    return {
      ok: false,
      field: 'number',
      message: 'that card number is not valid; check the digits',
    };
  return { ok: true, value: { pan, brand } };
}

/**
 * MMYY on the keypad; MM/YY, MM/YYYY or MM-YY in the form. A card is valid through the last day of
 * its expiry month, so it is refused only once that month is over where the bank is.
 */
export function checkExpiry(
  entry: string,
  today: { year: number; month: number },
): EntryCheck<{ expMonth: number; expYear: number }> {
  const match = /^\s*(\d{1,2})\s*[/\-. ]?\s*(\d{2}|\d{4})\s*#?\s*$/.exec(entry);
  if (!match)
    return {
      ok: false,
      field: 'expiry',
      message: 'enter the expiry as month and year, e.g. 08/29',
    };
  const expMonth = Number(match[1]);
  const expYear = match[2]!.length === 2 ? 2000 + Number(match[2]) : Number(match[2]);
  if (expMonth < 1 || expMonth > 12)
    return { ok: false, field: 'expiry', message: 'the expiry month must be 01 to 12' };
  if (expYear < today.year || (expYear === today.year && expMonth < today.month)) {
    return { ok: false, field: 'expiry', message: 'that card has expired' };
  }
  if (expYear > today.year + 20)
    return { ok: false, field: 'expiry', message: 'that expiry date is too far ahead' };
  return { ok: true, value: { expMonth, expYear } };
}

export function checkCvv(entry: string, brand: PaymentCardBrand): EntryCheck<string> {
  const cvv = entry.trim().replace(/#$/, '');
  const length = cvvLengthFor(brand);
  if (!new RegExp(`^\\d{${length}}$`).test(cvv)) {
    return {
      ok: false,
      field: 'cvv',
      message: `the security code is ${length} digits${brand === 'amex' ? ', on the front of the card' : ', on the back of the card'}`,
    };
  }
  return { ok: true, value: cvv };
}
