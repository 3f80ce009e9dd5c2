import { formatUsd } from '../money.js';
import { formatWeekdayDate } from '../regulation/index.js';
import type { IsoDate } from '../regulation/index.js';
import type { WireSchedule } from './wire.js';

/**
 * One or two plain sentences for `check_transfer_status`. The statuses are the store's single set
 * for all rails; the wording never promises more than the rail does (a sent wire is final, a
 * Zelle payment to an unenrolled recipient can come back).
 */

export type TransferRail = 'zelle' | 'ach' | 'wire';

export type TransferStatus =
  | 'pending'
  | 'pending_enrollment'
  | 'processing'
  | 'sent'
  | 'delivered'
  | 'completed'
  | 'held_for_review'
  | 'expired_returned'
  | 'returned'
  | 'cancelled'
  | 'failed';

export interface TransferStatusFacts {
  rail: TransferRail;
  status: TransferStatus;
  amountCents: number;
  counterpartyName: string;
  /** When the money should arrive (or, for a wire not yet sent, the day it goes out). */
  expectedDate?: IsoDate | null;
  /** Zelle to an enrolled recipient: arrives within minutes. */
  withinMinutes?: boolean;
  /** Zelle awaiting enrollment: the last day the recipient can claim it. */
  expiresAfter?: IsoDate | null;
  /** When it was delivered, completed, returned or cancelled. */
  settledDate?: IsoDate | null;
  sameDay?: boolean;
  /** A wire's schedule, to say why it goes out on a later day. */
  wireSchedule?: WireSchedule;
  /** The bank's fee for this transfer, from its profile. */
  feeCents?: number;
}

function noun(facts: TransferStatusFacts): string {
  if (facts.rail === 'zelle') return 'Zelle payment';
  if (facts.rail === 'wire') return 'wire transfer';
  return facts.sameDay ? 'same-day ACH transfer' : 'ACH transfer';
}

function arrival(facts: TransferStatusFacts): string {
  if (facts.withinMinutes) return '; it should arrive within minutes';
  if (facts.expectedDate) return `; it should arrive by ${formatWeekdayDate(facts.expectedDate)}`;
  return '';
}

function on(date: IsoDate | null | undefined): string {
  return date ? ` on ${formatWeekdayDate(date)}` : '';
}

function wirePending(facts: TransferStatusFacts): string {
  if (!facts.expectedDate) return 'is waiting to go out; once sent, a wire cannot be recalled';
  const why =
    facts.wireSchedule === 'after_cutoff'
      ? " because it came in after today's wire cutoff"
      : facts.wireSchedule === 'not_a_business_day'
        ? ' because wires only go out on business days'
        : '';
  return (
    `is scheduled to go out on ${formatWeekdayDate(facts.expectedDate)}${why}; ` +
    'once sent, a wire cannot be recalled'
  );
}

function statusPhrase(facts: TransferStatusFacts): string {
  const when = on(facts.settledDate);
  switch (facts.status) {
    case 'pending':
      return facts.rail === 'wire' ? wirePending(facts) : `is pending${arrival(facts)}`;
    case 'processing':
      return `is being processed${arrival(facts)}`;
    case 'pending_enrollment': {
      const expiry = facts.expiresAfter
        ? `. If they don't enroll by ${formatWeekdayDate(facts.expiresAfter)}, the money comes back to you`
        : '';
      return `is waiting for the recipient to enroll with Zelle${expiry}. You can still cancel it`;
    }
    case 'sent':
      return facts.rail === 'wire'
        ? `has been sent and can no longer be recalled${arrival(facts)}`
        : `has been sent${arrival(facts)}`;
    case 'delivered':
      return `was delivered${when}`;
    case 'completed':
      return `was completed${when}`;
    case 'held_for_review':
      return "is on hold for a security review; it won't move until the review is finished";
    case 'expired_returned':
      return `was not claimed in time, so the money was returned to your account${when}`;
    case 'returned':
      return `was returned by the receiving bank${when}, and the money goes back to your account`;
    case 'cancelled':
      return `was cancelled${when}, so the money was not sent`;
    case 'failed':
      return `could not be completed${when}, so the money was not sent`;
  }
}

/** "Your ACH transfer of $500.00 to Vanguard is pending; it should arrive by Tuesday, November 24." */
export function describeTransferStatus(facts: TransferStatusFacts): string {
  const subject = `Your ${noun(facts)} of ${formatUsd(facts.amountCents)} to ${facts.counterpartyName}`;
  const fee =
    facts.feeCents &&
    facts.feeCents > 0 &&
    facts.status !== 'cancelled' &&
    facts.status !== 'failed'
      ? ` A fee of ${formatUsd(facts.feeCents)} applies.`
      : '';
  return `${subject} ${statusPhrase(facts)}.${fee}`;
}
