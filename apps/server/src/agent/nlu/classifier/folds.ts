import { seededRandom, shuffleInPlace } from './random.js';

/**
 * Fold numbers (0..k-1) for each row, stratified: every label's rows are shuffled with the seed
 * and dealt round-robin, so each fold holds about 1/k of every label.
 */
export function stratifiedFolds(labels: readonly string[], k: number, seed: number): number[] {
  const random = seededRandom(seed);
  const byLabel = new Map<string, number[]>();
  labels.forEach((label, i) => {
    const rows = byLabel.get(label);
    if (rows) rows.push(i);
    else byLabel.set(label, [i]);
  });
  const folds = new Array<number>(labels.length).fill(0);
  let offset = 0;
  for (const label of [...byLabel.keys()].sort()) {
    const rows = shuffleInPlace(byLabel.get(label)!, random);
    // Start each label where the previous one stopped, so small labels do not all pile into fold 0.
    rows.forEach((row, n) => (folds[row] = (offset + n) % k));
    offset = (offset + rows.length) % k;
  }
  return folds;
}
