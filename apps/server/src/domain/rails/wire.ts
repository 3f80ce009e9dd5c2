import {
  clockTimeSeconds,
  localDateOf,
  secondsIntoLocalDay,
  zonedInstant,
} from '../regulation/index.js';
import type { BusinessCalendar, ClockTime, IsoDate } from '../regulation/index.js';
import { EASTERN_TIME, isSettlementDay, nextSettlementDay } from './settlement-days.js';

/**
 * Domestic wires over Fedwire (RULES.md §8.3). The bank's own customer cutoff decides the send
 * day; Fedwire then moves the money within that business day, and a sent wire is final and
 * irrevocable (UCC Article 4A), so it can be cancelled only before it goes out.
 */

export const WIRE_DEFAULTS = {
  /** The bank's customer cutoff, in its own time zone; the demo bank's is 4:00 p.m. ET. */
  cutoff: '16:00',
  cutoffTimeZone: EASTERN_TIME,
  /** Fedwire's third-party transfer deadline, 6:00 p.m. ET per the Fed's page (RULES.md §8.3). */
  fedwireClose: '18:00',
} as const;

export interface WireOptions {
  cutoff?: ClockTime;
  cutoffTimeZone?: string;
  fedwireClose?: ClockTime;
}

export type WireSchedule = 'before_cutoff' | 'after_cutoff' | 'not_a_business_day';

export interface WireTiming {
  /** The business day the wire goes out (bank-local date of the cutoff's zone). */
  sendDate: IsoDate;
  sameDay: boolean;
  schedule: WireSchedule;
  /** The cutoff on the send date. */
  cutoffAt: Date;
  /** The wire should have arrived by Fedwire's close on the send date. */
  expectedBy: Date;
}

export function wireTiming(
  initiatedAt: Date,
  calendar: BusinessCalendar,
  options: WireOptions = {},
): WireTiming {
  const cutoff = options.cutoff ?? WIRE_DEFAULTS.cutoff;
  const zone = options.cutoffTimeZone ?? WIRE_DEFAULTS.cutoffTimeZone;
  const day = localDateOf(initiatedAt, zone);
  let schedule: WireSchedule;
  if (!isSettlementDay(calendar, day)) schedule = 'not_a_business_day';
  // At the cutoff minute itself the wire still makes it; one second later it does not.
  else if (secondsIntoLocalDay(initiatedAt, zone) > clockTimeSeconds(cutoff)) {
    schedule = 'after_cutoff';
  } else schedule = 'before_cutoff';
  const sendDate = schedule === 'before_cutoff' ? day : nextSettlementDay(calendar, day);
  return {
    sendDate,
    sameDay: schedule === 'before_cutoff',
    schedule,
    cutoffAt: zonedInstant(sendDate, cutoff, zone),
    expectedBy: zonedInstant(
      sendDate,
      options.fedwireClose ?? WIRE_DEFAULTS.fedwireClose,
      EASTERN_TIME,
    ),
  };
}
