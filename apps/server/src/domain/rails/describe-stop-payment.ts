import { formatUsd } from '../money.js';
import { formatLongDate } from '../regulation/index.js';
import type { StopPaymentDates } from './stop-payment.js';

export interface StopPaymentFacts {
  checkNumber: number;
  amountCents?: number | null;
  payeeName?: string | null;
  dates: StopPaymentDates;
  /** The bank's stop-payment fee, from its profile. */
  feeCents: number;
}

/**
 * "A stop payment is in place on check #1042 for $200.00 to Acme Roofing. It stays in effect
 * through May 3, 2026." An oral order gets the confirm-in-writing warning, since it otherwise
 * lapses after 14 days (UCC 4-403(b)).
 */
export function describeStopPayment(facts: StopPaymentFacts): string {
  const amount = facts.amountCents == null ? '' : ` for ${formatUsd(facts.amountCents)}`;
  const payee = facts.payeeName ? ` to ${facts.payeeName}` : '';
  const parts = [
    `A stop payment is in place on check #${facts.checkNumber}${amount}${payee}.`,
    `It stays in effect through ${formatLongDate(facts.dates.effectiveThrough)}.`,
  ];
  if (facts.dates.oralEffectiveThrough !== null) {
    parts.push(
      `Because it was not placed in writing, please confirm it in writing by ` +
        `${formatLongDate(facts.dates.oralEffectiveThrough)}, or it will lapse after that day.`,
    );
  }
  if (facts.feeCents > 0) parts.push(`A stop-payment fee of ${formatUsd(facts.feeCents)} applies.`);
  return parts.join(' ');
}
