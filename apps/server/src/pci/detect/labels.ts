import { S_DASH } from './run-store.js';
import type { RunStore } from './run-store.js';
import { amountShape, groupValue, maskedLead, monthBefore, monthYear } from './shapes.js';
import { findingNear } from './state.js';
import type { ScanState } from './state.js';
import type { PciFinding, PciKind } from './types.js';
import {
  K_CARD,
  K_CVV,
  K_EXPIRES,
  K_EXPIRY,
  K_OTHER,
  K_PIN,
  K_SOCIAL,
  K_SSN,
} from './vocabulary.js';

/**
 * The card's other secrets and the SSN, recognised by the words around them: a CVV is three or
 * four digits by "CVV" or "the digits on the back", a PIN four to six by "PIN", an expiry a month
 * and year by "exp" or next to a card number, an SSN nine digits by "SSN" or in its dashed form.
 * Short numbers right after a card number are its expiry and CVV even without words.
 */

/**
 * How far a label reaches: "my social security number is 123-45-6789" before, "123 is the CVV"
 * after. One window for every kind keeps it to one look at the words around the number.
 */
const LABEL_BEFORE = 48;
const LABEL_AFTER = 24;
/** Where to look again when both a CVV word and a PIN word are in reach. */
const CLOSE_BEFORE = 8;
const CLOSE_AFTER = 8;
/** How close to a card number an expiry or CVV without words must be. */
const NEAR_PAN = 48;

const panKinds: readonly PciKind[] = ['pan', 'track'];

function push(state: ScanState, kind: PciKind, start: number, end: number): void {
  state.labels.push({ kind, start, end, basis: 'label' } satisfies PciFinding);
}

function validSsn(store: RunStore, a: number): boolean {
  const d = store.digits;
  const at = store.gDigit[a]!;
  const area = d[at]! * 100 + d[at + 1]! * 10 + d[at + 2]!;
  const group = d[at + 3]! * 10 + d[at + 4]!;
  const serial = d[at + 5]! * 1000 + d[at + 6]! * 100 + d[at + 7]! * 10 + d[at + 8]!;
  return area !== 0 && area !== 666 && area < 900 && group !== 0 && serial !== 0;
}

/** Expiry and CVV in the groups after a card number in the same run: "4111… 12/27 123". */
export function findLeftovers(state: ScanState, r: number, from: number): void {
  const { store } = state;
  const end = store.rEnd[r]!;
  let g = from;
  if (g + 1 < end && monthYear(store, g)) {
    push(state, 'expiry', store.gStart[g]!, store.gEnd[g + 1]!);
    g += 2;
  }
  if (g < end) {
    const n = store.digitsIn(g, end);
    if (n >= 3 && n <= 4) push(state, 'cvv', store.gStart[g]!, store.gEnd[end - 1]!);
  }
}

/** CVV, PIN, expiry or SSN in a run that holds no card number. */
export function findLabels(state: ScanState, r: number): void {
  const { store, text, keys } = state;
  const a = store.rFirst[r]!;
  const b = store.rEnd[r]!;
  const k = b - a;
  const n = store.digitsIn(a, b);
  if (n < 2 || n > 9) return;
  const start = store.gStart[a]!;
  const end = store.gEnd[b - 1]!;
  // Shapes first, words only for a number that could be one of these: most short numbers in a
  // chat are amounts, times and counts, and never reach the keyword search.
  const ssn = n === 9 && validSsn(store, a);
  const pair = k === 2 && monthYear(store, a);
  const single = k === 1 && (n === 2 || n === 4);
  const amount = amountShape(text, start, end);
  const cvv = !amount && (n === 3 || n === 4) && k <= 4;
  const pin = !amount && n >= 4 && n <= 6 && k <= 6;
  if (!ssn && !pair && !single && !cvv && !pin) return;
  if (maskedLead(text, start)) return;

  let bits = state.words.near(start - LABEL_BEFORE, end + LABEL_AFTER);
  if ((bits & (K_CVV | K_PIN)) === (K_CVV | K_PIN)) {
    // "cvv 123, pin 9876": both words in reach; the closer one names the number.
    const close = state.words.near(start - CLOSE_BEFORE, end + CLOSE_AFTER) & (K_CVV | K_PIN);
    if (close) bits = (bits & ~(K_CVV | K_PIN)) | close;
  }
  if (ssn) {
    const dashed =
      k === 3 &&
      store.gLen[a] === 3 &&
      store.gLen[a + 1] === 2 &&
      store.gSep[a + 1] === S_DASH &&
      store.gSep[a + 2] === S_DASH;
    if (bits & (K_SSN | K_SOCIAL) || (dashed && !keys.near(K_OTHER, start, end, 24, 16))) {
      push(state, 'ssn', start, end);
      return;
    }
  }

  if (pair || single) {
    const card = (bits & K_CARD) !== 0;
    const expiry = (bits & K_EXPIRY) !== 0;
    const near =
      expiry ||
      (card && (bits & K_EXPIRES) !== 0) ||
      findingNear(state, panKinds, start, end, NEAR_PAN, NEAR_PAN);
    if (pair && (near || (store.gLen[a + 1] === 4 && card))) {
      push(state, 'expiry', start, end);
      return;
    }
    if (single) {
      const month = monthBefore(text, start);
      const year = groupValue(store, a);
      if (month && (n === 2 || Math.floor(year / 100) === 20) && (near || (n === 4 && card))) {
        push(state, 'expiry', month.start, end);
        return;
      }
      const mm = Math.floor(year / 100);
      if (n === 4 && mm >= 1 && mm <= 12 && expiry && !(bits & (K_CVV | K_PIN))) {
        push(state, 'expiry', start, end);
        return;
      }
    }
  }

  if (cvv && bits & K_CVV) push(state, 'cvv', start, end);
  else if (pin && bits & K_PIN) push(state, 'pin', start, end);
  else if (cvv && findingNear(state, panKinds, start, end, NEAR_PAN, NEAR_PAN))
    push(state, 'cvv', start, end);
}
