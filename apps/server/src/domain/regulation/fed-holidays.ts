import { addDays, dayOfWeek, daysInMonth, isoDate } from './iso-date.js';
import type { IsoDate, Weekday } from './iso-date.js';

/**
 * The Federal Reserve Banks' holiday calendar (RULES.md §3, Richmond Fed schedule). It is not the
 * federal-employee rule of 5 U.S.C. 6103(b): a holiday on a Saturday closes nothing (the Reserve
 * Banks stay open the Friday before), and only a Sunday holiday moves, to the Monday after.
 */

export type FedHolidayName =
  | "New Year's Day"
  | 'Birthday of Martin Luther King, Jr.'
  | "Washington's Birthday"
  | 'Memorial Day'
  | 'Juneteenth National Independence Day'
  | 'Independence Day'
  | 'Labor Day'
  | 'Columbus Day'
  | 'Veterans Day'
  | 'Thanksgiving Day'
  | 'Christmas Day';

export interface FedHoliday {
  name: FedHolidayName;
  /** The holiday itself. */
  date: IsoDate;
  /** The weekday the Reserve Banks close for it; null when it falls on a Saturday. */
  closure: IsoDate | null;
}

/** MLK Day was first observed in 1986; earlier years would need a different list. */
const FIRST_YEAR = 1986;
/** Juneteenth became a legal public holiday in June 2021 (it fell on a Saturday that year). */
const JUNETEENTH_FIRST_YEAR = 2021;

function nthWeekday(year: number, month: number, weekday: Weekday, n: number): IsoDate {
  const first = isoDate(year, month, 1);
  const shift = (weekday - dayOfWeek(first) + 7) % 7;
  return addDays(first, shift + (n - 1) * 7);
}

function lastWeekday(year: number, month: number, weekday: Weekday): IsoDate {
  const last = isoDate(year, month, daysInMonth(year, month));
  return addDays(last, -((dayOfWeek(last) - weekday + 7) % 7));
}

function closureFor(date: IsoDate): IsoDate | null {
  const weekday = dayOfWeek(date);
  if (weekday === 6) return null;
  if (weekday === 0) return addDays(date, 1);
  return date;
}

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > 9999) {
    throw new RangeError(`year must be a whole number from ${FIRST_YEAR} to 9999`);
  }
}

/** Every Fed holiday of `year` in date order, with the day the Reserve Banks close for it. */
export function fedHolidays(year: number): FedHoliday[] {
  assertYear(year);
  const MONDAY = 1;
  const THURSDAY = 4;
  const dates: [FedHolidayName, IsoDate][] = [
    ["New Year's Day", isoDate(year, 1, 1)],
    ['Birthday of Martin Luther King, Jr.', nthWeekday(year, 1, MONDAY, 3)],
    ["Washington's Birthday", nthWeekday(year, 2, MONDAY, 3)],
    ['Memorial Day', lastWeekday(year, 5, MONDAY)],
    ['Independence Day', isoDate(year, 7, 4)],
    ['Labor Day', nthWeekday(year, 9, MONDAY, 1)],
    ['Columbus Day', nthWeekday(year, 10, MONDAY, 2)],
    ['Veterans Day', isoDate(year, 11, 11)],
    ['Thanksgiving Day', nthWeekday(year, 11, THURSDAY, 4)],
    ['Christmas Day', isoDate(year, 12, 25)],
  ];
  if (year >= JUNETEENTH_FIRST_YEAR) {
    dates.splice(4, 0, ['Juneteenth National Independence Day', isoDate(year, 6, 19)]);
  }
  return dates.map(([name, date]) => ({ name, date, closure: closureFor(date) }));
}

/**
 * The weekdays of `year` the Reserve Banks are closed, in order. A Sunday holiday's Monday always
 * stays in the same year (Jan 2 at the latest, Dec 26 at the latest), so no year borrows another's.
 */
export function fedClosures(year: number): IsoDate[] {
  return fedHolidays(year).flatMap((holiday) => (holiday.closure ? [holiday.closure] : []));
}
