import { cardBrandOf, iinRanges, luhnValid } from '../card-brands.js';
import type { PaymentCardBrand } from '../card-brands.js';
import { F_CARD_GLUE, F_SPOKEN, S_DASH, S_DOT, S_SLASH } from './run-store.js';
import type { RunStore } from './run-store.js';
import {
  amountList,
  amountShape,
  cardGrouping,
  dateShape,
  expiryAndCode,
  fieldValue,
  ibanLead,
  identifierPart,
  ipShape,
  longBlockNumber,
  millisecondTimestamp,
  monthYear,
  phoneLead,
  visibleCardGrouping,
} from './shapes.js';
import { cardContext, otherLabel } from './state.js';
import type { ScanState } from './state.js';
import type { PciFinding } from './types.js';
import { K_TIME } from './vocabulary.js';

/**
 * Card numbers inside one run. Every window of whole groups holding 12–19 digits is a candidate;
 * the longest that is a card number (known IIN, a length that IIN issues, Luhn) wins, then the
 * search goes on after it. A run with no such window but card words around it is flagged whole
 * when it is card-length: a mistyped or misheard card number is still card data (fail closed).
 */

/** The first two digits of every IIN range: a window starting otherwise is no card number. */
const iinLeads = new Uint8Array(100);
for (const r of iinRanges) {
  const scale = 10 ** Math.max(0, r.digits - 2);
  if (r.digits === 1) for (let d = 0; d < 10; d++) iinLeads[r.from * 10 + d] = 1;
  else for (let p = Math.floor(r.from / scale); p <= Math.floor(r.to / scale); p++) iinLeads[p] = 1;
}

/** Longest gap between "time" labels and a 13-digit number read as a timestamp. */
const TIME_BEFORE = 16;

// Luhn sums of every prefix of the run, once per run, so each window's check is two lookups; the
// shared `luhnValid` still confirms each window before it is reported.
let oddDoubled = new Int32Array(64);
let evenDoubled = new Int32Array(64);

function prepareLuhn(store: RunStore, from: number, to: number): void {
  if (to - from + 1 > oddDoubled.length) {
    oddDoubled = new Int32Array((to - from + 1) * 2);
    evenDoubled = new Int32Array((to - from + 1) * 2);
  }
  for (let i = from; i < to; i++) {
    const k = i - from;
    const v = store.digits[i]!;
    const doubled = v > 4 ? v * 2 - 9 : v * 2;
    evenDoubled[k + 1] = evenDoubled[k]! + ((k & 1) === 0 ? doubled : v);
    oddDoubled[k + 1] = oddDoubled[k]! + ((k & 1) === 1 ? doubled : v);
  }
}

/** Luhn over the run-relative digit window [x, y): the check digit y-1 is never doubled. */
function luhnWindow(x: number, y: number): boolean {
  const sums = ((y - 1) & 1) === 0 ? oddDoubled : evenDoubled;
  return (sums[y]! - sums[x]!) % 10 === 0;
}

/** Shapes that are some other number, whatever their digits. */
function otherShape(
  state: ScanState,
  r: number,
  a: number,
  b: number,
  start: number,
  end: number,
): boolean {
  const { store, text } = state;
  if (ipShape(store, a, b) || dateShape(store, a, b) || amountList(store, a, b)) return true;
  const runFirst = store.rFirst[r]!;
  const runEnd = store.rEnd[r]!;
  if ((a > runFirst || b < runEnd) && longBlockNumber(store, runFirst, runEnd)) return true;
  if (phoneLead(text, start) || ibanLead(text, start) || identifierPart(text, start, end))
    return true;
  // A 13-digit millisecond timestamp of 2000–2100 can only collide with a card number in Visa's
  // 13-digit range, which timestamps reach in 2096: so it counts as a timestamp only when it is
  // labelled as one ("ts=", "created": …, "timestamp"), and a bare 4… number stays a card.
  if (!millisecondTimestamp(store, a, b)) return false;
  return fieldValue(text, start) || state.keys.near(K_TIME, start, end, TIME_BEFORE, 0);
}

function last4(store: RunStore, digitEnd: number): string {
  return store.digitString(digitEnd - 4, digitEnd);
}

function finding(
  state: ScanState,
  a: number,
  b: number,
  basis: PciFinding['basis'],
  brand: PaymentCardBrand | null,
  digitEnd: number,
): PciFinding {
  const { store } = state;
  let spoken = false;
  for (let g = a; g < b; g++) if (store.gSpoken[g]) spoken = true;
  const f: PciFinding = {
    kind: 'pan',
    start: store.gStart[a]!,
    end: store.gEnd[b - 1]!,
    basis: spoken && basis !== 'split' ? 'spoken' : basis,
  };
  if (brand) f.brand = brand;
  if (digitEnd >= 4) f.last4 = last4(store, digitEnd);
  return f;
}

/** The card number starting at group `a` of run [first, end), or -1; sets `found`. */
let found: PciFinding | null = null;
function windowAt(state: ScanState, r: number, a: number, first: number, end: number): number {
  const { store } = state;
  const base = store.gDigit[first]!;
  const at = store.gDigit[a]!;
  if (!iinLeads[store.digits[at]! * 10 + store.digits[at + 1]!]) return -1;
  let last = a;
  while (last < end && store.digitsIn(a, last + 1) <= 19) last++;
  // First a window followed by a written expiry (and CVV): "5045 6976 2645 12/28 456" is a
  // 12-digit card even if all 19 digits happen to pass Luhn; then windows followed by nothing,
  // a CVV-sized group or a spaced month and year, longest first; then the rest.
  for (let pass = 0; pass < 3; pass++) {
    for (let b = last; b > a; b--) {
      const len = store.digitsIn(a, b);
      if (len < 12) break;
      const clean = b === end || expiryAndCode(store, b, end);
      const sep = store.gSep[b + 1];
      const written = sep === S_SLASH || sep === S_DASH || sep === S_DOT;
      const dated = b + 1 < end && clean && written && monthYear(store, b);
      if ((pass === 0 && !dated) || (pass === 1 && (dated || !clean)) || (pass === 2 && clean))
        continue;
      const x = store.gDigit[a]! - base;
      if (!luhnWindow(x, x + len)) continue;
      // The whole run, or the run with only an expiry and CVV after the card: its grouping is
      // the writer's own, whatever it is.
      if (!(a === first && clean) && !cardGrouping(store, a, b)) continue;
      if (accept(state, r, a, b, len)) return b;
    }
  }
  return -1;
}

// Card words around the run being judged: found once per run, not once per window.
let contextRun = -1;
let contextValue = false;

function runContext(state: ScanState, r: number): boolean {
  if (contextRun !== r) {
    const { store } = state;
    const start = store.gStart[store.rFirst[r]!]!;
    const stop = store.gEnd[store.rEnd[r]! - 1]!;
    contextValue = cardContext(state, start, stop);
    contextRun = r;
  }
  return contextValue;
}

/** Whether window [a, b) of `len` digits is a card number in its setting; sets `found`. */
function accept(state: ScanState, r: number, a: number, b: number, len: number): boolean {
  const { store } = state;
  const digits = store.digitString(store.gDigit[a]!, store.gDigit[a]! + len);
  const brand = cardBrandOf(digits);
  if (!brand || !luhnValid(digits)) return false;
  const start = store.gStart[a]!;
  const stop = store.gEnd[b - 1]!;
  const glued = (store.rFlags[r]! & F_CARD_GLUE) !== 0;
  if (!glued && !runContext(state, r)) {
    if (otherShape(state, r, a, b, start, stop)) return false;
    if (!visibleCardGrouping(store, a, b) && otherLabel(state, start, stop)) return false;
  }
  found = finding(state, a, b, 'luhn', brand, store.gDigit[a]! + len);
  return true;
}

/**
 * Card numbers in groups [from, end) of run `r`, pushed to `state.findings`. Returns the group
 * after the last one reported (`from` when none was).
 */
export function findPans(state: ScanState, r: number, from: number): number {
  const { store, text } = state;
  contextRun = -1;
  const first = store.rFirst[r]!;
  const end = store.rEnd[r]!;
  if (from >= end || store.digitsIn(from, end) < 12) return from;
  prepareLuhn(store, store.gDigit[first]!, store.gDigit[end - 1]! + store.gLen[end - 1]!);
  let after = from;
  for (let a = from; a < end && store.digitsIn(a, end) >= 12;) {
    const b = windowAt(state, r, a, first, end);
    if (b < 0) {
      a++;
      continue;
    }
    state.findings.push(found!);
    after = a = b;
  }
  if (after > from) return after;

  // No card number by its digits: card-length and among card words is enough.
  const total = store.digitsIn(from, end);
  const lead = store.digits[store.gDigit[from]!]!;
  if (total < 12 || (total === 12 && lead !== 5 && lead !== 6)) return from;
  const start = store.gStart[from]!;
  const stop = store.gEnd[end - 1]!;
  const glued = (store.rFlags[r]! & F_CARD_GLUE) !== 0;
  const spoken = (store.rFlags[r]! & F_SPOKEN) !== 0;
  let suspect = glued || runContext(state, r);
  // Read aloud, 15–19 digits in a row is a card number misheard far more often than anything
  // else people read out digit by digit; other numbers come with their label.
  if (!suspect && spoken && total >= 15 && total <= 19) suspect = !otherLabel(state, start, stop);
  if (!suspect) return from;
  if (otherShape(state, r, from, end, start, stop) || millisecondTimestamp(store, from, end))
    return from;
  if (amountShape(text, start, stop)) return from;
  const base = store.gDigit[from]!;
  const cut = total <= 19 ? total : cardLength(store, from, end);
  const brand = cut > 0 ? cardBrandOf(store.digitString(base, base + cut)) : null;
  state.findings.push(finding(state, from, end, 'context', brand, cut > 0 ? base + cut : 0));
  return end;
}

/** Digits in the longest card-grouped prefix window of 13–19 digits, or 0. */
function cardLength(store: RunStore, from: number, end: number): number {
  let best = 0;
  for (let b = from + 1; b <= end; b++) {
    const len = store.digitsIn(from, b);
    if (len > 19) break;
    if (len >= 13 && cardGrouping(store, from, b)) best = len;
  }
  return best;
}
