import { addDays, compareDates, localDateOf } from '../regulation/index.js';
import type { BusinessCalendar, IsoDate } from '../regulation/index.js';

/**
 * Zelle timing and statuses (RULES.md §8.1). To an enrolled recipient money arrives within
 * minutes; to one not yet enrolled it waits for enrollment, then takes up to 3 business days, and
 * expires back to the sender if nobody claims it. The expiry is bank-specific (10 or 14 days).
 */

export const ZELLE_STATUSES = [
  'pending_enrollment',
  'sent',
  'delivered',
  'expired_returned',
  'cancelled',
  'held_for_review',
] as const;
export type ZelleStatus = (typeof ZELLE_STATUSES)[number];

/** Where each status may go next; the last three are final. */
export const ZELLE_TRANSITIONS: Readonly<Record<ZelleStatus, readonly ZelleStatus[]>> = {
  pending_enrollment: ['sent', 'expired_returned', 'cancelled', 'held_for_review'],
  sent: ['delivered', 'held_for_review'],
  held_for_review: ['sent', 'cancelled'],
  delivered: [],
  expired_returned: [],
  cancelled: [],
};

export function canZelleTransition(from: ZelleStatus, to: ZelleStatus): boolean {
  return ZELLE_TRANSITIONS[from].includes(to);
}

/** Only money still waiting for the recipient to enroll can be called back (RULES.md §8.1). */
export function canCancelZelle(status: ZelleStatus): boolean {
  return status === 'pending_enrollment';
}

export const ZELLE_DEFAULTS = {
  /** Days an unclaimed payment waits before it is returned; the demo bank's profile says 14. */
  unclaimedExpiryDays: 14,
  /** "Up to 3 business days" after the recipient enrolls (U.S. Bank's published figure). */
  afterEnrollmentBusinessDays: 3,
  /** What "within minutes" is shown as when an instant is needed; not a published figure. */
  enrolledDeliveryMinutes: 15,
} as const;

export interface ZelleRequest {
  initiatedAt: Date;
  /** When the recipient enrolled: at or before `initiatedAt` if already enrolled; null if not yet. */
  recipientEnrolledAt: Date | null;
}

export interface ZelleOptions {
  /** The bank's time zone, for the calendar days and business days. */
  timeZone: string;
  unclaimedExpiryDays?: number;
  enrolledDeliveryMinutes?: number;
}

export type ZelleTiming =
  | { kind: 'within_minutes'; expectedBy: Date }
  | { kind: 'after_enrollment'; enrolledOn: IsoDate; expectedByDate: IsoDate }
  | { kind: 'awaiting_enrollment'; expiresAfter: IsoDate }
  | { kind: 'expired'; expiredAfter: IsoDate };

export function zelleTiming(
  request: ZelleRequest,
  calendar: BusinessCalendar,
  options: ZelleOptions,
): ZelleTiming {
  const expiryDays = options.unclaimedExpiryDays ?? ZELLE_DEFAULTS.unclaimedExpiryDays;
  if (!Number.isSafeInteger(expiryDays) || expiryDays < 1) {
    throw new RangeError('unclaimedExpiryDays must be a whole number, 1 or more');
  }
  const enrolledAt = request.recipientEnrolledAt;
  if (enrolledAt !== null && enrolledAt.getTime() <= request.initiatedAt.getTime()) {
    const minutes = options.enrolledDeliveryMinutes ?? ZELLE_DEFAULTS.enrolledDeliveryMinutes;
    return {
      kind: 'within_minutes',
      expectedBy: new Date(request.initiatedAt.getTime() + minutes * 60_000),
    };
  }
  // The payment is claimable through the last day of the period, then goes back to the sender.
  const expiresAfter = addDays(localDateOf(request.initiatedAt, options.timeZone), expiryDays);
  if (enrolledAt === null) return { kind: 'awaiting_enrollment', expiresAfter };
  const enrolledOn = localDateOf(enrolledAt, options.timeZone);
  if (compareDates(enrolledOn, expiresAfter) > 0) {
    return { kind: 'expired', expiredAfter: expiresAfter };
  }
  return {
    kind: 'after_enrollment',
    enrolledOn,
    expectedByDate: calendar.addBusinessDays(
      enrolledOn,
      ZELLE_DEFAULTS.afterEnrollmentBusinessDays,
    ),
  };
}
