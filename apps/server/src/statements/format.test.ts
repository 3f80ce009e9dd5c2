import { describe, expect, it } from 'vitest';
import {
  isIsoDate,
  longDate,
  maskLongDigitRuns,
  monthLabel,
  periodLabel,
  printable,
  shortDate,
  winAnsiText,
} from './format.js';

describe('statement formatting', () => {
  it('writes dates and periods for people', () => {
    expect(shortDate('2026-03-04')).toBe('03/04');
    expect(longDate('2026-03-04')).toBe('March 4, 2026');
    expect(monthLabel('2026-12')).toBe('December 2026');
    expect(periodLabel({ month: '2026-02', firstDay: '2026-02-01', lastDay: '2026-02-28' })).toBe(
      'February 1, 2026 through February 28, 2026',
    );
  });

  it('accepts only real dates written as YYYY-MM-DD', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    for (const bad of ['2026-02-29', '2026-3-01', '2026-03-1', '20260301', '0000-01-01', '']) {
      expect(isIsoDate(bad)).toBe(false);
    }
  });

  it('masks digit runs long enough to be account or card numbers', () => {
    expect(maskLongDigitRuns('ACH 12345678')).toBe('ACH ••••5678');
    expect(maskLongDigitRuns('CARD 4111 1111 1111 1234 REFUND')).toBe('CARD ••••1234 REFUND');
    expect(maskLongDigitRuns('CHECK 1234 ON 2026-03-01, CALL 1-800-555-0100')).toBe(
      'CHECK 1234 ON 2026-03-01, CALL 1-800-555-0100',
    );
    expect(maskLongDigitRuns('REF 1234567')).toBe('REF 1234567');
  });

  it('keeps only what the standard fonts can draw', () => {
    expect(winAnsiText('Café “Ñandú” – €5 ••••4521')).toBe('Café “Ñandú” – €5 ••••4521');
    expect(winAnsiText('Łódź Ā')).toBe('?ódz A');
    expect(winAnsiText('寿司 🍣 BAR')).toBe('?? ? BAR');
    expect(winAnsiText('TWO\nLINES\tAND  SPACES ')).toBe('TWO LINES AND SPACES');
    // Full-width digits are still digits once normalised, so they are masked too.
    expect(printable('ACCT １２３４５６７８９')).toBe('ACCT ••••6789');
  });
});
