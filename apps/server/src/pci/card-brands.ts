/**
 * Which network issued a card number, from its IIN (the leading digits) and its length, as
 * RULES.md §7.1 tabulates them. Ranges are checked most specific first, so Discover's UnionPay
 * co-brand range wins over UnionPay and Maestro's catch-all comes last.
 */
export const paymentCardBrands = [
  'visa',
  'mastercard',
  'amex',
  'discover',
  'jcb',
  'diners',
  'unionpay',
  'maestro',
] as const;
export type PaymentCardBrand = (typeof paymentCardBrands)[number];

interface IinRange {
  brand: PaymentCardBrand;
  /** Inclusive range over the first `digits` digits of the number. */
  digits: number;
  from: number;
  to: number;
  lengths: readonly number[];
}

const range = (
  brand: PaymentCardBrand,
  from: number,
  to: number,
  lengths: readonly number[],
): IinRange => ({ brand, digits: String(from).length, from, to, lengths });

const sixteenToNineteen = [16, 17, 18, 19] as const;
const discoverLengths = [16, 19] as const;
const dinersLengths = [14, 16, 19] as const;

/** Most specific first: the first range that matches the prefix decides the brand. */
export const iinRanges: readonly IinRange[] = [
  range('discover', 622126, 622925, discoverLengths),
  range('discover', 6011, 6011, discoverLengths),
  range('discover', 644, 649, discoverLengths),
  range('discover', 65, 65, discoverLengths),
  range('mastercard', 2221, 2720, [16]),
  range('mastercard', 51, 55, [16]),
  range('amex', 34, 34, [15]),
  range('amex', 37, 37, [15]),
  range('jcb', 3528, 3589, sixteenToNineteen),
  range('jcb', 2131, 2131, [15]),
  range('jcb', 1800, 1800, [15]),
  range('diners', 3095, 3095, dinersLengths),
  range('diners', 300, 305, dinersLengths),
  range('diners', 36, 36, dinersLengths),
  range('diners', 38, 39, dinersLengths),
  range('unionpay', 620, 629, [14, 15, 16, 17, 18, 19]),
  range('unionpay', 81, 81, [14, 15, 16, 17, 18, 19]),
  range('visa', 4, 4, [13, 16, 18, 19]),
  range('maestro', 50, 50, [12, 13, 14, 15, 16, 17, 18, 19]),
  range('maestro', 56, 69, [12, 13, 14, 15, 16, 17, 18, 19]),
];

function prefixValue(digits: string, count: number): number {
  let value = 0;
  for (let i = 0; i < count; i++) value = value * 10 + (digits.charCodeAt(i) - 48);
  return value;
}

/** The range a digit string's prefix falls in, whatever its length; null when none does. */
export function iinRangeOf(digits: string): IinRange | null {
  for (const r of iinRanges) {
    if (digits.length < r.digits) continue;
    const prefix = prefixValue(digits, r.digits);
    if (prefix >= r.from && prefix <= r.to) return r;
  }
  return null;
}

/** The brand of a complete card number: its prefix is a known IIN and its length fits. */
export function cardBrandOf(digits: string): PaymentCardBrand | null {
  if (!/^\d{12,19}$/.test(digits)) return null;
  const r = iinRangeOf(digits);
  return r && r.lengths.includes(digits.length) ? r.brand : null;
}

/** Luhn (mod 10), RULES.md §7.2: from the check digit leftwards, double every second digit. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    const code = digits.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return false;
    if (double) sum += code > 4 ? code * 2 - 9 : code * 2;
    else sum += code;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** A number a card network could have issued: known IIN, a length that IIN uses, Luhn valid. */
export function isValidPan(digits: string): boolean {
  return cardBrandOf(digits) !== null && luhnValid(digits);
}

/** American Express prints a 4-digit CID on the front; every other brand a 3-digit code. */
export function cvvLengthFor(brand: PaymentCardBrand): 3 | 4 {
  return brand === 'amex' ? 4 : 3;
}

/** "Visa", "Mastercard"…: how the brand is said to a customer. */
export function brandName(brand: PaymentCardBrand): string {
  const names: Record<PaymentCardBrand, string> = {
    visa: 'Visa',
    mastercard: 'Mastercard',
    amex: 'American Express',
    discover: 'Discover',
    jcb: 'JCB',
    diners: 'Diners Club',
    unionpay: 'UnionPay',
    maestro: 'Maestro',
  };
  return names[brand];
}
