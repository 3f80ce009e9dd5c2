import { describe, expect, it } from 'vitest';
import { assertCents, formatUsd, isCents, parseUsd, sumCents } from './money.js';

describe('money', () => {
  it('formats cents exactly, with separators and sign', () => {
    expect(formatUsd(564_732)).toBe('$5,647.32');
    expect(formatUsd(20_000)).toBe('$200.00');
    expect(formatUsd(5)).toBe('$0.05');
    expect(formatUsd(-3_500)).toBe('-$35.00');
    expect(formatUsd(0)).toBe('$0.00');
    expect(formatUsd(Number.MAX_SAFE_INTEGER)).toBe('$90,071,992,547,409.91');
  });

  it('refuses anything that is not a safe whole number of cents', () => {
    for (const bad of [1.5, Number.NaN, Infinity, 2 ** 53, '100', null]) {
      expect(isCents(bad)).toBe(false);
      expect(() => assertCents(bad)).toThrow(RangeError);
    }
    expect(() => formatUsd(0.1)).toThrow(RangeError);
  });

  it('sums exactly and refuses overflow', () => {
    expect(sumCents([10, 20, -5])).toBe(25);
    // 0.1 + 0.2 in dollars is the classic float trap; in cents it is exact.
    expect(sumCents([10, 20])).toBe(30);
    expect(() => sumCents([Number.MAX_SAFE_INTEGER, 1])).toThrow(RangeError);
  });

  it('parses plain amounts into cents', () => {
    expect(parseUsd('5647.32')).toBe(564_732);
    expect(parseUsd('$5,647.32')).toBe(564_732);
    expect(parseUsd('12')).toBe(1_200);
    expect(parseUsd('12.5')).toBe(1_250);
    expect(parseUsd(' $ 0.07 ')).toBe(7);
    for (const bad of ['', 'twelve', '1,23.00', '12.345', '-5', '1e3'])
      expect(parseUsd(bad)).toBeNull();
  });
});
