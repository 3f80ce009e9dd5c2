import { fedHolidays } from './fed-holidays.js';
import { addDays, assertIsoDate, compareDates, dayOfWeek, parseIsoDate } from './iso-date.js';
import type { IsoDate } from './iso-date.js';

/**
 * A bank's business days. Regulation E's "business day" is a day the institution is open for
 * substantially all business functions (12 CFR 1005.2(d)), so it belongs to the bank: the Fed
 * calendar is the default, and a bank adds its own closures or opens on Saturdays.
 */

/** Field names match the bank profile, so a profile can be passed as it is. */
export interface BankCalendarProfile {
  /** The bank's own closures on top of the Federal Reserve's (a state holiday, a storm day). */
  extraClosures?: readonly IsoDate[];
  /** True when the bank is open for substantially all business functions on Saturdays. */
  saturdaysAreBusinessDays?: boolean;
}

export interface BusinessCalendar {
  isBusinessDay(date: IsoDate): boolean;
  /**
   * "Within n business days of day D": D itself is not counted, so this is the n-th business day
   * after D, whether or not D is one. n = 0 returns D unchanged.
   */
  addBusinessDays(date: IsoDate, n: number): IsoDate;
  /** The first business day strictly after `date`. */
  nextBusinessDay(date: IsoDate): IsoDate;
  /** `date` if it is a business day, else the next one. */
  businessDayOnOrAfter(date: IsoDate): IsoDate;
  /**
   * Business days after `from` up to and including `to`, so that
   * businessDaysBetween(d, addBusinessDays(d, n)) = n; negative when `to` is earlier.
   */
  businessDaysBetween(from: IsoDate, to: IsoDate): number;
  /** Weekdays (and open Saturdays) of `year` the bank is closed, in date order. */
  closures(year: number): IsoDate[];
}

export function createBankCalendar(profile: BankCalendarProfile = {}): BusinessCalendar {
  const saturdaysOpen = profile.saturdaysAreBusinessDays === true;
  const extra = new Set(
    (profile.extraClosures ?? []).map((date) => assertIsoDate(date, 'extra closure')),
  );
  const byYear = new Map<number, Set<IsoDate>>();

  function closedDays(year: number): Set<IsoDate> {
    let closed = byYear.get(year);
    if (!closed) {
      closed = new Set<IsoDate>();
      for (const holiday of fedHolidays(year)) {
        if (holiday.closure) closed.add(holiday.closure);
        // The Fed stays open the Friday before a Saturday holiday, but a bank that opens on
        // Saturdays does not open on the holiday itself.
        else if (saturdaysOpen) closed.add(holiday.date);
      }
      for (const date of extra) if (parseIsoDate(date).year === year) closed.add(date);
      byYear.set(year, closed);
    }
    return closed;
  }

  function isBusinessDay(date: IsoDate): boolean {
    const weekday = dayOfWeek(date);
    if (weekday === 0 || (weekday === 6 && !saturdaysOpen)) return false;
    return !closedDays(parseIsoDate(date).year).has(date);
  }

  function nextBusinessDay(date: IsoDate): IsoDate {
    let day = addDays(date, 1);
    while (!isBusinessDay(day)) day = addDays(day, 1);
    return day;
  }

  function addBusinessDays(date: IsoDate, n: number): IsoDate {
    if (!Number.isSafeInteger(n) || n < 0) {
      throw new RangeError('business days must be a whole number, 0 or more');
    }
    let day = assertIsoDate(date);
    for (let counted = 0; counted < n; counted += 1) day = nextBusinessDay(day);
    return day;
  }

  function countForward(from: IsoDate, to: IsoDate): number {
    let count = 0;
    for (let day = addDays(from, 1); compareDates(day, to) <= 0; day = addDays(day, 1)) {
      if (isBusinessDay(day)) count += 1;
    }
    return count;
  }

  return {
    isBusinessDay,
    addBusinessDays,
    nextBusinessDay,
    businessDayOnOrAfter: (date) => (isBusinessDay(date) ? date : nextBusinessDay(date)),
    businessDaysBetween: (from, to) =>
      compareDates(from, to) <= 0 ? countForward(from, to) : -countForward(to, from),
    closures: (year) =>
      [...closedDays(year)]
        .filter((date) => dayOfWeek(date) !== 0 && (saturdaysOpen || dayOfWeek(date) !== 6))
        .sort(),
  };
}
