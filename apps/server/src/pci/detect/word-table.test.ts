import { describe, expect, it } from 'vitest';
import { WordTable } from './word-table.js';

describe('WordTable', () => {
  const table = new WordTable([
    ['four', 4],
    ['forty', 40],
    ['cvv2', 2],
  ]);

  it('finds words in place, in any case, only whole', () => {
    const text = 'Four, FORTY and cvv2 but not fourteen or fou';
    expect(table.get(text, 0, 4)).toBe(4);
    expect(table.get(text, 6, 11)).toBe(40);
    expect(table.get(text, 16, 20)).toBe(2);
    expect(table.get(text, 29, 37)).toBe(-1);
    expect(table.get(text, 41, 44)).toBe(-1);
    expect(table.has(text, 0, 3)).toBe(false);
  });

  it('does not take punctuation for letters', () => {
    expect(table.get('f@ur', 0, 4)).toBe(-1);
    expect(table.get('FOUR', 0, 4)).toBe(4);
  });
});
