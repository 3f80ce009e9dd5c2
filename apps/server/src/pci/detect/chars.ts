/**
 * What each UTF-16 code unit is to the detector, in two 64 KiB tables built once at load. A table
 * lookup per character is what keeps the run scanner cheap; the digit tables come from the
 * engine's own `\p{Nd}` so every script's decimal digits (full-width, Arabic-Indic, Devanagari,
 * mathematical bold…) read as digits without a hand-kept list going stale.
 */

export const C_OTHER = 0;
export const C_DIGIT = 1;
export const C_LETTER = 2;
export const C_SPACE = 3;
export const C_DASH = 4;
export const C_DOT = 5;
export const C_SLASH = 6;
export const C_COMMA = 7;
export const C_UNDERSCORE = 8;
export const C_NEWLINE = 9;
/** Zero-width and soft characters: invisible, so they neither join nor split digit groups. */
export const C_INVISIBLE = 10;
/** A high surrogate whose plane holds decimal digits: look at the pair. */
export const C_ASTRAL = 11;

export const charClass = new Uint8Array(0x10000);
/** 0–9 for a decimal digit of any script in the Basic Multilingual Plane, else -1. */
export const digitValue = new Int8Array(0x10000).fill(-1);
const astralDigits = new Map<number, number>();

function mark(codes: readonly number[], cls: number): void {
  for (const code of codes) charClass[code] = cls;
}

function span(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function buildTables(): string[] {
  const chunks: string[] = [];
  for (let base = 0; base < 0x10000; base += 0x400) {
    const units: number[] = [];
    for (let code = base; code < base + 0x400; code++)
      units.push(code >= 0xd800 && code <= 0xdfff ? 0x20 : code);
    chunks.push(String.fromCharCode(...units));
  }
  const bmp = chunks.join('');
  for (const m of bmp.matchAll(/[\p{L}\p{M}]+/gu))
    charClass.fill(C_LETTER, m.index, m.index + m[0].length);
  for (const m of bmp.matchAll(/\p{Nd}+/gu)) {
    for (let i = 0; i < m[0].length; i++) {
      charClass[m.index + i] = C_DIGIT;
      digitValue[m.index + i] = i % 10;
    }
  }
  mark([0x20, 0x09, 0xa0, 0x1680, ...span(0x2000, 0x200a), 0x202f, 0x205f, 0x3000], C_SPACE);
  mark([0x0a, 0x0b, 0x0c, 0x0d, 0x85, 0x2028, 0x2029], C_NEWLINE);
  mark([0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff], C_INVISIBLE);
  mark([0x2d, ...span(0x2010, 0x2015), 0x2043, 0x2212, 0xfe58, 0xfe63, 0xff0d], C_DASH);
  mark([0x2e, 0xb7, 0x2024, 0x2027, 0x30fb, 0xff0e, 0xff65], C_DOT);
  mark([0x2f, 0x5c, 0x2044, 0x2215, 0xff0f], C_SLASH);
  mark([0x2c, 0x60c, 0x3001, 0xff0c], C_COMMA);
  mark([0x5f], C_UNDERSCORE);

  // Decimal digits outside the BMP all sit in plane 1 (0x10000–0x1FFFF), high surrogates
  // 0xD800–0xD83F; only the surrogates that lead to one are worth a second look.
  const plane1: string[] = [];
  for (let base = 0x10000; base < 0x20000; base += 0x400) {
    const points: number[] = [];
    for (let cp = base; cp < base + 0x400; cp++) points.push(cp);
    plane1.push(String.fromCodePoint(...points));
  }
  const highs = new Set<number>();
  for (const m of plane1.join('').matchAll(/\p{Nd}+/gu)) {
    let i = 0;
    for (const ch of m[0]) {
      const cp = ch.codePointAt(0)!;
      astralDigits.set(cp, i++ % 10);
      highs.add(0xd800 + ((cp - 0x10000) >> 10));
    }
  }
  for (const high of highs) charClass[high] = C_ASTRAL;
  return [...highs].map((h) => `\\u${h.toString(16)}`);
}

const astralHighs = buildTables();

/** The digit a supplementary code point stands for, or -1. */
export function astralDigitValue(high: number, low: number): number {
  if (low < 0xdc00 || low > 0xdfff) return -1;
  return astralDigits.get(0x10000 + ((high - 0xd800) << 10) + (low - 0xdc00)) ?? -1;
}

/** The digit at `i` (-1 if none) and its width in code units, packed as value * 4 + width. */
export function digitAt(text: string, i: number): number {
  if (i >= text.length) return -1;
  const code = text.charCodeAt(i);
  const cls = charClass[code]!;
  if (cls === C_DIGIT) return digitValue[code]! * 4 + 1;
  if (cls === C_ASTRAL) {
    const value = astralDigitValue(code, text.charCodeAt(i + 1));
    if (value >= 0) return value * 4 + 2;
  }
  return -1;
}

function hexUnit(code: number): string {
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * A regex character class (without brackets) of the BMP code units from `min` on whose class is
 * in `classes`.
 */
export function classSource(classes: readonly number[], min = 0): string {
  const parts: string[] = [];
  for (let code = min; code < 0x10000; code++) {
    if (!classes.includes(charClass[code]!)) continue;
    let to = code;
    while (to + 1 < 0x10000 && classes.includes(charClass[to + 1]!)) to++;
    parts.push(to === code ? hexUnit(code) : `${hexUnit(code)}-${hexUnit(to)}`);
    code = to;
  }
  return parts.join('');
}

/**
 * A regex character class (without brackets) that matches the first code unit of every digit,
 * and some other characters near them. Coarse on purpose: irregexp tests a class of a few
 * ranges far faster than the forty exact decimal-digit blocks, and a false hit costs one table
 * lookup. ASCII digits, five blocks of scripts with their own digits, the surrogates of plane 1.
 */
export function digitHitClass(): string {
  const ranges: [number, number][] = [];
  for (let code = 0x80; code < 0x10000; code++) {
    if (charClass[code] !== C_DIGIT) continue;
    const last = ranges[ranges.length - 1];
    if (last && code - last[1] < 0x200) last[1] = code;
    else ranges.push([code, code]);
  }
  const highs = astralHighs.map((h) => parseInt(h.slice(2), 16)).sort((a, b) => a - b);
  const surrogates: [number, number][] = [];
  for (const high of highs) {
    const last = surrogates[surrogates.length - 1];
    if (last && high - last[1] <= 3) last[1] = high;
    else surrogates.push([high, high]);
  }
  ranges.push(...surrogates);
  return (
    '0-9' + ranges.map(([a, b]) => (a === b ? hexUnit(a) : `${hexUnit(a)}-${hexUnit(b)}`)).join('')
  );
}

/** Mask characters people and systems use to hide digits: *, •, ●, ·, x, X. ("#" means "number".) */
export function isMaskChar(code: number): boolean {
  return (
    code === 0x2a ||
    code === 0x2022 ||
    code === 0x25cf ||
    code === 0x2219 ||
    code === 0xb7 ||
    code === 0x78 ||
    code === 0x58 ||
    code === 0x2731
  );
}

export function isAsciiLetter(code: number): boolean {
  return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
}

/** ASCII letters and digits: what machine identifiers are made of. */
export function isAsciiWordChar(code: number): boolean {
  return isAsciiLetter(code) || (code >= 0x30 && code <= 0x39);
}
