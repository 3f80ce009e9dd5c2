import { describe, expect, it } from 'vitest';
import { stratifiedFolds } from './folds.js';

describe('stratifiedFolds', () => {
  const labels = [
    ...Array(50).fill('a'),
    ...Array(20).fill('b'),
    ...Array(7).fill('c'),
  ] as string[];

  it('spreads every label evenly over the folds', () => {
    const folds = stratifiedFolds(labels, 5, 42);
    for (const label of ['a', 'b', 'c']) {
      const counts = [0, 0, 0, 0, 0];
      labels.forEach((l, i) => l === label && counts[folds[i]!]!++);
      expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    }
    const sizes = [0, 1, 2, 3, 4].map((f) => folds.filter((x) => x === f).length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });

  it('depends on the seed alone', () => {
    expect(stratifiedFolds(labels, 5, 42)).toEqual(stratifiedFolds(labels, 5, 42));
    expect(stratifiedFolds(labels, 5, 42)).not.toEqual(stratifiedFolds(labels, 5, 43));
  });
});
