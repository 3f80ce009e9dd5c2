import { describe, expect, it } from 'vitest';
import { computeMetrics, formatLabelErrors } from './metrics.js';

const o = (expected: string, predicted: string) => ({ expected, predicted });

describe('computeMetrics', () => {
  it('computes accuracy, per-label precision/recall/F1 and macro-F1', () => {
    // a: 3 rows, 2 right, 1 → b.  b: 2 rows, both right.  c: 1 row → a.
    const m = computeMetrics([
      o('a', 'a'),
      o('a', 'a'),
      o('a', 'b'),
      o('b', 'b'),
      o('b', 'b'),
      o('c', 'a'),
    ]);
    expect(m.total).toBe(6);
    expect(m.correct).toBe(4);
    expect(m.accuracy).toBeCloseTo(4 / 6, 12);
    const a = m.labels.find((l) => l.label === 'a')!;
    expect(a).toMatchObject({ support: 3, precision: 2 / 3, recall: 2 / 3 });
    expect(a.f1).toBeCloseTo(2 / 3, 12);
    const b = m.labels.find((l) => l.label === 'b')!;
    expect(b.precision).toBeCloseTo(2 / 3, 12);
    expect(b.recall).toBe(1);
    expect(b.f1).toBeCloseTo(0.8, 12);
    const c = m.labels.find((l) => l.label === 'c')!;
    expect(c).toMatchObject({ support: 1, precision: 0, recall: 0, f1: 0 });
    expect(m.macroF1).toBeCloseTo((2 / 3 + 0.8 + 0) / 3, 12);
    expect(m.outOfScope).toBeNull();
  });

  it('lists confusions, labels with most errors first', () => {
    const m = computeMetrics([o('x', 'y'), o('x', 'y'), o('x', 'z'), o('y', 'x'), o('z', 'z')]);
    expect(m.labels.map((l) => l.label)).toEqual(['x', 'y', 'z']);
    expect(m.labels[0]!.confusedWith).toEqual([
      { label: 'y', count: 2 },
      { label: 'z', count: 1 },
    ]);
    expect(formatLabelErrors(m)).toEqual([
      'x: 3 of 3 wrong → y ×2, z ×1',
      'y: 1 of 1 wrong → x ×1',
    ]);
  });

  it('counts out-of-scope recall over rows expected out of scope, either spelling', () => {
    const m = computeMetrics([
      o('oos', 'oos'),
      o('oos', 'out_of_scope'),
      o('oos', 'a'),
      o('a', 'oos'),
    ]);
    expect(m.outOfScope).toEqual({ total: 3, caught: 2, recall: 2 / 3 });
  });

  it('survives no outcomes', () => {
    expect(computeMetrics([])).toMatchObject({ total: 0, accuracy: 0, macroF1: 0, labels: [] });
  });
});
