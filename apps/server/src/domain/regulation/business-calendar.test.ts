import { describe, expect, it } from 'vitest';
import { createBankCalendar } from './business-calendar.js';

const fed = createBankCalendar();

describe('bank business calendar', () => {
  it('follows the Fed calendar by default', () => {
    expect(fed.isBusinessDay('2025-11-21')).toBe(true);
    expect(fed.isBusinessDay('2025-11-22')).toBe(false);
    expect(fed.isBusinessDay('2025-11-23')).toBe(false);
    expect(fed.isBusinessDay('2025-11-27')).toBe(false);
    expect(fed.isBusinessDay('2025-07-04')).toBe(false);
  });

  it('keeps the Friday before a Saturday holiday as a business day', () => {
    expect(fed.isBusinessDay('2026-07-03')).toBe(true);
    expect(fed.isBusinessDay('2027-06-18')).toBe(true);
    expect(fed.isBusinessDay('2027-12-24')).toBe(true);
    expect(fed.isBusinessDay('2027-12-31')).toBe(true);
  });

  it('closes the Monday after a Sunday holiday', () => {
    expect(fed.isBusinessDay('2027-07-05')).toBe(false);
    expect(fed.closures(2027)).toContain('2027-07-05');
    expect(fed.closures(2025)).toHaveLength(11);
    expect(fed.closures(2026)).toHaveLength(10);
    expect(fed.closures(2027)).toHaveLength(9);
  });

  it('counts "within N business days of D" from the day after D, skipping weekends and holidays', () => {
    expect(fed.addBusinessDays('2025-11-21', 5)).toBe('2025-12-01');
    expect(fed.addBusinessDays('2025-11-26', 1)).toBe('2025-11-28');
    expect(fed.addBusinessDays('2025-12-24', 2)).toBe('2025-12-29');
    expect(fed.addBusinessDays('2025-11-21', 0)).toBe('2025-11-21');
  });

  it('counts a full N business days after a start on a non-business day', () => {
    expect(fed.addBusinessDays('2025-11-22', 1)).toBe('2025-11-24');
    expect(fed.addBusinessDays('2025-11-27', 1)).toBe('2025-11-28');
    expect(fed.addBusinessDays('2027-07-04', 1)).toBe('2027-07-06');
  });

  it('refuses a negative or fractional count', () => {
    expect(() => fed.addBusinessDays('2025-11-21', -1)).toThrow(RangeError);
    expect(() => fed.addBusinessDays('2025-11-21', 1.5)).toThrow(RangeError);
    expect(() => fed.addBusinessDays('2025-11-31', 1)).toThrow(RangeError);
  });

  it('finds the next business day and the business day on or after', () => {
    expect(fed.nextBusinessDay('2025-11-26')).toBe('2025-11-28');
    expect(fed.nextBusinessDay('2025-11-28')).toBe('2025-12-01');
    expect(fed.businessDayOnOrAfter('2025-11-28')).toBe('2025-11-28');
    expect(fed.businessDayOnOrAfter('2025-11-29')).toBe('2025-12-01');
    expect(fed.nextBusinessDay('2027-07-02')).toBe('2027-07-06');
  });

  it('counts business days between two dates as the inverse of addBusinessDays', () => {
    expect(fed.businessDaysBetween('2025-11-21', '2025-12-01')).toBe(5);
    expect(fed.businessDaysBetween('2025-12-01', '2025-11-21')).toBe(-5);
    expect(fed.businessDaysBetween('2025-11-22', '2025-11-23')).toBe(0);
    expect(fed.businessDaysBetween('2025-11-21', '2025-11-21')).toBe(0);
    for (const n of [0, 1, 7, 20, 45]) {
      expect(fed.businessDaysBetween('2025-12-19', fed.addBusinessDays('2025-12-19', n))).toBe(n);
    }
  });

  it("adds the bank's own closures", () => {
    const bank = createBankCalendar({ extraClosures: ['2025-11-28', '2026-01-02'] });
    expect(bank.isBusinessDay('2025-11-28')).toBe(false);
    expect(bank.addBusinessDays('2025-11-26', 1)).toBe('2025-12-01');
    expect(bank.closures(2025)).toHaveLength(12);
    expect(bank.closures(2026)).toContain('2026-01-02');
    expect(() => createBankCalendar({ extraClosures: ['2025-02-30'] })).toThrow(RangeError);
  });

  it('counts Saturdays for a bank open on them, but not a Saturday holiday', () => {
    const saturdays = createBankCalendar({ saturdaysAreBusinessDays: true });
    expect(saturdays.isBusinessDay('2025-11-22')).toBe(true);
    expect(saturdays.isBusinessDay('2025-11-23')).toBe(false);
    expect(saturdays.addBusinessDays('2025-11-21', 1)).toBe('2025-11-22');
    expect(saturdays.isBusinessDay('2026-07-04')).toBe(false);
    expect(saturdays.isBusinessDay('2026-07-03')).toBe(true);
    expect(saturdays.closures(2026)).toContain('2026-07-04');
  });
});
