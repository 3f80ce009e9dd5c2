import { C_ASTRAL, C_DIGIT, C_LETTER, charClass, digitAt, digitHitClass } from './chars.js';
import type { RunStore } from './run-store.js';
import { MAX_WORD_GAP, readRun } from './run-reader.js';
import {
  alternation,
  fillerTable,
  leadInTable,
  numberWordTable,
  numberWords,
} from './vocabulary.js';

/**
 * Finds the number runs of a text. The text is not walked character by character: one regex
 * jumps to the next digit or to two number words in a row — irregexp does that several times
 * faster than a JavaScript loop — and only there are characters read, back to where the run
 * begins and on to where it ends. Ordinary prose costs one regex pass.
 *
 * A lone number word ("one question", "double charged") is never a hit: only a sequence of them
 * can spell a card number, a CVV or a date. The one exception, the first words of a message that
 * may finish a card number begun in an earlier one, is looked at directly (`head`).
 */
const firstWords = [...numberWords.keys()].filter((w) => w !== 'o');
const pairGap = `[ ,.\\-]+(?:(?:and|uh|um|er)[ ,.\\-]+)?`;
const hit = new RegExp(
  `[${digitHitClass()}]|(?:^|[ ,\\-\\n\\t:;("'/])(?:${alternation(firstWords)})${pairGap}(?:${alternation(numberWords.keys())})\\b`,
  'gi',
);

const MAX_LEAD = 48;

function isGap(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x2c ||
    code === 0x2d ||
    code === 0x2e ||
    code === 0x0a ||
    code === 0xa0 ||
    code === 0x200b
  );
}

/** Start of the letters ending at `end` when they form a whole word after `floor`; else -1. */
function wordStartBefore(text: string, end: number, floor: number): number {
  let start = end;
  while (start > floor && charClass[text.charCodeAt(start - 1)] === C_LETTER) start--;
  if (start === end || (start > 0 && charClass[text.charCodeAt(start - 1)] === C_DIGIT)) return -1;
  return start;
}

/** Where the run holding position `i` begins: back over number words and filler before it. */
function runStart(text: string, i: number, floor: number): number {
  let start = i;
  let j = i;
  for (;;) {
    const gapEnd = j;
    while (j > floor && gapEnd - j <= MAX_WORD_GAP && isGap(text.charCodeAt(j - 1))) j--;
    if (j === gapEnd || j <= floor) return start;
    const wordStart = wordStartBefore(text, j, floor);
    if (wordStart < 0) return start;
    if (numberWordTable.has(text, wordStart, j)) start = j = wordStart;
    else if (fillerTable.has(text, wordStart, j)) j = wordStart;
    else return start;
  }
}

/** The first number word of the text when only lead-in words ("and the rest is") precede it. */
function headWord(text: string): number {
  const limit = Math.min(text.length, MAX_LEAD);
  for (let i = 0; i < limit;) {
    const cls = charClass[text.charCodeAt(i)];
    if (cls === C_DIGIT) return -1;
    if (cls !== C_LETTER) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && charClass[text.charCodeAt(j)] === C_LETTER) j++;
    if (numberWordTable.has(text, i, j)) return i;
    if (!leadInTable.has(text, i, j)) return -1;
    i = j;
  }
  return -1;
}

/** Whether the text has any digit or two number words in a row: else it has no runs. */
/** Where the first hit ends, or -1: a text without one has no runs. */
export function firstHit(text: string): number {
  hit.lastIndex = 0;
  return hit.test(text) ? hit.lastIndex : -1;
}

/**
 * Fills `store` with the runs of `text`. With `head`, a number word opening the message starts a
 * run even alone: it may finish a card number begun in an earlier message. `known` is the end of
 * the first hit when the caller has found it already (`firstHit`).
 */
export function findRuns(text: string, store: RunStore, head = false, known = -1): void {
  store.reset(text);
  const n = text.length;
  let pos = 0;
  if (head) {
    const first = headWord(text);
    if (first >= 0) pos = readRun(text, first, store);
  }
  let next = head ? -1 : known;
  while (pos < n) {
    let end = next;
    next = -1;
    if (end < 0) {
      hit.lastIndex = pos;
      if (!hit.test(text)) break;
      end = hit.lastIndex;
    }
    let start = end - 1;
    const cls = charClass[text.charCodeAt(start)];
    if (cls === C_DIGIT || cls === C_ASTRAL) {
      if (digitAt(text, start) < 0) {
        pos = end;
        continue;
      }
    } else {
      // Two number words: back over the second, the separators and the first.
      while (charClass[text.charCodeAt(start - 1)] === C_LETTER) start--;
      while (isGap(text.charCodeAt(start - 1))) start--;
      while (charClass[text.charCodeAt(start - 1)] === C_LETTER) start--;
    }
    start = runStart(text, start, pos);
    const after = readRun(text, start, store);
    pos = after > start ? after : end;
  }
}
