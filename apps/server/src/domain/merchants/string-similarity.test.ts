import { describe, expect, it } from 'vitest';
import { editDistance, isSubsequence, wordSimilarity } from './string-similarity.js';

describe('string similarity', () => {
  it('counts edits, with a swap of neighbours as one', () => {
    expect(editDistance('', '')).toBe(0);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('bottle', 'botle')).toBe(1);
    expect(editDistance('bottle', 'botlte')).toBe(1);
    expect(editDistance('shack', 'shakc')).toBe(1);
    expect(editDistance('amazon', 'amazon')).toBe(0);
  });

  it('is symmetric', () => {
    for (const [a, b] of [
      ['starbucks', 'starbcks'],
      ['allbirds', 'alllbirds'],
      ['target', 'trader'],
    ] as const) {
      expect(editDistance(a, b)).toBe(editDistance(b, a));
    }
  });

  it('finds abbreviations as letters in order', () => {
    expect(isSubsequence('amzn', 'amazon')).toBe(true);
    expect(isSubsequence('mktp', 'marketplace')).toBe(true);
    expect(isSubsequence('zma', 'amazon')).toBe(false);
  });

  it('grades words: exact, prefix, abbreviation, typo, unrelated', () => {
    expect(wordSimilarity('amazon', 'amazon')).toBe(1);
    expect(wordSimilarity('starb', 'starbucks')).toBe(0.9);
    expect(wordSimilarity('instacart', 'instacar')).toBe(0.9);
    expect(wordSimilarity('amzn', 'amazon')).toBe(0.85);
    expect(wordSimilarity('botle', 'bottle')).toBe(0.85); // a dropped letter reads as an abbreviation
    expect(wordSimilarity('bittle', 'bottle')).toBeCloseTo(5 / 6);
    expect(wordSimilarity('target', 'trader')).toBe(0);
    expect(wordSimilarity('uber', 'ubr')).toBe(0.85);
    expect(wordSimilarity('ab', 'abc')).toBe(0);
    expect(wordSimilarity('cat', 'car')).toBe(0);
  });
});
