import {
  addDays,
  endOfMonth,
  endOfWeek,
  min,
  startOfMonth,
  startOfWeek,
  subDays,
  subMonths,
  subWeeks,
  subYears,
} from 'date-fns';
import { calendarDay, isRealDay } from './calendar.js';
import { cardinalOf } from './number-words.js';
import { tokenize } from './tokens.js';

/*
 * Periods are read here because chrono-node resolves "last week", "last month" or "the past 30
 * days" to one instant (a week ago, the same day last month), and bare ordinals ("on the 15th",
 * "between the 1st and the 10th") and years ("in 2023") not at all, while a search of someone's
 * transactions needs the whole period. Weeks start on Sunday, as on US bank statements.
 */

export interface DaySpan {
  from: Date;
  to: Date;
  start: number;
  end: number;
}

type Unit = 'day' | 'week' | 'month' | 'year';

function unitOf(word: string): Unit {
  return word.replace(/s$/, '') as Unit;
}

function back(today: Date, unit: Unit, n: number): Date {
  if (unit === 'day') return subDays(today, n);
  if (unit === 'week') return subWeeks(today, n);
  if (unit === 'month') return subMonths(today, n);
  return subYears(today, n);
}

function countOf(words: string): number | undefined {
  if (/^(?:a\s+)?couple(?:\s+of)?$/.test(words)) return 2;
  if (/^(?:a\s+)?few$/.test(words)) return 3;
  return cardinalOf(tokenize(words));
}

function previousPeriod(today: Date, unit: Unit): [Date, Date] {
  if (unit === 'week') {
    const day = subWeeks(today, 1);
    return [startOfWeek(day), endOfWeek(day)];
  }
  if (unit === 'month') {
    const day = subMonths(today, 1);
    return [startOfMonth(day), endOfMonth(day)];
  }
  if (unit === 'year') {
    const year = today.getFullYear() - 1;
    return [calendarDay(year, 1, 1), calendarDay(year, 12, 31)];
  }
  return [subDays(today, 1), subDays(today, 1)];
}

function currentPeriod(today: Date, unit: Unit): [Date, Date] {
  if (unit === 'week') return [startOfWeek(today), today];
  if (unit === 'month') return [startOfMonth(today), today];
  return [calendarDay(today.getFullYear(), 1, 1), today];
}

/** The weekend just gone, or the one under way; "last weekend" said on a weekend is the one before. */
function weekend(today: Date, modifier: string | undefined): [Date, Date] {
  const weekday = today.getDay();
  let saturday = subDays(today, weekday === 6 ? 0 : weekday + 1);
  if ((weekday === 6 || weekday === 0) && modifier === 'last') saturday = subDays(saturday, 7);
  return [saturday, min([addDays(saturday, 1), today])];
}

const firstTwenty = (
  'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth ' +
  'thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth'
).split(' ');

/** "fifteenth" → 15, "twenty-first" and "twenty first" → 21, up to "thirty-first". */
const ordinalWords = new Map<string, number>(firstTwenty.map((w, i) => [w, i + 1]));
firstTwenty.slice(0, 9).forEach((w, i) => {
  ordinalWords.set(`twenty-${w}`, 21 + i);
  ordinalWords.set(`twenty ${w}`, 21 + i);
});
ordinalWords.set('thirtieth', 30);
ordinalWords.set('thirty-first', 31);
ordinalWords.set('thirty first', 31);

export function ordinalValue(word: string): number | undefined {
  return ordinalWords.get(word.toLowerCase());
}

/** The most recent date with that day of the month, today included. */
function lastDayNumbered(today: Date, day: number): Date | undefined {
  for (let back = 0; back <= 2; back += 1) {
    const month = subMonths(startOfMonth(today), back);
    const y = month.getFullYear();
    const m = month.getMonth() + 1;
    if (isRealDay(y, m, day) && calendarDay(y, m, day) <= today) return calendarDay(y, m, day);
  }
  return undefined;
}

const count = String.raw`(\d{1,3}|(?:a\s+)?(?:couple(?:\s+of)?|few)|[a-z]+(?:[- ][a-z]+)?)`;
const months =
  'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december';
const ordinalAlternatives = [...ordinalWords.keys()].sort((a, b) => b.length - a.length).join('|');

interface Rule {
  pattern: RegExp;
  resolve(m: RegExpExecArray, today: Date): [Date, Date] | undefined;
}

const rules: Rule[] = [
  {
    pattern: new RegExp(
      String.raw`\b(?:(?:in|during|over|for|within)\s+)?(?:the\s+)?(?:last|past|previous|prior)\s+${count}\s+(days?|weeks?|months?|years?)\b`,
      'g',
    ),
    resolve(m, today) {
      const n = countOf(m[1]!);
      return n === undefined || n < 1 ? undefined : [back(today, unitOf(m[2]!), n), today];
    },
  },
  {
    pattern:
      /\b(?:(?:in|during|over|within)\s+)?(?:the\s+(?:last|past)|this\s+past|past)\s+(day|week|month|year)\b/g,
    resolve: (m, today) => [back(today, unitOf(m[1]!), 1), today],
  },
  {
    pattern: /\b(?:last|previous|prior)\s+(week|month|year)\b/g,
    resolve: (m, today) => previousPeriod(today, unitOf(m[1]!)),
  },
  {
    pattern: /\b(?:(?:earlier|so\s+far)\s+)?this\s+(week|month|year)(?:\s+so\s+far)?\b/g,
    resolve: (m, today) => currentPeriod(today, unitOf(m[1]!)),
  },
  {
    pattern: /\b(?:(this\s+past|last|past|this|over\s+the|on\s+the|the)\s+)?weekend\b/g,
    resolve: (m, today) => weekend(today, m[1]?.replace(/\s+/g, ' ')),
  },
  {
    pattern: /\b(?:in|during|for|from|of)\s+((?:19|20)\d{2})\b/g,
    resolve(m, today) {
      const year = Number(m[1]);
      if (year > today.getFullYear()) return undefined;
      return [calendarDay(year, 1, 1), min([calendarDay(year, 12, 31), today])];
    },
  },
  {
    // "on the 15th"; a spelled ordinal needs a preposition, since "the first charge" is no date.
    pattern: new RegExp(
      String.raw`\bthe\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\b|${months}))` +
        String.raw`|(?<=\b(?:on|between|from|and|to|through|thru|until|since)\s+)the\s+(${ordinalAlternatives})\b(?!\s+(?:of\b|${months}))`,
      'g',
    ),
    resolve(m, today) {
      const day = m[1] ? Number(m[1]) : ordinalValue(m[2]!);
      const date = day === undefined ? undefined : lastDayNumbered(today, day);
      return date && [date, date];
    },
  },
];

/**
 * Every period the rules above recognise in `text` (lower case, claimed parts masked), with its
 * offsets. Earlier rules win where two would overlap ("the last week" is the seven days to today,
 * "last week" the calendar week before this one).
 */
export function findPeriods(text: string, today: Date): DaySpan[] {
  const found: DaySpan[] = [];
  const taken = (start: number, end: number) => found.some((f) => f.start < end && start < f.end);
  for (const rule of rules) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken(start, end)) continue;
      const range = rule.resolve(m, today);
      if (range) found.push({ from: range[0], to: range[1], start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
