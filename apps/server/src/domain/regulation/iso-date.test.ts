import { describe, expect, it } from 'vitest';
import { formatLongDate, formatWeekdayDate } from './date-format.js';
import {
  addDays,
  addMonths,
  assertIsoDate,
  compareDates,
  dayOfWeek,
  daysBetween,
  isIsoDate,
  isoDate,
  unixSecondsAtUtcMidnight,
} from './iso-date.js';

describe('plain calendar dates', () => {
  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    for (const bad of [
      '2025-02-29',
      '2025-13-01',
      '2025-1-01',
      '0999-01-01',
      '2025-04-31',
      20250101,
    ]) {
      expect(isIsoDate(bad)).toBe(false);
    }
    expect(() => assertIsoDate('2025-02-30')).toThrow(RangeError);
    expect(() => isoDate(2025, 2, 29)).toThrow(RangeError);
    expect(isoDate(2025, 3, 9)).toBe('2025-03-09');
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2025-11-19', 45)).toBe('2026-01-03');
    expect(() => addDays('2025-01-01', 1.5)).toThrow(RangeError);
  });

  it('is untouched by daylight-saving changes (whole days, no instants)', () => {
    expect(addDays('2025-03-08', 1)).toBe('2025-03-09');
    expect(addDays('2025-03-09', 1)).toBe('2025-03-10');
    expect(daysBetween('2025-03-01', '2025-04-01')).toBe(31);
    expect(daysBetween('2025-11-01', '2025-11-03')).toBe(2);
  });

  it('compares and measures', () => {
    expect(compareDates('2025-01-02', '2025-01-10')).toBe(-1);
    expect(compareDates('2025-01-10', '2025-01-10')).toBe(0);
    expect(compareDates('2026-01-01', '2025-12-31')).toBe(1);
    expect(daysBetween('2025-12-11', '2025-12-01')).toBe(-10);
  });

  it('knows the day of the week', () => {
    expect(dayOfWeek('1970-01-01')).toBe(4);
    expect(dayOfWeek('2026-07-03')).toBe(5);
    expect(dayOfWeek('2026-07-04')).toBe(6);
    expect(dayOfWeek('2027-07-04')).toBe(0);
    expect(dayOfWeek('1969-12-31')).toBe(3);
  });

  it('adds months, clamping to the end of a shorter month', () => {
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addMonths('2025-03-15', 6)).toBe('2025-09-15');
    expect(addMonths('2025-10-31', 3)).toBe('2026-01-31');
    expect(addMonths('2025-01-31', -2)).toBe('2024-11-30');
  });

  it("gives seed 004's due_date: unix seconds at 00:00 UTC", () => {
    expect(unixSecondsAtUtcMidnight('2024-12-11')).toBe(1_733_875_200);
    expect(unixSecondsAtUtcMidnight('1970-01-01')).toBe(0);
  });

  it('formats dates for customers', () => {
    expect(formatLongDate('2024-12-11')).toBe('December 11, 2024');
    expect(formatLongDate('2025-03-02')).toBe('March 2, 2025');
    expect(formatWeekdayDate('2026-11-24')).toBe('Tuesday, November 24');
  });
});
