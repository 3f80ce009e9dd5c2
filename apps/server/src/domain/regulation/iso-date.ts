/**
 * Calendar dates as ISO 'YYYY-MM-DD' strings. Regulation E and Z periods are whole days, so all
 * arithmetic here runs on day numbers (days since 1970-01-01) and never on instants: no time zone
 * or daylight-saving change can move a deadline by a day.
 */

/** 'YYYY-MM-DD', years 1000–9999. A plain string so it crosses JSON and SQL `date` unchanged. */
export type IsoDate = string;

/** 0 = Sunday … 6 = Saturday, as `Date#getUTCDay`. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface DateParts {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

const ISO_DATE = /^([1-9]\d{3})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function partsOrNull(value: string): DateParts | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && partsOrNull(value) !== null;
}

/** The date's parts; a RangeError for anything that is not a real calendar date. */
export function parseIsoDate(value: IsoDate): DateParts {
  const parts = partsOrNull(value);
  if (!parts) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${JSON.stringify(value)}`);
  return parts;
}

export function assertIsoDate(value: unknown, what = 'date'): IsoDate {
  if (!isIsoDate(value)) throw new RangeError(`${what} must be a calendar date (YYYY-MM-DD)`);
  return value;
}

/** Builds a date from parts, refusing impossible ones (2025-02-29, month 13). */
export function isoDate(year: number, month: number, day: number): IsoDate {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return assertIsoDate(text);
}

export function toEpochDay(date: IsoDate): number {
  const { year, month, day } = parseIsoDate(date);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export function fromEpochDay(epochDay: number): IsoDate {
  if (!Number.isSafeInteger(epochDay)) throw new RangeError('day number must be a whole number');
  const d = new Date(epochDay * MS_PER_DAY);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isSafeInteger(days)) throw new RangeError('days must be a whole number');
  return fromEpochDay(toEpochDay(date) + days);
}

/** Calendar days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  const diff = daysBetween(b, a);
  return diff < 0 ? -1 : diff > 0 ? 1 : 0;
}

export function dayOfWeek(date: IsoDate): Weekday {
  // 1970-01-01 was a Thursday (4).
  return ((((toEpochDay(date) + 4) % 7) + 7) % 7) as Weekday;
}

export function isWeekend(date: IsoDate): boolean {
  const weekday = dayOfWeek(date);
  return weekday === 0 || weekday === 6;
}

/**
 * The same day `months` later; a day the target month lacks becomes its last day (Aug 31 + 6
 * months = Feb 28 or 29), the usual reading of "six months" for a stop-payment order.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  if (!Number.isSafeInteger(months)) throw new RangeError('months must be a whole number');
  const { year, month, day } = parseIsoDate(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return isoDate(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/** Seed 004's `due_date`: the date's 00:00 UTC as unix seconds. */
export function unixSecondsAtUtcMidnight(date: IsoDate): number {
  return toEpochDay(date) * 86_400;
}
