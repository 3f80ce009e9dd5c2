import { compareDates, daysInMonth, isoDate, parseIsoDate } from './iso-date.js';
import type { IsoDate } from './iso-date.js';

/**
 * Monthly credit-card billing cycles that close on the account's statement day. A statement day
 * of 29–31 closes on the last day of a shorter month, so every month has exactly one closing.
 */

export function assertStatementDay(statementDay: number): number {
  if (!Number.isInteger(statementDay) || statementDay < 1 || statementDay > 31) {
    throw new RangeError('statement day must be a whole number from 1 to 31');
  }
  return statementDay;
}

/** The closing date in a given month. */
export function cycleCloseIn(year: number, month: number, statementDay: number): IsoDate {
  assertStatementDay(statementDay);
  return isoDate(year, month, Math.min(statementDay, daysInMonth(year, month)));
}

/**
 * The closing date of the cycle that contains `date`. The closing day is the cycle's last day, so
 * a date that is itself a closing date belongs to the cycle closing that day.
 */
export function cycleCloseOnOrAfter(date: IsoDate, statementDay: number): IsoDate {
  const { year, month } = parseIsoDate(date);
  const thisMonth = cycleCloseIn(year, month, statementDay);
  if (compareDates(date, thisMonth) <= 0) return thisMonth;
  return month === 12
    ? cycleCloseIn(year + 1, 1, statementDay)
    : cycleCloseIn(year, month + 1, statementDay);
}

/** The closing date `count` cycles after the closing date `close`. */
export function cycleCloseAfter(close: IsoDate, statementDay: number, count = 1): IsoDate {
  const { year, month } = parseIsoDate(close);
  const index = year * 12 + (month - 1) + count;
  return cycleCloseIn(Math.floor(index / 12), (index % 12) + 1, statementDay);
}
