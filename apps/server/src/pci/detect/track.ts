import { cardBrandOf, luhnValid } from '../card-brands.js';
import type { PciFinding } from './types.js';

/**
 * Magnetic-stripe track data, with or without its sentinels (ISO/IEC 7813):
 *   Track 1  %B4111111111111111^DOE/JOHN^2712101000000000000?
 *   Track 2  ;4111111111111111=27121010000000000000?
 * Looked for only when the run scanner saw a card-length digit token followed by '^' or '='.
 */

const MAX_TRACK = 120;

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** The 12–19 digit PAN ending at `end` (exclusive), as [start, end), or -1. */
function panBefore(text: string, end: number): number {
  let s = end;
  while (s > 0 && end - s < 20 && isDigit(text.charCodeAt(s - 1))) s--;
  const len = end - s;
  return len >= 12 && len <= 19 ? s : -1;
}

function digitsAfter(text: string, i: number): number {
  let j = i;
  while (j < text.length && isDigit(text.charCodeAt(j))) j++;
  return j - i;
}

/** Past the discretionary data up to and including the end sentinel, if one is near. */
function trackEnd(text: string, from: number, start: number, allowed: RegExp): number {
  let j = from;
  while (j < text.length && j - start < MAX_TRACK && allowed.test(text[j]!)) j++;
  if (j < text.length && text.charCodeAt(j) === 0x3f) j++;
  return j;
}

function track(text: string, start: number, panStart: number, panEnd: number, end: number) {
  const pan = text.slice(panStart, panEnd);
  const f: PciFinding = { kind: 'track', start, end, basis: 'track', last4: pan.slice(-4) };
  const brand = cardBrandOf(pan);
  if (brand) f.brand = brand;
  return f;
}

function track1(text: string, caret: number): PciFinding | null {
  const panStart = panBefore(text, caret);
  if (panStart < 0) return null;
  // The format code B leads the PAN; without it the digits must at least be a card number.
  const coded = panStart > 0 && (text.charCodeAt(panStart - 1) | 0x20) === 0x62;
  if (!coded && !luhnValid(text.slice(panStart, caret))) return null;
  let start = coded ? panStart - 1 : panStart;
  if (start > 0 && text.charCodeAt(start - 1) === 0x25) start--;
  const second = text.indexOf('^', caret + 1);
  if (second < 0 || second - caret > 27 || text.slice(caret + 1, second).includes('\n'))
    return null;
  if (digitsAfter(text, second + 1) < 4) return null;
  const end = trackEnd(text, second + 1, start, /[0-9]/);
  return track(text, start, panStart, caret, end);
}

function track2(text: string, equals: number): PciFinding | null {
  const panStart = panBefore(text, equals);
  if (panStart < 0) return null;
  const sentinel = panStart > 0 && text.charCodeAt(panStart - 1) === 0x3b;
  if (!sentinel && panStart > 0 && /[0-9A-Za-z]/.test(text[panStart - 1]!)) return null;
  if (digitsAfter(text, equals + 1) < 4) return null;
  if (!sentinel && !luhnValid(text.slice(panStart, equals))) return null;
  const start = sentinel ? panStart - 1 : panStart;
  const end = trackEnd(text, equals + 1, start, /[0-9]/);
  return track(text, start, panStart, equals, end);
}

/** Track 1 and Track 2 data in `text`, in text order. */
export function findTracks(text: string): PciFinding[] {
  const found: PciFinding[] = [];
  for (let i = text.indexOf('^'); i >= 0; i = text.indexOf('^', i + 1)) {
    const f = track1(text, i);
    if (f) {
      found.push(f);
      i = f.end - 1;
    }
  }
  for (let i = text.indexOf('='); i >= 0; i = text.indexOf('=', i + 1)) {
    const f = track2(text, i);
    if (f) {
      found.push(f);
      i = f.end - 1;
    }
  }
  return found.sort((x, y) => x.start - y.start);
}
