import { isAsciiWordChar } from './chars.js';
import { doubled } from './int-arrays.js';
import { WordTable } from './word-table.js';
import {
  K_BACK,
  K_CARD,
  K_ENDING,
  K_EXPIRES,
  K_EXPIRY,
  K_CODE,
  K_CVV,
  K_DIGITS,
  K_OTHER,
  K_SECURITY,
  K_SOCIAL,
  K_SSN,
  K_VERIFY,
  alternation,
  keywords,
} from './vocabulary.js';

/**
 * The label words of one text, found lazily: the index is only extended as far as some number
 * run needs it, so a text without candidate numbers is never searched for keywords, and a text
 * with several is searched once in total (each search resumes where the last stopped).
 */
const keywordPattern = new RegExp(`\\b(?:${alternation(keywords.keys())})\\b`, 'gi');
const keywordTable = new WordTable(keywords);

/** Words that can make card context, alone or as half of a phrase ("security code"). */
const CARDISH = K_CARD | K_CVV | K_EXPIRY | K_EXPIRES | K_ENDING | K_SECURITY | K_BACK | K_VERIFY;
const cardishPattern = new RegExp(
  `\\b(?:${alternation([...keywords].filter(([, bits]) => bits & CARDISH).map(([w]) => w))})\\b`,
  'i',
);

/** "No such keyword": a small integer rather than Infinity keeps the arithmetic in Smis. */
export const NONE = 0x3fffffff;

/** Two halves of a phrase count as one when at most this many characters apart. */
const PHRASE_GAP = 3;
/** "the three digits on the back", "number on the back of the card". */
const BACK_PHRASE_GAP = 24;

export class KeywordIndex {
  private text = '';
  private cursor = 0;
  private done = false;
  count = 0;
  start = new Int32Array(16);
  end = new Int32Array(16);
  bits = new Int32Array(16);

  private cardish = -1;

  reset(text: string): void {
    this.text = text;
    this.cursor = 0;
    this.done = false;
    this.count = 0;
    this.cardish = -1;
  }

  /**
   * Whether the text has any word that can make card context: one small regex test, so a text
   * without one never pays for indexing its keywords to judge a long number.
   */
  anyCardWords(): boolean {
    if (this.cardish < 0) this.cardish = cardishPattern.test(this.text) ? 1 : 0;
    return this.cardish === 1;
  }

  /** Indexes every keyword that starts at or before `pos`. */
  private ensure(pos: number): void {
    while (!this.done && this.cursor <= pos) {
      keywordPattern.lastIndex = this.cursor;
      if (!keywordPattern.test(this.text)) {
        this.done = true;
        return;
      }
      // `test` rather than `exec`: no match object; the word is the letters before lastIndex.
      const end = keywordPattern.lastIndex;
      let start = end;
      while (start > 0 && isAsciiWordChar(this.text.charCodeAt(start - 1))) start--;
      this.add(start, end, keywordTable.get(this.text, start, end));
      this.cursor = end;
    }
  }

  private add(start: number, end: number, bits: number): void {
    const k = this.count;
    if (k > 0) {
      const prevBits = this.bits[k - 1]!;
      const gap = start - this.end[k - 1]!;
      if (gap <= PHRASE_GAP) {
        if (bits & K_CODE && prevBits & (K_SECURITY | K_CARD)) bits |= K_CVV;
        if (bits & K_SECURITY && prevBits & K_SOCIAL) bits |= K_SSN;
        if (bits & K_VERIFY && prevBits & K_CARD) bits |= K_CVV;
        // "card account", "credit card order": the label is the card's.
        if (bits & K_OTHER && prevBits & K_CARD) bits = (bits & ~K_OTHER) | K_CARD;
      }
      if (gap <= BACK_PHRASE_GAP) {
        if (
          (bits & K_BACK && prevBits & (K_DIGITS | K_CODE)) ||
          (bits & K_DIGITS && prevBits & K_BACK)
        )
          bits |= K_CVV;
      }
    }
    if (k >= this.start.length) {
      this.start = doubled(this.start);
      this.end = doubled(this.end);
      this.bits = doubled(this.bits);
    }
    this.start[k] = start;
    this.end[k] = end;
    this.bits[k] = bits;
    this.count = k + 1;
  }

  /**
   * Distance in characters from [from, to) to the nearest keyword carrying any of `bits` that
   * ends at most `before` characters before `from` or starts at most `after` characters after
   * `to`; NONE when there is none.
   */
  distance(bits: number, from: number, to: number, before: number, after: number): number {
    this.ensure(to + after);
    let lo = 0;
    let hi = this.count;
    const first = from - before - 16;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.start[mid]! < first) lo = mid + 1;
      else hi = mid;
    }
    let best = NONE;
    for (let k = lo; k < this.count; k++) {
      const s = this.start[k]!;
      if (s > to + after) break;
      if (!(this.bits[k]! & bits)) continue;
      const e = this.end[k]!;
      let d = NONE;
      if (e <= from && from - e <= before) d = from - e;
      else if (s >= to && s - to <= after) d = s - to;
      else if (s < to && e > from) d = 0;
      if (d < best) best = d;
    }
    return best;
  }

  /** Whether a keyword with any of `bits` lies within the window around [from, to). */
  near(bits: number, from: number, to: number, before: number, after: number): boolean {
    return this.distance(bits, from, to, before, after) !== NONE;
  }
}
