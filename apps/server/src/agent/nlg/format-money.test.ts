import { describe, expect, it } from 'vitest';
import { formatMoney, parseMoney } from './format-money.js';

describe('formatMoney', () => {
  it('always shows cents, groups thousands and puts the sign before the dollar', () => {
    expect(formatMoney(110_424)).toBe('$1,104.24');
    expect(formatMoney(20_000)).toBe('$200.00');
    expect(formatMoney(-500)).toBe('-$5.00');
    expect(formatMoney(7)).toBe('$0.07');
    expect(formatMoney(0)).toBe('$0.00');
    expect(formatMoney(123_456_789_01)).toBe('$123,456,789.01');
  });

  it('writes other currencies with their code', () => {
    expect(formatMoney(110_424, 'eur')).toBe('1,104.24 EUR');
    expect(formatMoney(-5, 'GBP')).toBe('-0.05 GBP');
    expect(formatMoney(100, 'usd')).toBe('$1.00');
  });

  it('refuses what is not whole cents instead of printing NaN', () => {
    for (const bad of [Number.NaN, 1.5, Infinity, 2 ** 53]) {
      expect(() => formatMoney(bad)).toThrow(RangeError);
    }
  });

  it('reads its own output back', () => {
    expect(parseMoney('$5,647.32')).toBe(564_732);
    expect(parseMoney('-$247.89')).toBe(-24_789);
    expect(parseMoney('$12')).toBeNull();
    expect(parseMoney('five dollars')).toBeNull();
  });
});
