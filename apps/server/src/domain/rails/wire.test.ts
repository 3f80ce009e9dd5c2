import { describe, expect, it } from 'vitest';
import { createBankCalendar } from '../regulation/index.js';
import { wireTiming } from './wire.js';

const fed = createBankCalendar();
const wire = (at: string) => wireTiming(new Date(at), fed);

describe('wire timing (RULES.md §8.3)', () => {
  // Friday 2025-11-21, EST: 16:00 ET is 21:00Z.
  it('goes out the same day up to the 16:00 ET cutoff, inclusive', () => {
    const early = wire('2025-11-21T20:59:00Z');
    expect(early).toMatchObject({
      sendDate: '2025-11-21',
      sameDay: true,
      schedule: 'before_cutoff',
    });
    expect(early.cutoffAt.toISOString()).toBe('2025-11-21T21:00:00.000Z');
    expect(early.expectedBy.toISOString()).toBe('2025-11-21T23:00:00.000Z');
    expect(wire('2025-11-21T21:00:00Z').sameDay).toBe(true);
  });

  it('after the cutoff on a Friday goes out on Monday', () => {
    const t = wire('2025-11-21T21:00:01Z');
    expect(t).toMatchObject({ sendDate: '2025-11-24', sameDay: false, schedule: 'after_cutoff' });
    expect(t.expectedBy.toISOString()).toBe('2025-11-24T23:00:00.000Z');
  });

  it('on a weekend or a holiday goes out the next business day', () => {
    expect(wire('2025-11-22T15:00:00Z')).toMatchObject({
      sendDate: '2025-11-24',
      schedule: 'not_a_business_day',
    });
    expect(wire('2025-11-27T15:00:00Z')).toMatchObject({
      sendDate: '2025-11-28',
      schedule: 'not_a_business_day',
    });
    expect(wire('2025-11-26T21:30:00Z').sendDate).toBe('2025-11-28');
  });

  it('uses the Fed calendar: open before a Saturday holiday, closed after a Sunday one', () => {
    expect(wire('2026-07-03T14:00:00Z')).toMatchObject({ sendDate: '2026-07-03', sameDay: true });
    expect(wire('2027-07-02T21:00:01Z').sendDate).toBe('2027-07-06');
    expect(wire('2027-12-31T21:30:00Z').sendDate).toBe('2028-01-03');
    expect(wire('2027-12-31T15:00:00Z').sendDate).toBe('2027-12-31');
  });

  it("honors the bank's own cutoff and time zone", () => {
    const chicago = { cutoff: '14:00', cutoffTimeZone: 'America/Chicago' };
    // 13:30 and 14:30 CST.
    expect(wireTiming(new Date('2025-11-21T19:30:00Z'), fed, chicago).sameDay).toBe(true);
    const late = wireTiming(new Date('2025-11-21T20:30:00Z'), fed, chicago);
    expect(late).toMatchObject({ sendDate: '2025-11-24', schedule: 'after_cutoff' });
    expect(late.cutoffAt.toISOString()).toBe('2025-11-24T20:00:00.000Z');
  });

  it("skips the bank's own closures too", () => {
    const bank = createBankCalendar({ extraClosures: ['2025-11-28'] });
    expect(wireTiming(new Date('2025-11-26T21:30:00Z'), bank).sendDate).toBe('2025-12-01');
  });
});
