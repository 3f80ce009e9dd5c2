import { describe, expect, it } from 'vitest';
import {
  isTimeZone,
  localDateOf,
  parseClockTime,
  secondsIntoLocalDay,
  wallClockAt,
  zonedInstant,
} from './zoned-time.js';

const NY = 'America/New_York';

describe('instants to bank-local dates', () => {
  it('turns an instant into the local date of the given zone', () => {
    const instant = new Date('2026-01-01T04:59:59Z');
    expect(localDateOf(instant, NY)).toBe('2025-12-31');
    expect(localDateOf(instant, 'UTC')).toBe('2026-01-01');
    expect(localDateOf(new Date('2026-01-01T05:00:00Z'), NY)).toBe('2026-01-01');
    expect(localDateOf(new Date('2025-06-30T23:30:00Z'), 'Asia/Tokyo')).toBe('2025-07-01');
  });

  it('reads the same instant alike every time, whatever a caller did with an earlier reading', () => {
    const instant = new Date('2026-03-08T07:30:00Z');
    const first = wallClockAt(instant, NY);
    first.hour = 99;
    expect(wallClockAt(instant, NY)).toEqual({
      date: '2026-03-08',
      hour: 3,
      minute: 30,
      second: 0,
    });
    expect(wallClockAt(instant, 'UTC').hour).toBe(7);
  });

  it('reads correctly past the number of readings it remembers, across a DST change', () => {
    const start = Date.parse('2026-03-07T00:00:00Z');
    for (let i = 0; i < 10_000; i++) {
      const ms = start + i * 60_000;
      const offsetHours = ms < Date.parse('2026-03-08T07:00:00Z') ? -5 : -4;
      const wall = wallClockAt(new Date(ms), NY);
      const shift = (wall.hour - new Date(ms).getUTCHours() + 24) % 24;
      expect(shift, new Date(ms).toISOString()).toBe(offsetHours + 24);
    }
  });

  it('reads midnight as hour 0, not 24', () => {
    expect(wallClockAt(new Date('2026-01-01T05:00:00Z'), NY)).toEqual({
      date: '2026-01-01',
      hour: 0,
      minute: 0,
      second: 0,
    });
  });

  it('measures seconds into the local day', () => {
    expect(secondsIntoLocalDay(new Date('2025-11-21T15:30:15Z'), NY)).toBe(
      10 * 3600 + 30 * 60 + 15,
    );
    expect(secondsIntoLocalDay(new Date('2025-07-03T14:30:00Z'), NY)).toBe(10 * 3600 + 30 * 60);
  });

  it('finds the instant of a wall-clock time, in winter and in summer', () => {
    expect(zonedInstant('2025-11-21', '13:00', NY).toISOString()).toBe('2025-11-21T18:00:00.000Z');
    expect(zonedInstant('2025-07-03', '13:00', NY).toISOString()).toBe('2025-07-03T17:00:00.000Z');
    expect(zonedInstant('2025-07-03', '13:00', 'America/Los_Angeles').toISOString()).toBe(
      '2025-07-03T20:00:00.000Z',
    );
  });

  it('gets the offset right on the days the clocks change', () => {
    // 2026-03-08: 02:00 EST jumps to 03:00 EDT; 2026-11-01: 02:00 EDT falls back to 01:00 EST.
    expect(zonedInstant('2026-03-08', '00:00', NY).toISOString()).toBe('2026-03-08T05:00:00.000Z');
    expect(zonedInstant('2026-03-08', '13:00', NY).toISOString()).toBe('2026-03-08T17:00:00.000Z');
    expect(zonedInstant('2026-11-01', '00:00', NY).toISOString()).toBe('2026-11-01T04:00:00.000Z');
    expect(zonedInstant('2026-11-01', '13:00', NY).toISOString()).toBe('2026-11-01T18:00:00.000Z');
  });

  it('refuses bad zones, times and dates', () => {
    expect(isTimeZone(NY)).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(() => localDateOf(new Date('2025-01-01T00:00:00Z'), 'Nowhere/Else')).toThrow(RangeError);
    expect(() => localDateOf(new Date(Number.NaN), NY)).toThrow(RangeError);
    expect(() => parseClockTime('24:00')).toThrow(RangeError);
    expect(() => parseClockTime('9:30')).toThrow(RangeError);
    expect(parseClockTime('09:30')).toEqual({ hour: 9, minute: 30 });
  });
});
