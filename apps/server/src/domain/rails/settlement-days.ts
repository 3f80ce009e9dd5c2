import { addDays, isWeekend } from '../regulation/index.js';
import type { BusinessCalendar, IsoDate } from '../regulation/index.js';

/**
 * FedACH and Fedwire run Monday to Friday except Fed holidays (RULES.md §8.2, §8.3). The bank's
 * calendar adds its own closures, when it cannot send either; but a bank that opens on Saturdays
 * for Regulation E purposes still cannot settle on one, so weekends are excluded here regardless.
 */

/** The time zone of the Federal Reserve's payment schedules. */
export const EASTERN_TIME = 'America/New_York';

export function isSettlementDay(calendar: BusinessCalendar, date: IsoDate): boolean {
  return !isWeekend(date) && calendar.isBusinessDay(date);
}

export function nextSettlementDay(calendar: BusinessCalendar, date: IsoDate): IsoDate {
  let day = addDays(date, 1);
  while (!isSettlementDay(calendar, day)) day = addDays(day, 1);
  return day;
}

export function settlementDayOnOrAfter(calendar: BusinessCalendar, date: IsoDate): IsoDate {
  return isSettlementDay(calendar, date) ? date : nextSettlementDay(calendar, date);
}

/** The n-th settlement day after `date` (not counting `date`), as for business days. */
export function addSettlementDays(calendar: BusinessCalendar, date: IsoDate, n: number): IsoDate {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new RangeError('settlement days must be a whole number, 0 or more');
  }
  let day = date;
  for (let counted = 0; counted < n; counted += 1) day = nextSettlementDay(calendar, day);
  return day;
}
