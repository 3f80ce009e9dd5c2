import { describe, expect, it } from 'vitest';
import { createBankCalendar } from '../regulation/index.js';
import {
  addSettlementDays,
  isSettlementDay,
  nextSettlementDay,
  settlementDayOnOrAfter,
} from './settlement-days.js';

describe('Fed settlement days', () => {
  const fed = createBankCalendar();
  const saturdays = createBankCalendar({ saturdaysAreBusinessDays: true });

  it('are the Fed calendar, with weekends excluded even for a bank open on Saturdays', () => {
    expect(isSettlementDay(fed, '2025-11-21')).toBe(true);
    expect(isSettlementDay(saturdays, '2025-11-22')).toBe(false);
    expect(isSettlementDay(fed, '2026-07-03')).toBe(true);
    expect(isSettlementDay(fed, '2027-07-05')).toBe(false);
  });

  it('step over weekends and holidays', () => {
    expect(nextSettlementDay(saturdays, '2025-11-21')).toBe('2025-11-24');
    expect(settlementDayOnOrAfter(fed, '2025-11-27')).toBe('2025-11-28');
    expect(addSettlementDays(fed, '2025-12-24', 3)).toBe('2025-12-30');
    expect(addSettlementDays(fed, '2025-12-24', 0)).toBe('2025-12-24');
    expect(() => addSettlementDays(fed, '2025-12-24', -1)).toThrow(RangeError);
  });
});
