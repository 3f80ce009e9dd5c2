import { isoDate, parseIsoDate } from './iso-date.js';
import type { IsoDate } from './iso-date.js';

/**
 * The only place where instants meet calendar dates. A deadline is counted from the day the bank
 * received something, and "the day" is the bank's local day, so an instant is first turned into a
 * local date here and everything after that is plain date arithmetic.
 */

/** 'HH:MM' on a 24-hour clock. */
export type ClockTime = string;

export interface WallClock {
  date: IsoDate;
  hour: number;
  minute: number;
  second: number;
}

const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // Throws a RangeError for an unknown zone, which is the error we want to surface.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function instantMs(instant: Date): number {
  const ms = instant.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('instant must be a valid Date');
  return ms;
}

/**
 * Remembered readings, by zone and exact instant: a turn reads the same few instants many times
 * (now, and each listed transaction's time, again on the next turn), and `formatToParts` costs
 * more than the rest of a date's handling together. Exact keys, so a reading is never reused
 * across a zone's offset change; the oldest go first once the map is full.
 */
const readings = new Map<string, WallClock>();
const maxReadings = 4_096;

function wallClockMs(ms: number, timeZone: string): WallClock {
  const key = `${timeZone}|${ms}`;
  const known = readings.get(key);
  if (known) return { ...known };
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(ms))) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const wall: WallClock = {
    date: isoDate(fields.year ?? NaN, fields.month ?? NaN, fields.day ?? NaN),
    hour: fields.hour ?? 0,
    minute: fields.minute ?? 0,
    second: fields.second ?? 0,
  };
  if (readings.size >= maxReadings) readings.delete(readings.keys().next().value!);
  readings.set(key, wall);
  return { ...wall };
}

export function isTimeZone(value: string): boolean {
  try {
    formatterFor(value);
    return true;
  } catch {
    return false;
  }
}

/** What a wall clock in `timeZone` showed at `instant`. */
export function wallClockAt(instant: Date, timeZone: string): WallClock {
  return wallClockMs(instantMs(instant), timeZone);
}

/** The bank's calendar date at `instant`. */
export function localDateOf(instant: Date, timeZone: string): IsoDate {
  return wallClockAt(instant, timeZone).date;
}

/** Seconds since local midnight at `instant` (ignores the DST hour: it compares to cutoffs). */
export function secondsIntoLocalDay(instant: Date, timeZone: string): number {
  const { hour, minute, second } = wallClockAt(instant, timeZone);
  return hour * 3600 + minute * 60 + second;
}

export function parseClockTime(time: ClockTime): { hour: number; minute: number } {
  const match = CLOCK_TIME.exec(time);
  if (!match)
    throw new RangeError(`time must be HH:MM on a 24-hour clock: ${JSON.stringify(time)}`);
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

export function clockTimeSeconds(time: ClockTime): number {
  const { hour, minute } = parseClockTime(time);
  return hour * 3600 + minute * 60;
}

function offsetMs(ms: number, timeZone: string): number {
  const wall = wallClockMs(ms, timeZone);
  const { year, month, day } = parseIsoDate(wall.date);
  const wallAsUtc = Date.UTC(year, month - 1, day, wall.hour, wall.minute, wall.second);
  return wallAsUtc - (ms - (((ms % 1000) + 1000) % 1000));
}

/**
 * The instant a wall clock in `timeZone` reads `time` on `date` (13:00 ET settlement, a 16:00
 * cutoff). Two passes settle the offset across a DST change; a time skipped by spring-forward
 * comes out an hour later on the clock, which no cutoff or settlement time used here falls into.
 */
export function zonedInstant(date: IsoDate, time: ClockTime, timeZone: string): Date {
  const { year, month, day } = parseIsoDate(date);
  const { hour, minute } = parseClockTime(time);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const first = wall - offsetMs(wall, timeZone);
  return new Date(wall - offsetMs(first, timeZone));
}
