/**
 * Money is integer cents. Every function here refuses anything that is not a safe integer, so a
 * float that slipped in upstream fails loudly instead of rounding quietly.
 */

export function isCents(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

export function assertCents(value: unknown, what = 'amount'): number {
  if (!isCents(value)) throw new RangeError(`${what} must be a whole number of cents`);
  return value;
}

export function sumCents(values: readonly number[]): number {
  let total = 0;
  for (const value of values) {
    total += assertCents(value);
    if (!Number.isSafeInteger(total)) throw new RangeError('sum of cents overflows');
  }
  return total;
}

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

/** "$5,647.32", "-$35.00". Exact: integer division, no float arithmetic on the amount. */
export function formatUsd(cents: number): string {
  assertCents(cents);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const dollars = Math.trunc(abs / 100);
  const rest = abs % 100;
  const whole = usd.format(dollars).replace(/\.00$/, '');
  return `${sign}${whole}.${String(rest).padStart(2, '0')}`;
}

/** Parses "5647.32", "$5,647.32" or "12" into cents; null when it is not a plain amount. */
export function parseUsd(text: string): number | null {
  const match = /^\s*\$?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?\s*$/.exec(text);
  if (!match) return null;
  const dollars = Number(match[1]!.replaceAll(',', ''));
  const fraction = match[2] === undefined ? 0 : Number(match[2].padEnd(2, '0'));
  const cents = dollars * 100 + fraction;
  return Number.isSafeInteger(cents) ? cents : null;
}
