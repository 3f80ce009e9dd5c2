import { C_LETTER, charClass, isAsciiLetter, isAsciiWordChar, isMaskChar } from './chars.js';
import { S_COMMA, S_DASH, S_DOT, S_SLASH, S_SPACE } from './run-store.js';
import type { RunStore } from './run-store.js';
import { monthTable } from './vocabulary.js';
import { WordTable } from './word-table.js';

/**
 * Shapes: what a number looks like by itself, before any word around it is read. Card numbers
 * are written in a few groupings; dates, IP addresses, timestamps and international phone
 * numbers have shapes of their own that a card number never takes.
 */

/** The numeric value of group `g` (only meaningful for short groups). */
export function groupValue(store: RunStore, g: number): number {
  let v = 0;
  const from = store.gDigit[g]!;
  for (let i = from; i < from + store.gLen[g]!; i++) v = v * 10 + store.digits[i]!;
  return v;
}

/**
 * Groups [a, b) are grouped as people group card numbers: one block, equal blocks with a shorter
 * or one-longer last block (4-4-4-4, 4-4-4-4-3, 3-3-3-3-4, 2-2-…-1, digit by digit), or Amex and
 * Diners 4-6-5 / 4-6-4. Read-aloud groups ("forty-two", "four") count when none exceeds four digits.
 */
export function cardGrouping(store: RunStore, a: number, b: number): boolean {
  const k = b - a;
  if (k === 1) return true;
  const len = store.gLen;
  let spoken = false;
  let short = true;
  for (let g = a; g < b; g++) {
    if (store.gSpoken[g]) spoken = true;
    if (len[g]! > 4) short = false;
  }
  if (spoken) return short;
  if (k === 3 && len[a] === 4 && len[a + 1] === 6 && (len[a + 2] === 5 || len[a + 2] === 4))
    return true;
  const size = len[a]!;
  for (let g = a + 1; g < b - 1; g++) if (len[g] !== size) return false;
  const last = len[b - 1]!;
  return last >= 1 && last <= size + 1;
}

/** Unmistakably a card's layout: four or more equal blocks of 3–4, or 4-6-5 / 4-6-4. */
export function visibleCardGrouping(store: RunStore, a: number, b: number): boolean {
  const k = b - a;
  const len = store.gLen;
  if (k === 3 && len[a] === 4 && len[a + 1] === 6) return len[a + 2] === 5 || len[a + 2] === 4;
  return k >= 4 && len[a]! >= 3 && len[a]! <= 4 && cardGrouping(store, a, b);
}

/**
 * A number longer than any card, in even blocks of three or more: tracking numbers and the like
 * ("9400 1118 9922 3344 5566 77"). A card window inside it is a coincidence. Digit-by-digit or
 * pair-by-pair reading is excluded: that is how a card is read aloud with its expiry and CVV.
 */
export function longBlockNumber(store: RunStore, a: number, b: number): boolean {
  return store.digitsIn(a, b) > 19 && b - a > 1 && store.gLen[a]! >= 3 && cardGrouping(store, a, b);
}

/**
 * Two or more amounts with cents in a row: "4,665.36 4,731.51", "1.234,56 2.345,67". One such
 * group alone is no sign (a card written in dots may end in two digits).
 */
export function amountList(store: RunStore, a: number, b: number): boolean {
  let cents = 0;
  for (let g = a + 1; g < b; g++) {
    const sep = store.gSep[g];
    if (store.gLen[g] !== 2 || (sep !== S_DOT && sep !== S_COMMA) || store.gSpoken[g]) continue;
    if (g === b - 1 || store.gSep[g + 1] === S_SPACE) cents++;
  }
  return cents >= 2;
}

/** Month (1–12) then a two-digit year or a four-digit year 2000–2099, as groups g and g + 1. */
export function monthYear(store: RunStore, g: number): boolean {
  const sep = store.gSep[g + 1];
  if (sep !== S_SLASH && sep !== S_DASH && sep !== S_DOT && sep !== S_SPACE) return false;
  const m = store.gLen[g]!;
  const y = store.gLen[g + 1]!;
  if (m > 2 || (y !== 2 && y !== 4)) return false;
  const month = groupValue(store, g);
  if (month < 1 || month > 12) return false;
  return y === 2 || Math.floor(groupValue(store, g + 1) / 100) === 20;
}

/** Groups [g, end) are an expiry, a CVV, or an expiry then a CVV: what follows a card number. */
export function expiryAndCode(store: RunStore, g: number, end: number): boolean {
  if (g + 1 < end && monthYear(store, g)) g += 2;
  if (g === end) return true;
  return g + 1 === end && store.gLen[g]! >= 3 && store.gLen[g]! <= 4;
}

/** 192.168.10.200 */
export function ipShape(store: RunStore, a: number, b: number): boolean {
  if (b - a !== 4) return false;
  for (let g = a; g < b; g++) {
    if (g > a && store.gSep[g] !== S_DOT) return false;
    if (store.gLen[g]! > 3 || groupValue(store, g) > 255) return false;
  }
  return true;
}

function validDate(y: number, m: number, d: number): boolean {
  return y >= 1900 && y <= 2099 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/** Contains a date written with a four-digit year: 2026-11-21, 11/21/2026, 21.11.2026. */
export function dateShape(store: RunStore, a: number, b: number): boolean {
  for (let g = a; g + 2 < b; g++) {
    const sep = store.gSep[g + 1];
    if (sep !== store.gSep[g + 2] || (sep !== S_DASH && sep !== S_SLASH && sep !== S_DOT)) continue;
    const [l0, l1, l2] = [store.gLen[g]!, store.gLen[g + 1]!, store.gLen[g + 2]!];
    const [v0, v1, v2] = [groupValue(store, g), groupValue(store, g + 1), groupValue(store, g + 2)];
    if (l0 === 4 && l1 <= 2 && l2 <= 2 && validDate(v0, v1, v2)) return true;
    if (l0 <= 2 && l1 <= 2 && l2 === 4 && (validDate(v2, v0, v1) || validDate(v2, v1, v0)))
      return true;
  }
  return false;
}

const MS_2000 = 946_684_800_000;
const MS_2100 = 4_102_444_800_000;

/** One unbroken 13-digit number that reads as milliseconds between 2000 and 2100. */
export function millisecondTimestamp(store: RunStore, a: number, b: number): boolean {
  if (b - a !== 1 || store.gLen[a] !== 13) return false;
  const from = store.gDigit[a]!;
  let v = 0;
  for (let i = from; i < from + 13; i++) v = v * 10 + store.digits[i]!;
  return v >= MS_2000 && v < MS_2100;
}

/** A machine field: `ts=…`, `"created": …` (not "sure: …", which people write too). */
export function fieldValue(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && text.charCodeAt(i) === 0x20) i--;
  const c = i >= 0 ? text.charCodeAt(i) : 0;
  if (c === 0x3d) return true;
  const q = i > 0 ? text.charCodeAt(i - 1) : 0;
  return c === 0x3a && (q === 0x22 || q === 0x27);
}

/** The value of an identifier field: `request_id=…`, `"orderId": …`, `txn_id: …`. */
export function idField(text: string, start: number): boolean {
  let i = start - 1;
  const skip = (c: number) => c === 0x20 || c === 0x22 || c === 0x27;
  while (i >= 0 && skip(text.charCodeAt(i))) i--;
  const c = i >= 0 ? text.charCodeAt(i) : 0;
  if (c !== 0x3d && c !== 0x3a) return false;
  i--;
  while (i >= 0 && skip(text.charCodeAt(i))) i--;
  if (i < 1) return false;
  const d = text.charCodeAt(i) | 0x20;
  const before = text.charCodeAt(i - 1);
  return d === 0x64 && (before === 0x49 || before === 0x69);
}

/** "+44 20 …", "+1 (555) …": an international phone number. */
export function phoneLead(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0 && i >= start - 3; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x2b || c === 0xff0b) return true;
    if (c !== 0x20 && c !== 0x28 && c !== 0xa0) return false;
  }
  return false;
}

/**
 * Inside an IBAN: "DE89 3704 0044 …", "GB29 NWBK 6016 1331 9268 19". Walks back over the blocks
 * of four before the run to the country code and check digits that open every IBAN.
 */
export function ibanLead(text: string, start: number): boolean {
  const upper = (c: number) => c >= 0x41 && c <= 0x5a;
  const digit = (c: number) => c >= 0x30 && c <= 0x39;
  let s = start - 1;
  for (let blocks = 0; blocks < 8; blocks++) {
    if (s < 4 || text.charCodeAt(s) !== 0x20) return false;
    const at = (k: number) => text.charCodeAt(s - 4 + k);
    for (let k = 0; k < 4; k++) if (!upper(at(k)) && !digit(at(k))) return false;
    if (s > 4 && isAsciiWordChar(text.charCodeAt(s - 5))) return false;
    if (upper(at(0)) && upper(at(1)) && digit(at(2)) && digit(at(3))) return true;
    s -= 5;
  }
  return false;
}

/** The run is a segment of an identifier: "a716-446655440000", "TXN-20261121-…". */
export function identifierPart(text: string, start: number, end: number): boolean {
  const joins = (c: number) => c === 0x2d || c === 0x5f;
  if (start >= 2 && joins(text.charCodeAt(start - 1))) {
    for (let i = start - 2; i >= 0 && i >= start - 40; i--) {
      const c = text.charCodeAt(i);
      if (!isAsciiWordChar(c)) break;
      if (isAsciiLetter(c)) return true;
    }
  }
  if (end + 1 < text.length && joins(text.charCodeAt(end))) {
    for (let i = end + 1; i < text.length && i <= end + 40; i++) {
      const c = text.charCodeAt(i);
      if (!isAsciiWordChar(c)) break;
      if (isAsciiLetter(c)) return true;
    }
  }
  return false;
}

/** A currency sign right before, or a percent or currency sign right after: an amount. */
export function amountShape(text: string, start: number, end: number): boolean {
  const money = (c: number) =>
    c === 0x24 || c === 0x20ac || c === 0xa3 || c === 0xa5 || c === 0x20b9 || c === 0x20a9;
  let i = start - 1;
  if (i >= 0 && text.charCodeAt(i) === 0x20) i--;
  if (i >= 0 && money(text.charCodeAt(i))) return true;
  let j = end;
  if (j < text.length && text.charCodeAt(j) === 0x20) j++;
  return j < text.length && (text.charCodeAt(j) === 0x25 || money(text.charCodeAt(j)));
}

// Bounds of the word `wordBefore` found: module state, so looking costs no allocation.
let wordFrom = 0;
let wordTo = 0;

/** The word (letters or digits) ending at or before `i`, skipping spaces and light punctuation. */
function wordBefore(text: string, i: number): boolean {
  let e = i;
  while (e > 0 && i - e < 4) {
    const c = text.charCodeAt(e - 1);
    if (c === 0x20 || c === 0x3a || c === 0x2c || c === 0x2d || c === 0x2e || c === 0xa0) e--;
    else break;
  }
  let s = e;
  while (s > 0 && e - s < 12) {
    const c = text.charCodeAt(s - 1);
    if (charClass[c] !== C_LETTER && (c < 0x30 || c > 0x39)) break;
    s--;
  }
  wordFrom = s;
  wordTo = e;
  return s < e;
}

const IN = 1;
const ENDING = 2;
const DIGITS = 3;
const FOUR = 4;
const LAST = 5;
const leadWords = new WordTable([
  ['in', IN],
  ['with', IN],
  ['ending', ENDING],
  ['ends', ENDING],
  ['ended', ENDING],
  ['digits', DIGITS],
  ['four', FOUR],
  ['4', FOUR],
  ['last', LAST],
]);

function leadWordBefore(text: string, i: number): number {
  return wordBefore(text, i) ? leadWords.get(text, wordFrom, wordTo) : -1;
}

/**
 * The number is shown the safe way: after mask characters ("•••• 4242", "XXXX-XXXX-XXXX-4242")
 * or after "ending (in)", "ends in", "last four (digits)".
 */
export function maskedLead(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && start - i <= 3) {
    const c = text.charCodeAt(i);
    if (isMaskChar(c)) return true;
    if (c === 0x20 || c === 0x2d || c === 0x3a || c === 0xa0 || c === 0x2e) i--;
    else break;
  }
  let word = leadWordBefore(text, start);
  if (word === IN) word = leadWordBefore(text, wordFrom);
  // "ending 4242"; "last 4242", and "last four 4242" read as the run "four 4242".
  if (word === ENDING || word === LAST) return true;
  if (word !== DIGITS && word !== FOUR) return false;
  word = leadWordBefore(text, wordFrom);
  if (word === FOUR) word = leadWordBefore(text, wordFrom);
  return word === LAST;
}

/** "December 2027", "Dec '27": the month word right before `start`, as 1–12, and where it starts. */
export function monthBefore(text: string, start: number): { month: number; start: number } | null {
  let e = start;
  while (e > 0 && start - e < 3) {
    const c = text.charCodeAt(e - 1);
    if (c === 0x20 || c === 0x2c || c === 0x27 || c === 0x2e || c === 0x2f || c === 0xa0) e--;
    else break;
  }
  if (!wordBefore(text, e)) return null;
  const month = monthTable.get(text, wordFrom, wordTo);
  return month > 0 ? { month, start: wordFrom } : null;
}
