import { cardBrandOf, luhnValid } from '../card-brands.js';
import { C_DIGIT, C_LETTER, charClass } from './chars.js';
import { KeywordIndex } from './keywords.js';
import { RunStore } from './run-store.js';
import { maskedLead } from './shapes.js';
import type { ScanState } from './state.js';
import { findRuns } from './tokenize.js';
import type { EarlierSpan, PciFinding } from './types.js';
import {
  K_CARD,
  K_CVV,
  K_ENDING,
  K_EXPIRES,
  K_EXPIRY,
  K_OTHER,
  K_PIN,
  K_SOCIAL,
  K_SSN,
  leadInTable,
} from './vocabulary.js';

/**
 * A card number sent in pieces: "my card is 4242 4242" then "4242 4242". The scan keeps nothing
 * between calls (any instance may take the next message), so the caller passes the earlier user
 * messages as stored — already redacted — and the scan joins the number run at the start of this
 * message with the runs that end the earlier ones. A piece continues into an older message only
 * when it is a whole message by itself ("4242"), so a number is followed across up to
 * MAX_PARTS messages. What the pieces make up is judged like any other number: a card number by
 * its digits, or card-length among card words.
 */

const MAX_PARTS = 4;
const MAX_DIGITS = 27;
/** Most text allowed around a piece: "and the rest is", "ok", "…". */
const MAX_LEAD = 48;
const CARD_BITS = K_CARD | K_CVV | K_EXPIRY | K_EXPIRES | K_ENDING;

const pieceStores = Array.from({ length: MAX_PARTS }, () => new RunStore());
const pieceKeys = new KeywordIndex();

/** Only filler and punctuation in text[from, to): no other words or digits. */
export function clean(text: string, from: number, to: number): boolean {
  if (to - from > MAX_LEAD) return false;
  for (let i = from; i < to;) {
    const cls = charClass[text.charCodeAt(i)];
    if (cls === C_DIGIT) return false;
    if (cls !== C_LETTER) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < to && charClass[text.charCodeAt(j)] === C_LETTER) j++;
    if (!leadInTable.has(text, i, j)) return false;
    i = j;
  }
  return true;
}

interface Piece {
  message: number;
  store: RunStore;
  /** Groups [first, end) of the piece's run in its store. */
  first: number;
  end: number;
  /** Card words around the piece. */
  card: boolean;
  /** A label of another kind of number ("order", "phone", "account") right before it. */
  other: boolean;
  /** The piece was cut to its last groups (its run is longer than a card number needs). */
  trimmed: boolean;
}

/** The run that ends earlier message `m`, if nothing but filler follows it. */
function tailPiece(text: string, m: number, store: RunStore): Piece | null {
  findRuns(text, store);
  if (store.runCount === 0) return null;
  const r = store.runCount - 1;
  const first = store.rFirst[r]!;
  const end = store.rEnd[r]!;
  const start = store.gStart[first]!;
  const stop = store.gEnd[end - 1]!;
  if (!clean(text, stop, text.length) || maskedLead(text, start)) return null;
  pieceKeys.reset(text);
  const card = pieceKeys.near(CARD_BITS, start, stop, 64, 32);
  const other = pieceKeys.near(K_OTHER, start, stop, 24, 0);
  return { message: m, store, first, end, card, other, trimmed: false };
}

interface Part {
  store: RunStore;
  g: number;
  message: number;
}

/**
 * Joins the run at the head of the current text with the ends of earlier messages. Reports the
 * card number (into `state.findings`) and the earlier spans; returns how many groups of the head
 * run it used.
 */
export function findSplit(
  state: ScanState,
  head: number,
  earlier: readonly string[],
  spans: EarlierSpan[],
): number {
  const { store, text } = state;
  const hFirst = store.rFirst[head]!;
  const hEnd = store.rEnd[head]!;
  const pieces: Piece[] = [];
  try {
    for (let m = earlier.length - 1; m >= 0 && pieces.length < MAX_PARTS; m--) {
      const piece = tailPiece(earlier[m]!, m, pieceStores[pieces.length]!);
      if (!piece) break;
      pieces.unshift(piece);
      const pStore = piece.store;
      if (pStore.digitsIn(piece.first, piece.end) > MAX_DIGITS) break;
      if (!clean(earlier[m]!, 0, pStore.gStart[piece.first]!)) break;
    }
    if (pieces.length === 0) return 0;
    // Every group, oldest message first, then the head run's.
    // Only the last groups of each piece and the first of the head run can take part: a card
    // number is at most 19 digits, a misread one with its expiry and CVV at most MAX_DIGITS.
    const parts: Part[] = [];
    for (const p of pieces) {
      let g = p.end;
      let digits = 0;
      while (g > p.first && digits + p.store.gLen[g - 1]! <= MAX_DIGITS)
        digits += p.store.gLen[--g]!;
      p.trimmed = g > p.first;
      for (; g < p.end; g++) parts.push({ store: p.store, g, message: p.message });
    }
    const current = parts.length;
    let digits = 0;
    for (let g = hFirst; g < hEnd && digits + store.gLen[g]! <= MAX_DIGITS; g++) {
      digits += store.gLen[g]!;
      parts.push({ store, g, message: -1 });
    }
    if (parts.length === current) return 0;

    const digitsOf = (a: number, b: number) => {
      let s = '';
      for (let k = a; k < b; k++) {
        const { store: st, g } = parts[k]!;
        s += st.digitString(st.gDigit[g]!, st.gDigit[g]! + st.gLen[g]!);
      }
      return s;
    };
    const headStop = store.gEnd[hEnd - 1]!;
    const bare = parts.length - current === hEnd - hFirst && clean(text, headStop, text.length);
    pieceKeys.reset(text);
    const card =
      pieces.some((p) => p.card) ||
      pieceKeys.near(CARD_BITS, store.gStart[hFirst]!, headStop, 64, 32);

    let best: { a: number; b: number; digits: string } | null = null;
    for (let b = parts.length; b > current; b--) {
      for (let a = current - 1; a >= 0; a--) {
        const digits = digitsOf(a, b);
        if (digits.length > 19) break;
        if (digits.length < 12 || (best && best.digits.length >= digits.length)) continue;
        if (cardBrandOf(digits) && luhnValid(digits)) best = { a, b, digits };
      }
    }
    // Without card words, only pieces that are nothing but the card number, together exactly a
    // card number, count: two phone numbers in a row must not make one.
    const exact = bare && best?.a === 0 && best.b === parts.length && !pieces[0]!.trimmed;
    if (best && !card && (!exact || pieces.some((p) => p.other))) best = null;
    if (!best && card) {
      const digits = digitsOf(0, parts.length);
      if (digits.length >= 13) best = { a: 0, b: parts.length, digits };
    }
    if (!best) return 0;

    const finding: PciFinding = {
      kind: 'pan',
      start: store.gStart[hFirst]!,
      end: store.gEnd[hFirst + best.b - current - 1]!,
      basis: 'split',
    };
    const pan = best.digits.length <= 19 ? best.digits : best.digits.slice(0, 16);
    const brand = cardBrandOf(pan);
    if (brand) finding.brand = brand;
    finding.last4 = pan.slice(-4);
    state.findings.push(finding);
    for (const p of pieces) {
      let from = -1;
      let to = -1;
      for (let k = best.a; k < current; k++) {
        const part = parts[k]!;
        if (part.message !== p.message) continue;
        if (from < 0) from = p.store.gStart[part.g]!;
        to = p.store.gEnd[part.g]!;
      }
      if (from >= 0) spans.push({ message: p.message, start: from, end: to, kind: 'pan' });
    }
    return best.b - current;
  } finally {
    // Every store an earlier message was read into, kept or not: no digit outlives the scan.
    for (const piece of pieceStores) piece.wipe();
    pieceKeys.reset('');
  }
}

/**
 * A short number alone in this message answering a label that ended the previous one: "my CVV
 * is" then "123". Only the current message holds digits, so only it is reported.
 */
export function findLabelAcross(state: ScanState, head: number, previous: string): void {
  const { store, text } = state;
  const a = store.rFirst[head]!;
  const b = store.rEnd[head]!;
  const start = store.gStart[a]!;
  const end = store.gEnd[b - 1]!;
  if (!clean(text, end, text.length)) return;
  const n = store.digitsIn(a, b);
  pieceKeys.reset(previous);
  const at = previous.length;
  const said = (bits: number) => pieceKeys.near(bits, at, at, 40, 0);
  let kind: PciFinding['kind'] | null = null;
  if ((n === 3 || n === 4) && said(K_CVV)) kind = 'cvv';
  else if (n >= 4 && n <= 6 && said(K_PIN)) kind = 'pin';
  else if (n >= 3 && n <= 6 && said(K_EXPIRY | K_EXPIRES)) kind = 'expiry';
  else if (n === 9 && said(K_SSN | K_SOCIAL)) kind = 'ssn';
  pieceKeys.reset('');
  if (kind) state.labels.push({ kind, start, end, basis: 'label' });
}
