import { C_LETTER, charClass } from './chars.js';
import { doubled } from './int-arrays.js';
import {
  K_BACK,
  K_CARD,
  K_CODE,
  K_CVV,
  K_DIGITS,
  K_EXPIRES,
  K_EXPIRY,
  K_PIN,
  K_SECURITY,
  K_SOCIAL,
  K_SSN,
  K_VERIFY,
  keywords,
} from './vocabulary.js';
import { WordTable } from './word-table.js';

/**
 * The label words around short numbers, read straight from the text: a CVV, PIN, expiry or SSN
 * needs its label close by, and a JavaScript pass with a hash lookup per word is cheaper here
 * than the keyword regex (a call per keyword found) that card-number context uses.
 */

const LABEL_BITS =
  K_CARD |
  K_CVV |
  K_PIN |
  K_EXPIRY |
  K_EXPIRES |
  K_SSN |
  K_SOCIAL |
  K_SECURITY |
  K_CODE |
  K_BACK |
  K_DIGITS |
  K_VERIFY;

const entries = [...keywords]
  .map(([word, bits]) => [word, bits & LABEL_BITS] as const)
  .filter(([, bits]) => bits !== 0);
const table = new WordTable(entries);

// Cheap refusal before hashing: the first letters and longest length any label word has.
const firsts = new Uint8Array(128);
for (const [word] of entries) firsts[word.charCodeAt(0)] = 1;
const longest = Math.max(...entries.map(([word]) => word.length));

function isWordCode(code: number): boolean {
  return charClass[code] === C_LETTER || (code >= 0x30 && code <= 0x39);
}

/**
 * The label words of one text, found in one pass the first time a number asks (so a text with
 * several short numbers reads its words once), then looked up by position: "security code",
 * "card code", "card verification" and "digits on the back" count as a CVV word, "social
 * security" as an SSN word.
 */
export class LabelIndex {
  private text = '';
  private built = false;
  private count = 0;
  private start = new Int32Array(16);
  private end = new Int32Array(16);
  private bits = new Int32Array(16);

  reset(text: string): void {
    this.text = text;
    this.built = false;
    this.count = 0;
  }

  private push(start: number, end: number, bits: number): void {
    const k = this.count++;
    if (k >= this.start.length) {
      this.start = doubled(this.start);
      this.end = doubled(this.end);
      this.bits = doubled(this.bits);
    }
    this.start[k] = start;
    this.end[k] = end;
    this.bits[k] = bits;
  }

  private build(): void {
    const text = this.text;
    let prev = 0;
    let prevEnd = -100;
    let back = -1;
    let digits = -1;
    let i = 0;
    while (i < text.length) {
      if (!isWordCode(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const start = i;
      while (i < text.length && isWordCode(text.charCodeAt(i))) i++;
      const first = text.charCodeAt(start) | 0x20;
      if (i - start > longest || first >= 128 || !firsts[first]) continue;
      let word = table.get(text, start, i);
      if (word < 0) continue;
      if (start - prevEnd <= 3) {
        if (word & K_CODE && prev & (K_SECURITY | K_CARD)) word |= K_CVV;
        if (word & K_VERIFY && prev & K_CARD) word |= K_CVV;
        if (word & K_SECURITY && prev & K_SOCIAL) word |= K_SSN;
      }
      if (word & K_BACK) back = start;
      if (word & (K_DIGITS | K_CODE)) digits = start;
      if (back >= 0 && digits >= 0 && Math.abs(back - digits) <= 24) word |= K_CVV;
      this.push(start, i, word);
      prev = word;
      prevEnd = i;
    }
    this.built = true;
  }

  /** The label bits of the words that overlap text[from, to). */
  near(from: number, to: number): number {
    if (!this.built) this.build();
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.end[mid]! <= from) lo = mid + 1;
      else hi = mid;
    }
    let bits = 0;
    for (let k = lo; k < this.count && this.start[k]! < to; k++) bits |= this.bits[k]!;
    return bits;
  }
}
