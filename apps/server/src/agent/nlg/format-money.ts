import { formatUsd } from '../../domain/index.js';

const grouping = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0, useGrouping: true });

/**
 * "$1,104.24", "-$5.00": always with cents, so "$200.00" never reads as a rounded figure. Other
 * currencies are written "1,104.24 EUR" rather than with a symbol, whose glyph and placement vary
 * with the runtime's locale data. Integer arithmetic only; anything but whole cents is refused.
 */
export function formatMoney(cents: number, currency = 'USD'): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError('money must be a whole number of cents');
  const code = currency.trim().toUpperCase();
  if (code === 'USD') return formatUsd(cents);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const whole = grouping.format(Math.trunc(abs / 100));
  return `${sign}${whole}.${String(abs % 100).padStart(2, '0')} ${code}`;
}

/** "$5,647.32" or "-$247.89" back to cents; null for anything else. */
export function parseMoney(text: string): number | null {
  const match = /^\s*(-)?\$(\d{1,3}(?:,\d{3})*|\d+)\.(\d{2})\s*$/.exec(text);
  if (!match) return null;
  const cents = Number(match[2]!.replaceAll(',', '')) * 100 + Number(match[3]);
  if (!Number.isSafeInteger(cents)) return null;
  return match[1] ? -cents : cents;
}
