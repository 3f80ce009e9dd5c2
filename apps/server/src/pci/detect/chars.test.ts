import { describe, expect, it } from 'vitest';
import {
  C_DASH,
  C_DOT,
  C_INVISIBLE,
  C_LETTER,
  C_SLASH,
  C_SPACE,
  charClass,
  digitAt,
  digitHitClass,
} from './chars.js';

const digitOf = (s: string) => {
  const packed = digitAt(s, 0);
  return packed < 0 ? null : { value: packed >> 2, width: packed & 3 };
};

describe('character tables', () => {
  it.each([
    ['7', 7, 1],
    ['７', 7, 1],
    ['٧', 7, 1],
    ['۷', 7, 1],
    ['७', 7, 1],
    ['৭', 7, 1],
    ['๗', 7, 1],
    ['𝟕', 7, 2],
    ['𝟳', 7, 2],
  ])('reads %s as the digit %i', (ch, value, width) => {
    expect(digitOf(ch)).toEqual({ value, width });
  });

  it('reads no digit in letters, marks, emoji or the end of the text', () => {
    for (const s of ['a', 'é', '½', '①', '😀', '𝐀']) expect(digitOf(s)).toBeNull();
    expect(digitAt('12', 2)).toBe(-1);
  });

  it('sorts separators by kind', () => {
    for (const s of [' ', '\u00a0', '\u2009', '\u202f', '\u3000'])
      expect(charClass[s.charCodeAt(0)]).toBe(C_SPACE);
    for (const s of ['-', '‐', '–', '—', '−', '－'])
      expect(charClass[s.charCodeAt(0)]).toBe(C_DASH);
    for (const s of ['.', '·', '．']) expect(charClass[s.charCodeAt(0)]).toBe(C_DOT);
    for (const s of ['/', '／']) expect(charClass[s.charCodeAt(0)]).toBe(C_SLASH);
    for (const s of ['\u200b', '\u200d', '\ufeff', '\u00ad'])
      expect(charClass[s.charCodeAt(0)]).toBe(C_INVISIBLE);
    for (const s of ['a', 'Z', 'é', 'ж', '卡']) expect(charClass[s.charCodeAt(0)]).toBe(C_LETTER);
  });

  it('builds a short hit class that still covers every decimal digit', () => {
    const hit = new RegExp(`[${digitHitClass()}]`);
    expect(digitHitClass().split('-').length).toBeLessThan(20);
    for (let code = 0; code < 0x10000; code++) {
      if (digitAt(String.fromCharCode(code), 0) >= 0)
        expect(hit.test(String.fromCharCode(code))).toBe(true);
    }
    expect(hit.test('𝟕')).toBe(true);
  });
});
