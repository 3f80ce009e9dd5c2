import { NONE } from './keywords.js';
import type { KeywordIndex } from './keywords.js';
import type { LabelIndex } from './label-words.js';
import { idField } from './shapes.js';
import type { RunStore } from './run-store.js';
import type { PciFinding, PciKind } from './types.js';
import { K_CARD, K_CVV, K_ENDING, K_EXPIRES, K_EXPIRY, K_OTHER } from './vocabulary.js';

/** One text being scanned: its runs, its keywords and what has been found so far. */
export interface ScanState {
  text: string;
  store: RunStore;
  keys: KeywordIndex;
  /** Label words (CVV, PIN, expiry, SSN), for the short numbers. */
  words: LabelIndex;
  /** Card numbers and track data, in text order. */
  findings: PciFinding[];
  /** CVV, PIN, expiry and SSN, in text order (found after every card number is known). */
  labels: PciFinding[];
}

/** How far card words reach: "my card number, the one you sent me last week, is 4111…". */
export const CARD_BEFORE = 64;
export const CARD_AFTER = 32;
/** Labels of other numbers must sit close: "order 1234…", "1234… is my tracking number". */
export const OTHER_BEFORE = 24;
export const OTHER_AFTER = 16;
/**
 * An other-number label overrides card words when it labels the number directly ("order 1234…",
 * within OTHER_DIRECT) and is nearer than they are, or when it is OTHER_MARGIN nearer.
 */
const OTHER_DIRECT = 12;
const OTHER_MARGIN = 16;

/** Card words near [from, to), and no label of another kind of number clearly closer. */
export function cardContext(state: ScanState, from: number, to: number): boolean {
  if (!state.keys.anyCardWords()) return false;
  const bits = K_CARD | K_CVV | K_EXPIRY | K_EXPIRES | K_ENDING;
  const card = state.keys.distance(bits, from, to, CARD_BEFORE, CARD_AFTER);
  if (card === NONE) return false;
  const other = state.keys.distance(K_OTHER, from, to, OTHER_BEFORE, OTHER_AFTER);
  return !((other <= OTHER_DIRECT && other < card) || other + OTHER_MARGIN < card);
}

/** "order", "tracking", "phone", "account"… right by the number, or an `…_id=` field. */
export function otherLabel(state: ScanState, from: number, to: number): boolean {
  return idField(state.text, from) || state.keys.near(K_OTHER, from, to, OTHER_BEFORE, OTHER_AFTER);
}

/**
 * Whether a finding of one of `kinds` ends within `before` characters before `from` or starts
 * within `after` characters after `to`. Findings are kept in text order, so this is a binary
 * search, not a walk: a text of thousands of card numbers stays linear.
 */
export function findingNear(
  state: ScanState,
  kinds: readonly PciKind[],
  from: number,
  to: number,
  before: number,
  after: number,
): boolean {
  const list = state.findings;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.end < from - before) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < list.length; k++) {
    const f = list[k]!;
    if (f.start > to + after) break;
    if (!kinds.includes(f.kind)) continue;
    if (f.end <= from || f.start >= to) return true;
  }
  return false;
}
