import { RunStore } from './run-store.js';
import { findRuns } from './tokenize.js';

const store = new RunStore();

/**
 * Every digit a text spells, in order, as the detector reads it: digits of any script and number
 * words inside number runs ("four two 42" → "442"). For tests and benchmarks that ask whether a
 * card number survived some redaction, whatever form it was written in.
 */
export function spelledDigits(text: string): string {
  findRuns(text, store);
  try {
    return store.digitString(0, store.digitCount);
  } finally {
    store.wipe();
  }
}
