import { describe, expect, it } from 'vitest';
import { formatDate, formatMonth, humanizeDates, ordinal } from './format-date.js';

const ctx = { timeZone: 'America/New_York', now: new Date('2026-11-21T15:00:00Z') };

describe('formatDate', () => {
  it('says "November 15th" this year and adds the year otherwise', () => {
    expect(formatDate('2026-11-15', ctx)).toBe('November 15th');
    expect(formatDate('2024-11-15', ctx)).toBe('November 15th, 2024');
    expect(formatDate('2027-01-01', ctx)).toBe('January 1st, 2027');
  });

  it("takes an instant as the bank's day, not UTC's", () => {
    // 02:30 UTC on the 16th is still the evening of the 15th in New York.
    expect(formatDate(new Date('2026-11-16T02:30:00Z'), ctx)).toBe('November 15th');
    expect(formatDate('2026-11-16T02:30:00.000Z', ctx)).toBe('November 15th');
  });

  it('counts the year in the bank time zone too', () => {
    const newYearsEve = { timeZone: 'America/New_York', now: new Date('2027-01-01T03:00:00Z') };
    expect(formatDate('2026-12-31', newYearsEve)).toBe('December 31st');
  });

  it('refuses what is not a date rather than printing "Invalid Date"', () => {
    expect(() => formatDate('soon', ctx)).toThrow(RangeError);
    expect(() => formatDate('2026-02-30', ctx)).toThrow(RangeError);
    expect(() => formatDate(new Date(Number.NaN), ctx)).toThrow(RangeError);
  });

  it('writes ordinals the English way', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 31].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '31st',
    ]);
  });
});

describe('formatMonth and humanizeDates', () => {
  it('names statement months', () => {
    expect(formatMonth('2026-11', ctx)).toBe('November');
    expect(formatMonth('2025-12', ctx)).toBe('December 2025');
    expect(formatMonth('2026-13', ctx)).toBeNull();
  });

  it('rewrites the dates inside tool sentences', () => {
    expect(humanizeDates('pending since 2026-11-20.', ctx)).toBe('pending since November 20th.');
    expect(humanizeDates('due by December 11, 2024 (3 days)', ctx)).toBe(
      'due by December 11th, 2024 (3 days)',
    );
    expect(humanizeDates('arrive by Tuesday, November 24; fee', ctx)).toBe(
      'arrive by Tuesday, November 24th; fee',
    );
    expect(humanizeDates('by January 5, 2026.', ctx)).toBe('by January 5th.');
    expect(humanizeDates('already November 24th', ctx)).toBe('already November 24th');
  });
});
