import { isIsoDate, localDateOf, monthNames, parseIsoDate } from '../../domain/regulation/index.js';
import type { IsoDate } from '../../domain/regulation/index.js';
import type { RenderContext } from './types.js';

// The domain's month names: one spelling for every date the bank writes.
export { monthNames };

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st, 22nd, 23rd … 31st. */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  const suffix = ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** The bank's calendar day of a date, a timestamp or an ISO string; null when it is none. */
export function bankDay(value: string | Date, timeZone: string): IsoDate | null {
  if (typeof value === 'string' && isIsoDate(value)) return value;
  // Only ISO timestamps: Date's lenient parser would turn "2026-02-30" into March 2nd.
  if (typeof value === 'string' && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const at = typeof value === 'string' ? new Date(value) : value;
  if (!(at instanceof Date) || Number.isNaN(at.getTime())) return null;
  return localDateOf(at, timeZone);
}

/**
 * "November 15th", with the year when it is not the current one in the bank's time zone
 * ("November 15th, 2024"). A date-only string is taken as the bank's day as it stands; an instant
 * is converted to the bank's day first.
 */
export function formatDate(value: string | Date, ctx: Pick<RenderContext, 'timeZone' | 'now'>) {
  const day = bankDay(value, ctx.timeZone);
  if (!day) throw new RangeError('not a date');
  const { year, month, day: dom } = parseIsoDate(day);
  const thisYear = Number(localDateOf(ctx.now, ctx.timeZone).slice(0, 4));
  const base = `${monthNames[month - 1]} ${ordinal(dom)}`;
  return year === thisYear ? base : `${base}, ${year}`;
}

/** "2026-11" as "November", or "November 2025" when it is not this year. */
export function formatMonth(yearMonth: string, ctx: Pick<RenderContext, 'timeZone' | 'now'>) {
  const match = /^(\d{4})-(\d{2})$/.exec(yearMonth);
  const name = match ? monthNames[Number(match[2]) - 1] : undefined;
  if (!match || !name) return null;
  const thisYear = localDateOf(ctx.now, ctx.timeZone).slice(0, 4);
  return match[1] === thisYear ? name : `${name} ${match[1]}`;
}

const monthPattern = monthNames.join('|');
const isoInText = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const namedInText = new RegExp(
  `\\b(${monthPattern}) (\\d{1,2})(?![\\d:]|st|nd|rd|th)(?:, (\\d{4})\\b)?`,
  'g',
);

/**
 * Dates inside sentences a tool wrote ("pending since 2026-11-20", "by December 11, 2024",
 * "Tuesday, November 24") in this module's style, so one reply does not mix three formats.
 */
export function humanizeDates(text: string, ctx: Pick<RenderContext, 'timeZone' | 'now'>) {
  const thisYear = Number(localDateOf(ctx.now, ctx.timeZone).slice(0, 4));
  return text
    .replace(isoInText, (whole: string) => (isIsoDate(whole) ? formatDate(whole, ctx) : whole))
    .replace(namedInText, (whole: string, month: string, dom: string, year?: string) => {
      const base = `${month} ${ordinal(Number(dom))}`;
      return year && Number(year) !== thisYear ? `${base}, ${year}` : base;
    });
}
