import {
  C_ASTRAL,
  C_COMMA,
  C_DASH,
  C_DIGIT,
  C_DOT,
  C_INVISIBLE,
  C_LETTER,
  C_NEWLINE,
  C_SLASH,
  C_SPACE,
  C_UNDERSCORE,
  charClass,
  digitAt,
  isAsciiLetter,
  isAsciiWordChar,
} from './chars.js';
import {
  F_CARD_GLUE,
  F_SPOKEN,
  S_COMMA,
  S_DASH,
  S_DOT,
  S_NEWLINE,
  S_NONE,
  S_SLASH,
  S_SPACE,
  S_UNDERSCORE,
  S_WORDS,
} from './run-store.js';
import type { RunStore } from './run-store.js';
import { WordTokens, composeWords } from './spoken.js';
import {
  W_REPEAT,
  cardWordTable,
  WEAK,
  fillerTable,
  fillerWords,
  numberWordTable,
  numberWords,
} from './vocabulary.js';

/**
 * Reads one number run: digit tokens and number words, joined across separators ("4111 1111",
 * "4111-1111", "four, two") and filler words, until something else comes. Tokens glued to
 * letters are identifiers ("5GB", hashes, ids) and end the run.
 */

const words = new WordTokens();

/** Lower-case first letters of the number and filler words. */
const wordStarts = new Uint8Array(128);
for (const word of [...numberWords.keys(), ...fillerWords]) wordStarts[word.charCodeAt(0)] = 1;

/** Longest gap (visible characters) between two digit groups written as digits. */
export const MAX_DIGIT_GAP = 6;
/** Longest gap when a number word is involved: room for ", uh, and " and the like. */
export const MAX_WORD_GAP = 24;

/**
 * Latin letters (or an underscore and a word character) right before `i`: the digits belong to an
 * identifier (hash, id, "5GB"). Only ASCII letters glue: Chinese or Japanese text runs words and
 * numbers together without spaces ("卡号4111…"), and that is no identifier.
 */
function gluedBefore(text: string, i: number): boolean {
  if (i === 0) return false;
  const code = text.charCodeAt(i - 1);
  if (isAsciiLetter(code)) return true;
  return code === 0x5f && i > 1 && isAsciiWordChar(text.charCodeAt(i - 2));
}

function gluedAfter(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const code = text.charCodeAt(i);
  if (isAsciiLetter(code)) return true;
  return code === 0x5f && i + 1 < text.length && isAsciiWordChar(text.charCodeAt(i + 1));
}

/** "visa4111…", "cc4111…": digits glued to a card word are a card number, not an identifier. */
function cardWordBefore(text: string, i: number): boolean {
  let s = i;
  while (s > 0 && isAsciiLetter(text.charCodeAt(s - 1)) && i - s <= 12) s--;
  if (s > 0 && isAsciiWordChar(text.charCodeAt(s - 1))) return false;
  return cardWordTable.has(text, s, i);
}

function skipIdentifier(text: string, i: number): number {
  while (i < text.length) {
    const cls = charClass[text.charCodeAt(i)];
    if (cls !== C_LETTER && cls !== C_DIGIT && cls !== C_UNDERSCORE) break;
    i++;
  }
  return i;
}

/** End of the digit token starting at `i`; invisible characters between digits are skipped. */
function digitTokenEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      i++;
      continue;
    }
    const cls = charClass[c];
    if (cls === C_DIGIT) i++;
    else if (cls === C_ASTRAL && digitAt(text, i) >= 0) i += 2;
    else if (cls === C_INVISIBLE && digitAt(text, i + 1) >= 0) i++;
    else break;
  }
  return i;
}

let gapLen = 0;
let gapHard = 0;
let gapWords = 0;
let gapNewlines = 0;
let gapSep = S_NONE;

// The run being read: how many tokens, of which words and strong ones, and the last token.
let tokens = 0;
let wordTokens = 0;
let strong = 0;
let lastDigits = 0;
let flags = 0;

function resetGap(): void {
  gapLen = gapHard = gapWords = gapNewlines = 0;
  gapSep = S_NONE;
}

function startRun(store: RunStore): void {
  store.beginRun();
  tokens = wordTokens = strong = lastDigits = flags = 0;
  words.count = 0;
}

function finishRun(store: RunStore): void {
  if (words.count > 0) composeWords(words, store);
  // A lone digit or number word can matter only as the first run (the rest of a card number
  // begun in an earlier message); anywhere else it is "5 pm" or "one question".
  const lone = tokens === 1 && store.runCount > 0 && (wordTokens === 1 || lastDigits === 1);
  if (strong === 0 || lone) store.discardRun();
  else store.endRun(wordTokens > 0 ? flags | F_SPOKEN : flags);
}

/** Whether a digit token of `len` digits may join the open run across the current gap. */
function digitsMayJoin(len: number): boolean {
  const spoken = wordTokens > 0;
  if (gapWords > 0) return spoken && gapLen <= MAX_WORD_GAP;
  if (lastDigits === 0) return gapLen <= MAX_WORD_GAP && gapNewlines <= 1;
  if (gapLen > MAX_DIGIT_GAP || gapHard > 2 || gapNewlines > 1) return false;
  if (gapSep !== S_COMMA || spoken) return true;
  // "4242, 4242": card groups; "1,234": thousands. Not "555-1234, 555-9876".
  return (lastDigits === 4 && len === 4) || (gapLen === 1 && len === 3);
}

/** Writes the digit token text[from, to) as a group; "double 4" takes the word before it. */
function digitGroup(text: string, from: number, to: number, sep: number, store: RunStore): void {
  let start = from;
  let repeat = 1;
  const last = words.count - 1;
  if (last >= 0 && words.kind[last] === W_REPEAT && digitAt(text, from) >= 0) {
    const width = digitAt(text, from) & 3;
    if (from + width === to) {
      repeat = words.value[last]!;
      start = words.start[last]!;
      sep = words.sep[last]!;
      words.count--;
    }
  }
  if (words.count > 0) composeWords(words, store);
  const g = store.openGroup(start, sep, repeat > 1);
  if (repeat === 1 && store.pushAscii(text, from, to)) {
    store.closeGroup(g, to);
    return;
  }
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    let d: number;
    if (c >= 0x30 && c <= 0x39) d = c - 0x30;
    else {
      const packed = digitAt(text, i);
      if (packed < 0) continue;
      d = packed >> 2;
      i += (packed & 3) - 1;
    }
    for (let k = 0; k < repeat; k++) store.pushDigit(d);
  }
  store.closeGroup(g, to);
}

/** Reads one run from `i` (a digit or number word) into `store`; returns where to look next. */
export function readRun(text: string, i: number, store: RunStore): number {
  const n = text.length;
  startRun(store);
  resetGap();
  let lastEnd = i;
  while (i < n) {
    const code = text.charCodeAt(i);
    const cls = charClass[code]!;
    if (cls === C_DIGIT || (cls === C_ASTRAL && digitAt(text, i) >= 0)) {
      const end = digitTokenEnd(text, i);
      if (end - i >= 12 && end < n) {
        const next = text.charCodeAt(end);
        if (next === 0x5e || next === 0x3d) store.trackHint = true;
      }
      const before = gluedBefore(text, i);
      const after = gluedAfter(text, end);
      let cardGlue = false;
      if (before && !after && tokens === 0) cardGlue = cardWordBefore(text, i);
      // A token glued to letters is part of an identifier (hash, id, "5GB"), unless it only
      // trails a run already two groups long ("4111 1111 1111 1111exp").
      if ((before && !cardGlue) || (after && !before && tokens < 2)) {
        finishRun(store);
        return skipIdentifier(text, end);
      }
      const len = end - i;
      if (tokens > 0 && !digitsMayJoin(len)) {
        finishRun(store);
        startRun(store);
      }
      if (cardGlue) flags |= F_CARD_GLUE;
      digitGroup(text, i, end, tokens === 0 ? S_NONE : gapSep, store);
      tokens++;
      strong++;
      lastDigits = len;
      resetGap();
      i = lastEnd = end;
      if (after) break;
      continue;
    }
    if (cls === C_LETTER) {
      // Most words after a number start with a letter no number or filler word starts with.
      if (code >= 0x80 || !wordStarts[code | 0x20]) break;
      let j = i + 1;
      while (j < n && charClass[text.charCodeAt(j)] === C_LETTER) j++;
      const packed = numberWordTable.get(text, i, j);
      if (packed >= 0 && digitAt(text, j) < 0) {
        if (tokens > 0 && (gapLen > MAX_WORD_GAP || gapNewlines > 1)) {
          finishRun(store);
          startRun(store);
        }
        const p = packed % WEAK;
        const weak = packed >= WEAK;
        words.add(Math.floor(p / 100), p % 100, weak, i, j, tokens === 0 ? S_NONE : gapSep);
        tokens++;
        wordTokens++;
        if (!weak) strong++;
        lastDigits = 0;
        resetGap();
        i = lastEnd = j;
        continue;
      }
      if (tokens > 0 && gapWords < 3 && fillerTable.has(text, i, j)) {
        gapWords++;
        gapLen += j - i;
        gapSep = S_WORDS;
        i = j;
        continue;
      }
      break;
    }
    if (tokens === 0) break;
    let sep = S_NONE;
    if (cls === C_SPACE) gapLen++;
    else if (cls === C_INVISIBLE) sep = S_NONE;
    else if (cls === C_NEWLINE) {
      gapLen++;
      if (code !== 0x0d) gapNewlines++;
    } else if (cls === C_DASH) sep = S_DASH;
    else if (cls === C_DOT) sep = S_DOT;
    else if (cls === C_SLASH) sep = S_SLASH;
    else if (cls === C_UNDERSCORE) sep = S_UNDERSCORE;
    else if (cls === C_COMMA) sep = S_COMMA;
    else break;
    if (sep !== S_NONE) {
      gapLen++;
      gapHard++;
      if (gapSep === S_NONE || gapSep === S_SPACE || gapSep === S_NEWLINE) gapSep = sep;
      else if (sep === S_COMMA && gapSep !== S_WORDS) gapSep = S_COMMA;
    } else if (gapSep === S_NONE && gapLen > 0) gapSep = cls === C_NEWLINE ? S_NEWLINE : S_SPACE;
    if (gapLen > MAX_WORD_GAP || gapHard > 3) break;
    i++;
  }
  finishRun(store);
  return Math.max(lastEnd, i);
}
