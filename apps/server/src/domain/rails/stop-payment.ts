import {
  addDays,
  addMonths,
  compareDates,
  localDateOf,
  zonedInstant,
} from '../regulation/index.js';
import type { IsoDate } from '../regulation/index.js';

/**
 * Stop-payment orders on checks, UCC 4-403(b): effective for six months, and an oral order lapses
 * after 14 calendar days unless confirmed in writing within that period. Dates are the bank's
 * local days; "through" means the order still stands at the end of that day.
 */
export const STOP_PAYMENT = {
  validMonths: 6,
  oralLapseDays: 14,
} as const;

export interface StopPaymentRequest {
  placedAt: Date;
  /** Placed by phone or in chat/voice rather than in writing. */
  oral: boolean;
}

export interface StopPaymentOptions {
  timeZone: string;
  /** The bank profile's validity; UCC 4-403(b) sets six months. */
  validMonths?: number;
}

export interface StopPaymentDates {
  placedOn: IsoDate;
  /** Six months on: the order stands through this day unless renewed in writing before then. */
  effectiveThrough: IsoDate;
  /** The first instant it no longer stands (bank-local midnight after `effectiveThrough`). */
  expiresAt: Date;
  /** An oral order stands through this day only, unless confirmed in writing by then. */
  oralEffectiveThrough: IsoDate | null;
  oralLapsesAt: Date | null;
}

export function stopPaymentDates(
  request: StopPaymentRequest,
  options: StopPaymentOptions,
): StopPaymentDates {
  const months = options.validMonths ?? STOP_PAYMENT.validMonths;
  if (!Number.isSafeInteger(months) || months < 1) {
    throw new RangeError('validMonths must be a whole number, 1 or more');
  }
  const placedOn = localDateOf(request.placedAt, options.timeZone);
  const effectiveThrough = addMonths(placedOn, months);
  const oralThrough = request.oral ? addDays(placedOn, STOP_PAYMENT.oralLapseDays) : null;
  const midnightAfter = (date: IsoDate): Date =>
    zonedInstant(addDays(date, 1), '00:00', options.timeZone);
  return {
    placedOn,
    effectiveThrough,
    expiresAt: midnightAfter(effectiveThrough),
    oralEffectiveThrough: oralThrough,
    oralLapsesAt: oralThrough === null ? null : midnightAfter(oralThrough),
  };
}

export type StopPaymentState = 'active' | 'lapsed_unconfirmed' | 'expired';

/** Whether the order still stands on `today`, given whether an oral order was confirmed. */
export function stopPaymentStateOn(
  dates: StopPaymentDates,
  today: IsoDate,
  confirmedInWriting: boolean,
): StopPaymentState {
  if (compareDates(today, dates.effectiveThrough) > 0) return 'expired';
  if (
    dates.oralEffectiveThrough !== null &&
    !confirmedInWriting &&
    compareDates(today, dates.oralEffectiveThrough) > 0
  ) {
    return 'lapsed_unconfirmed';
  }
  return 'active';
}
