import * as chrono from 'chrono-node';
import { calendarDay, isRealDay, isoDay } from './calendar.js';
import { yearWritten } from './dates.js';
import { numberWord, readCardinal } from './number-words.js';
import { ordinalValue } from './periods.js';
import { tokenize } from './tokens.js';
import type { Token } from './tokens.js';

const monthNames =
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\.?$/;

/** "nineteen eighty-five" → 1985, "twenty oh three" → 2003, "two thousand and three" → 2003. */
function spokenYear(
  tokens: readonly Token[],
  i: number,
): { year: number; next: number } | undefined {
  const century = numberWord(tokens[i]);
  if (century && (century.value === 18 || century.value === 19 || century.value === 20)) {
    const j = i + 1;
    if (tokens[j]?.text === 'oh' && numberWord(tokens[j + 1])?.kind === 'unit') {
      return { year: century.value * 100 + numberWord(tokens[j + 1])!.value, next: j + 2 };
    }
    if (tokens[j]?.text === 'hundred') return { year: century.value * 100, next: j + 1 };
    const rest = readCardinal(tokens, j);
    if (rest?.small && rest.tensLed && rest.value >= 10) {
      return { year: century.value * 100 + rest.value, next: rest.next };
    }
  }
  const whole = readCardinal(tokens, i);
  if (whole && whole.value >= 1900 && whole.value <= 2099 && !whole.small) {
    return { year: whole.value, next: whole.next };
  }
  return undefined;
}

/**
 * Rewrites a date said in words into one chrono-node reads: "march fourteenth nineteen eighty
 * five" → "march 14th 1985". chrono reads ordinal words but not spoken years or a day said as a
 * cardinal after the month ("march fourteen").
 */
export function writtenDate(text: string): string {
  const tokens = tokenize(text);
  const parts: string[] = [];
  let last = 0;
  const replace = (from: number, next: number, value: string) => {
    parts.push(text.slice(last, tokens[from]!.start), value);
    last = tokens[next - 1]!.end;
  };
  let i = 0;
  while (i < tokens.length) {
    const afterMonth = i > 0 && monthNames.test(tokens[i - 1]!.text);
    const day = afterMonth ? readCardinal(tokens, i) : undefined;
    // After a month a number is its day only when a year follows ("march fourteen nineteen
    // eighty five"); otherwise it starts the year ("the fourteenth of march nineteen eighty five").
    const isDay = day?.small === true && day.value <= 31 && yearFollows(tokens, day.next);
    const year = isDay ? undefined : spokenYear(tokens, i);
    if (year) {
      replace(i, year.next, String(year.year));
      i = year.next;
      continue;
    }
    const ordinal = readOrdinal(tokens, i);
    if (ordinal) {
      replace(i, ordinal.next, `${ordinal.day}th`);
      i = ordinal.next;
      continue;
    }
    if (day && isDay) {
      replace(i, day.next, String(day.value));
      i = day.next;
      continue;
    }
    i += 1;
  }
  parts.push(text.slice(last));
  return parts.join('');
}

function yearFollows(tokens: readonly Token[], i: number): boolean {
  let j = i;
  while (tokens[j]?.kind === 'symbol') j += 1;
  return tokens[j]?.kind === 'number' || spokenYear(tokens, j) !== undefined;
}

function readOrdinal(
  tokens: readonly Token[],
  i: number,
): { day: number; next: number } | undefined {
  const one = tokens[i];
  if (one?.kind !== 'word') return undefined;
  const hyphen = tokens[i + 1]?.text === '-' ? 1 : 0;
  const two = tokens[i + 1 + hyphen];
  const pair = two ? ordinalValue(`${one.text}${hyphen ? '-' : ' '}${two.text}`) : undefined;
  if (pair) return { day: pair, next: i + 2 + hyphen };
  const single = ordinalValue(one.text);
  return single ? { day: single, next: i + 1 } : undefined;
}

/** A birth date is in the past and not absurdly far in it; a two-digit year may go back a century. */
function plausible(
  year: number,
  month: number,
  day: number,
  now: Date,
  twoDigitYear = false,
): string | undefined {
  if (!isRealDay(year, month, day)) return undefined;
  let date = calendarDay(year, month, day);
  if (date > now && twoDigitYear) date = calendarDay(year - 100, month, day);
  if (date > now || now.getFullYear() - date.getFullYear() > 125) return undefined;
  return isoDay(date);
}

/** "03141985" (month, day, year) or "19850314". */
function packedDigits(text: string, now: Date): string | undefined {
  const m = /^\s*(\d{8})\s*$/.exec(text);
  if (!m) return undefined;
  const s = m[1]!;
  const ymd = /^(?:19|20)/.test(s)
    ? plausible(+s.slice(0, 4), +s.slice(4, 6), +s.slice(6), now)
    : undefined;
  return ymd ?? plausible(+s.slice(4), +s.slice(0, 2), +s.slice(2, 4), now);
}

/** "3 14 1985", "3.14.85": numbers that chrono does not take as a date when spaced. */
function spacedDigits(text: string, now: Date): string | undefined {
  const m = /\b(\d{1,2})[\s.]+(\d{1,2})[\s.]+(\d{4}|\d{2})\b/.exec(text);
  if (!m) return undefined;
  let [month, day] = [Number(m[1]), Number(m[2])];
  if (month > 12 && day <= 12) [month, day] = [day, month];
  const twoDigit = m[3]!.length === 2;
  return plausible(Number(m[3]) + (twoDigit ? 2000 : 0), month, day, now, twoDigit);
}

/**
 * A date of birth as YYYY-MM-DD from "March 14 1985", "03/14/1985", "1985-03-14", "14th of March
 * 1985", "march fourteenth nineteen eighty-five" and the like. Month first when ambiguous, as in
 * the US; a two-digit year is put in the past.
 */
export function parseDateOfBirth(text: string, now: Date = new Date()): string | undefined {
  const packed = packedDigits(text, now);
  if (packed) return packed;
  const written = writtenDate(text);
  for (const result of chrono.parse(written, now)) {
    const c = result.start;
    if (!yearWritten(result) || !c.isCertain('month') || !c.isCertain('day')) continue;
    const year = c.get('year')!;
    const twoDigit = !result.text.includes(String(year));
    const found = plausible(year, c.get('month')!, c.get('day')!, now, twoDigit);
    if (found) return found;
  }
  return spacedDigits(written, now);
}
