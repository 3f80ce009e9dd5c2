import { format } from 'date-fns';
import { localDateOf, parseIsoDate } from '../../../domain/regulation/index.js';

/*
 * Calendar days are plain local-time Date objects at noon: only their year, month and day are ever
 * read, and noon keeps a daylight-saving change from moving them to another date. The bank's time
 * zone enters once, when today is worked out from `now`.
 */

export function calendarDay(year: number, month: number, day: number): Date {
  return new Date(year, month - 1, day, 12);
}

/** Today's date where the bank is, whatever zone this process runs in. */
export function todayIn(timeZone: string, now: Date): Date {
  const { year, month, day } = parseIsoDate(localDateOf(now, timeZone));
  return calendarDay(year, month, day);
}

export function isoDay(day: Date): string {
  return format(day, 'yyyy-MM-dd');
}

/** A real calendar date, not 31 April. */
export function isRealDay(year: number, month: number, day: number): boolean {
  const d = calendarDay(year, month, day);
  return d.getFullYear() === year && d.getMonth() === month - 1 && d.getDate() === day;
}
