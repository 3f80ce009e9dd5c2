import { dayOfWeek, parseIsoDate } from './iso-date.js';
import type { IsoDate } from './iso-date.js';

/*
 * English names spelled out here rather than through Intl, whose output depends on the ICU data
 * the runtime ships: customer-facing text and tests must not change with the Node build.
 */
export const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const WEEKDAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

function monthName(month: number): string {
  return monthNames[month - 1] ?? '';
}

/** Seed 004's `due_date_human`: "December 11, 2024". */
export function formatLongDate(date: IsoDate): string {
  const { year, month, day } = parseIsoDate(date);
  return `${monthName(month)} ${day}, ${year}`;
}

/** "Tuesday, November 24": for dates near enough that the year goes without saying. */
export function formatWeekdayDate(date: IsoDate): string {
  const { month, day } = parseIsoDate(date);
  return `${WEEKDAYS[dayOfWeek(date)]}, ${monthName(month)} ${day}`;
}
