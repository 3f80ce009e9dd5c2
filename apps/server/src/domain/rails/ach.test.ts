import { describe, expect, it } from 'vitest';
import { createBankCalendar } from '../regulation/index.js';
import { achTiming } from './ach.js';

const fed = createBankCalendar();
const sameDay = (at: string, amountCents = 50_000) =>
  achTiming({ initiatedAt: new Date(at), amountCents, sameDay: true }, fed);

describe('ACH timing (RULES.md §8.2)', () => {
  // Friday 2025-11-21 is in EST (UTC-5).
  it('same-day: submitted by 10:30 ET settles at 13:00 ET the same day', () => {
    const t = sameDay('2025-11-21T15:29:00Z');
    expect(t).toMatchObject({
      kind: 'same_day',
      settlementDate: '2025-11-21',
      rolledToNextDay: false,
    });
    if (t.kind !== 'same_day') throw new Error('expected same day');
    expect(t.settlesAt.toISOString()).toBe('2025-11-21T18:00:00.000Z');
    expect(t.window.submitBy).toBe('10:30');
  });

  it('same-day: 10:30:00 makes the first window, 10:30:01 the second (17:00 ET)', () => {
    const onTime = sameDay('2025-11-21T15:30:00Z');
    const late = sameDay('2025-11-21T15:30:01Z');
    if (onTime.kind !== 'same_day' || late.kind !== 'same_day')
      throw new Error('expected same day');
    expect(onTime.window.settlesAt).toBe('13:00');
    expect(late.window.settlesAt).toBe('17:00');
    expect(late.settlesAt.toISOString()).toBe('2025-11-21T22:00:00.000Z');
  });

  it('same-day: 14:45 and 16:45 ET windows settle at 17:00 and 18:00 ET', () => {
    const second = sameDay('2025-11-21T19:45:00Z');
    const third = sameDay('2025-11-21T21:45:00Z');
    if (second.kind !== 'same_day' || third.kind !== 'same_day')
      throw new Error('expected same day');
    expect(second.settlesAt.toISOString()).toBe('2025-11-21T22:00:00.000Z');
    expect(third.settlesAt.toISOString()).toBe('2025-11-21T23:00:00.000Z');
  });

  it('same-day: after 16:45 ET on a Friday rolls to Monday 13:00 ET', () => {
    const t = sameDay('2025-11-21T21:46:00Z');
    if (t.kind !== 'same_day') throw new Error('expected same day');
    expect(t.settlementDate).toBe('2025-11-24');
    expect(t.rolledToNextDay).toBe(true);
    expect(t.settlesAt.toISOString()).toBe('2025-11-24T18:00:00.000Z');
  });

  it('same-day: never settles on a weekend or a Fed holiday', () => {
    const saturday = sameDay('2025-11-22T14:00:00Z');
    expect(saturday).toMatchObject({ settlementDate: '2025-11-24', rolledToNextDay: true });
    const beforeThanksgiving = sameDay('2025-11-26T22:00:00Z');
    expect(beforeThanksgiving).toMatchObject({ settlementDate: '2025-11-28' });
    // Thursday before Independence Day 2025 (EDT, UTC-4): Friday is a holiday, so Monday.
    const july = sameDay('2025-07-03T21:00:00Z');
    if (july.kind !== 'same_day') throw new Error('expected same day');
    expect(july.settlementDate).toBe('2025-07-07');
    expect(july.settlesAt.toISOString()).toBe('2025-07-07T17:00:00.000Z');
  });

  it("same-day: a bank open on Saturdays still can't settle on one", () => {
    const saturdays = createBankCalendar({ saturdaysAreBusinessDays: true });
    const t = achTiming(
      { initiatedAt: new Date('2025-11-22T14:00:00Z'), amountCents: 100, sameDay: true },
      saturdays,
    );
    expect(t).toMatchObject({ kind: 'same_day', settlementDate: '2025-11-24' });
  });

  it('same-day: $1,000,000 is the per-payment limit; international entries are excluded', () => {
    expect(sameDay('2025-11-21T15:00:00Z', 100_000_000).kind).toBe('same_day');
    expect(sameDay('2025-11-21T15:00:00Z', 100_000_001)).toMatchObject({
      kind: 'standard',
      sameDayRefusal: 'over_limit',
    });
    const iat = achTiming(
      {
        initiatedAt: new Date('2025-11-21T15:00:00Z'),
        amountCents: 100,
        sameDay: true,
        international: true,
      },
      fed,
    );
    expect(iat).toMatchObject({ kind: 'standard', sameDayRefusal: 'international' });
  });

  it("same-day: the bank's earlier internal cutoffs replace FedACH's", () => {
    const t = achTiming(
      { initiatedAt: new Date('2025-11-21T15:15:00Z'), amountCents: 100, sameDay: true },
      fed,
      { sameDayWindows: [{ submitBy: '10:00', settlesAt: '13:00' }] },
    );
    expect(t).toMatchObject({
      kind: 'same_day',
      settlementDate: '2025-11-24',
      rolledToNextDay: true,
    });
  });

  it('standard: expected in 1-3 business days, counting over a weekend', () => {
    const t = achTiming(
      { initiatedAt: new Date('2025-11-21T15:00:00Z'), amountCents: 50_000 },
      fed,
    );
    expect(t).toEqual({
      kind: 'standard',
      earliestDate: '2025-11-24',
      expectedByDate: '2025-11-26',
      sameDayRefusal: null,
    });
  });

  it('standard: skips Thanksgiving', () => {
    const t = achTiming(
      { initiatedAt: new Date('2026-11-25T15:00:00Z'), amountCents: 50_000 },
      fed,
    );
    expect(t).toMatchObject({ earliestDate: '2026-11-27', expectedByDate: '2026-12-01' });
  });

  it('standard: counts from the Eastern Time date of initiation', () => {
    // 21:00 ET Friday is already Saturday in UTC.
    const t = achTiming(
      { initiatedAt: new Date('2025-11-22T02:00:00Z'), amountCents: 50_000 },
      fed,
    );
    expect(t).toMatchObject({ earliestDate: '2025-11-24', expectedByDate: '2025-11-26' });
  });
});
