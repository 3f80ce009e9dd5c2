import { describe, expect, it } from 'vitest';
import { stopPaymentDates, stopPaymentStateOn } from './stop-payment.js';

const NY = { timeZone: 'America/New_York' };
// 22:00 EDT on Sunday, August 31 (already September 1 in UTC).
const PLACED = new Date('2025-09-01T02:00:00Z');

describe('stop payment (UCC 4-403, RULES.md §8.4)', () => {
  it('an oral order: six months, but lapses after 14 days unless confirmed in writing', () => {
    const dates = stopPaymentDates({ placedAt: PLACED, oral: true }, NY);
    expect(dates.placedOn).toBe('2025-08-31');
    expect(dates.effectiveThrough).toBe('2026-02-28');
    expect(dates.expiresAt.toISOString()).toBe('2026-03-01T05:00:00.000Z');
    expect(dates.oralEffectiveThrough).toBe('2025-09-14');
    expect(dates.oralLapsesAt?.toISOString()).toBe('2025-09-15T04:00:00.000Z');
  });

  it('a written order has no 14-day lapse', () => {
    const dates = stopPaymentDates({ placedAt: PLACED, oral: false }, NY);
    expect(dates.oralEffectiveThrough).toBeNull();
    expect(dates.oralLapsesAt).toBeNull();
  });

  it("takes the bank profile's validity", () => {
    const year = stopPaymentDates({ placedAt: PLACED, oral: false }, { ...NY, validMonths: 12 });
    expect(year.effectiveThrough).toBe('2026-08-31');
    expect(() =>
      stopPaymentDates({ placedAt: PLACED, oral: false }, { ...NY, validMonths: 0 }),
    ).toThrow(RangeError);
  });

  it('knows whether the order still stands', () => {
    const dates = stopPaymentDates({ placedAt: PLACED, oral: true }, NY);
    expect(stopPaymentStateOn(dates, '2025-09-14', false)).toBe('active');
    expect(stopPaymentStateOn(dates, '2025-09-15', false)).toBe('lapsed_unconfirmed');
    expect(stopPaymentStateOn(dates, '2025-09-15', true)).toBe('active');
    expect(stopPaymentStateOn(dates, '2026-02-28', true)).toBe('active');
    expect(stopPaymentStateOn(dates, '2026-03-01', true)).toBe('expired');
  });
});
