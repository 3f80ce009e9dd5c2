import { tzOffset } from '@date-fns/tz';
import * as chrono from 'chrono-node';
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import { endOfMonth, subDays } from 'date-fns';
import { calendarDay, isoDay } from './calendar.js';
import { findPeriods } from './periods.js';

export interface DateFinding {
  from: string;
  to: string;
  text: string;
  start: number;
  end: number;
  /** A single day written with its year ("March 14 1985", "03/14/1985"): a birth date candidate. */
  withYear: boolean;
  /** A time of day and nothing else ("at 7pm"): claimed, but no date. */
  timeOnly: boolean;
}

function dayOf(c: ParsedComponents): Date {
  return calendarDay(c.get('year')!, c.get('month')!, c.get('day')!);
}

/** Whether the year was in the text ("March 14 1985", "3/14/85"), not worked out ("yesterday"). */
export function yearWritten(result: ParsedResult): boolean {
  if (!result.start.isCertain('year') || result.end) return false;
  const year = String(result.start.get('year'));
  return result.text.includes(year) || new RegExp(`\\b${year.slice(2)}\\s*$`).test(result.text);
}

/** chrono's reading of one result as whole days in the bank's calendar. */
function fromChrono(result: ParsedResult, today: Date): DateFinding {
  const { start } = result;
  const tags = [...result.tags()];
  const base = {
    text: result.text,
    start: result.index,
    end: result.index + result.text.length,
    withYear: false,
    timeOnly: false,
  };
  const dayKnown =
    start.isCertain('day') ||
    start.isCertain('weekday') ||
    tags.some((t) => t.startsWith('casualReference/') || t === 'result/relativeDate');
  if (result.end) {
    return { ...base, from: isoDay(dayOf(start)), to: isoDay(dayOf(result.end)) };
  }
  if (!dayKnown && start.isCertain('month')) {
    const first = calendarDay(start.get('year')!, start.get('month')!, 1);
    return { ...base, from: isoDay(first), to: isoDay(endOfMonth(first)) };
  }
  if (!dayKnown) return { ...base, from: '', to: '', timeOnly: true };
  let day = dayOf(start);
  // A bare weekday means the last one ("the charge on Tuesday"), not chrono's nearest.
  const bareWeekday =
    start.isCertain('weekday') &&
    !start.isCertain('day') &&
    !/\b(?:next|this|coming)\b/i.test(result.text);
  if (bareWeekday && day > today) day = subDays(day, 7);
  return { ...base, from: isoDay(day), to: isoDay(day), withYear: yearWritten(result) };
}

const joiner = /^\s*(?:-|–|to|through|thru|until|till|and)\s*$/i;

/** "between May 1 and May 10", "the 5th to the 10th", "since December 1st". */
function join(findings: DateFinding[], text: string, today: Date): DateFinding[] {
  const out: DateFinding[] = [];
  for (const f of findings) {
    const prev = out[out.length - 1];
    const gap = prev ? text.slice(prev.end, f.start) : '';
    const between = prev && /\bbetween\s+$/i.test(text.slice(0, prev.start));
    if (
      prev &&
      !prev.timeOnly &&
      !f.timeOnly &&
      joiner.test(gap) &&
      (!/and/i.test(gap) || between)
    ) {
      const [from, to] = prev.from <= f.to ? [prev.from, f.to] : [f.from, prev.to];
      out[out.length - 1] = {
        ...prev,
        from,
        to,
        text: text.slice(prev.start, f.end),
        end: f.end,
        withYear: false,
      };
      continue;
    }
    out.push(f);
  }
  return out.map((f) =>
    !f.timeOnly && /\bsince\s+$/i.test(text.slice(0, f.start))
      ? { ...f, to: isoDay(today), withYear: false }
      : f,
  );
}

/**
 * Every date and period in `masked` (the message with already-claimed parts blanked), as ISO days
 * in the bank's time zone. chrono-node reads the dates; the hand-written periods in periods.ts
 * go first and are blanked before chrono sees the text.
 */
export function findDates(
  masked: string,
  ctx: { now: Date; timeZone: string; today: Date },
): DateFinding[] {
  const periods = findPeriods(masked.toLowerCase(), ctx.today);
  let rest = masked;
  for (const p of periods)
    rest = rest.slice(0, p.start) + ' '.repeat(p.end - p.start) + rest.slice(p.end);
  const results = chrono.parse(rest, {
    instant: ctx.now,
    timezone: tzOffset(ctx.timeZone, ctx.now),
  });
  const findings: DateFinding[] = [
    ...periods.map((p) => ({
      from: isoDay(p.from),
      to: isoDay(p.to),
      text: masked.slice(p.start, p.end),
      start: p.start,
      end: p.end,
      withYear: false,
      timeOnly: false,
    })),
    ...results.map((r) => fromChrono(r, ctx.today)),
  ].sort((a, b) => a.start - b.start);
  return join(findings, masked, ctx.today);
}
