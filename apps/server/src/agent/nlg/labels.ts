import { createBankCalendar, localDateOf } from '../../domain/regulation/index.js';
import type { BusinessCalendar } from '../../domain/regulation/index.js';
import { brandName, paymentCardBrands } from '../../pci/index.js';
import type { PaymentCardBrand } from '../../pci/index.js';
import { bankDay } from './format-date.js';
import { md, str } from './read.js';
import type { Bag, RenderContext } from './types.js';

/** What an account is called in a sentence. */
export function accountNoun(type: string | null): string {
  switch (type) {
    case 'checking':
      return 'checking account';
    case 'savings':
      return 'savings account';
    case 'credit_card':
      return 'credit card';
    case 'loan':
      return 'loan';
    default:
      return 'account';
  }
}

/** "checking account ending in 4521": never more than the last four digits. */
export function accountLabel(type: string | null, last4: string | null): string {
  const noun = accountNoun(type);
  return last4 && /^\d{4}$/.test(last4) ? `${noun} ending in ${last4}` : noun;
}

export function brand(value: string | null): string | null {
  return value && (paymentCardBrands as readonly string[]).includes(value)
    ? brandName(value as PaymentCardBrand)
    : null;
}

/** One of the bank's cards: "debit card ending in 4532". */
export function cardLabel(card: Bag | null): string {
  const kind = str(card, 'kind');
  const last4 = str(card, 'last4');
  const noun = kind === 'debit' || kind === 'credit' ? `${kind} card` : 'card';
  return last4 && /^\d{4}$/.test(last4) ? `${noun} ending in ${last4}` : noun;
}

/**
 * A statement descriptor without its order reference or store number: "AMZN MKTP US*2K4L81VW3"
 * is "AMZN MKTP US", "SHELL OIL 57444" is "SHELL OIL". The reference helps nobody and, read out,
 * is a string of characters.
 */
export function cleanDescriptor(description: string): string {
  const cleaned = description
    .replace(/\s+/g, ' ')
    .replace(/\s*\*\s*(?=[A-Z0-9]*\d)[A-Z0-9]{6,}$/i, '')
    .replace(/\s+#?\d{3,}$/, '')
    .trim();
  return cleaned || description.trim();
}

const smallWords = new Set(['TO', 'OF', 'AND', 'THE', 'AT', 'FOR', 'IN', 'ON', 'BY']);

/**
 * "ACH TO VANGUARD" → "ACH to Vanguard": voices spell out words in capitals, so a descriptor
 * heard aloud keeps only its short acronyms and codes in capitals.
 */
export function speakableName(name: string): string {
  if (/[a-z]/.test(name)) return name;
  return name
    .split(' ')
    .map((word) => {
      if (smallWords.has(word)) return word.toLowerCase();
      if (/\d/.test(word) || word.length <= 3) return word;
      return word.charAt(0) + word.slice(1).toLowerCase();
    })
    .join(' ');
}

/** A charge as the statement shows it (on screen) and by the merchant's name (heard). */
export function chargeName(t: Bag | null): { text: string; speech: string } {
  const description = str(t, 'description');
  const merchant = str(t, 'merchant_name') ?? str(t, 'merchant');
  const shown = description ? cleanDescriptor(description) : (merchant ?? 'the merchant');
  return { text: md(shown), speech: merchant ?? speakableName(shown) };
}

/** Business days from today to `date` on the bank's calendar; null when it cannot be told. */
export function businessDaysUntil(date: unknown, ctx: RenderContext): number | null {
  if (typeof date !== 'string') return null;
  const target = bankDay(date, ctx.timeZone);
  if (!target) return null;
  const calendar: BusinessCalendar = ctx.calendar ?? fedCalendar();
  const days = calendar.businessDaysBetween(localDateOf(ctx.now, ctx.timeZone), target);
  return days > 0 ? days : null;
}

let fed: BusinessCalendar | undefined;
function fedCalendar(): BusinessCalendar {
  fed ??= createBankCalendar();
  return fed;
}
