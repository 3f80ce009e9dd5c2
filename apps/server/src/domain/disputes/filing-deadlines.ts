import { addCalendarDays } from './calendar-days.js';
import { networkReasonCode } from './reason-codes.js';
import type { ReasonCodeInput } from './reason-codes.js';

/**
 * How long the customer has to send evidence after filing. Seed 004's own example
 * (created_at 1733097600, evidence_due_by 1735689600) is 30 days, as is seed 000's
 * "30-day timeline"; banks that give more or less pass their own figure.
 */
export const DEFAULT_EVIDENCE_WINDOW_DAYS = 30;

export function evidenceDueDate(filedAt: Date, days: number = DEFAULT_EVIDENCE_WINDOW_DAYS): Date {
  if (!Number.isSafeInteger(days) || days <= 0) {
    throw new RangeError('the evidence window must be a positive whole number of days');
  }
  return addCalendarDays(filedAt, days);
}

export interface FilingDeadlineInput extends ReasonCodeInput {
  /** The processing (posting) date the network counts from. */
  transactionDate: Date;
  /**
   * For codes that allow it (Visa 13.1, 13.3, 13.6; Mastercard 4853 not provided): the last
   * expected delivery date, the date the goods arrived, or the date on the credit voucher. The
   * window then runs from this date, but never past the code's cap after the processing date.
   * Ignored for every other code, and when it is earlier than the transaction date.
   */
  laterStartDate?: Date;
}

/**
 * The last day the bank can file with the network, or null when no network window applies
 * (Zelle, unsourced networks). Regulation E/Z notice windows run separately and are not here.
 */
export function latestFilingDate(input: FilingDeadlineInput): Date | null {
  const { filingLimitDays, extendedLimitCapDays } = networkReasonCode(input);
  if (filingLimitDays === null) return null;
  const standard = addCalendarDays(input.transactionDate, filingLimitDays);
  const later = input.laterStartDate;
  if (extendedLimitCapDays === null || later === undefined || later <= input.transactionDate) {
    return standard;
  }
  const extended = addCalendarDays(later, filingLimitDays);
  const cap = addCalendarDays(input.transactionDate, extendedLimitCapDays);
  return extended < cap ? extended : cap;
}
