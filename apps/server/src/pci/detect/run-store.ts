/**
 * The number runs found in one text: a run is a sequence of digit groups joined by separators
 * or filler words ("4111 1111-1111.1111", "four one one one, double one"); a group is what the
 * text wrote without a break. Everything lives in growable typed arrays reused from scan to scan,
 * so a scan of ordinary text allocates almost nothing; `wipe()` zeroes the digits afterwards so
 * no card digit outlives the call that saw it.
 */

/** Separator before a group. */
export const S_NONE = 0;
export const S_SPACE = 1;
export const S_DASH = 2;
export const S_DOT = 3;
export const S_SLASH = 4;
export const S_COMMA = 5;
export const S_UNDERSCORE = 6;
export const S_NEWLINE = 7;
/** Filler words ("and", "uh") between spoken groups. */
export const S_WORDS = 8;

/** The run has groups read from number words. */
export const F_SPOKEN = 1;
/** The run's digits were glued to a card word ("visa4111…"). */
export const F_CARD_GLUE = 2;

function grow<T extends Int32Array | Uint8Array>(array: T, size: number): T {
  if (size <= array.length) return array;
  let length = array.length * 2;
  while (length < size) length *= 2;
  const bigger = new (array.constructor as new (n: number) => T)(length);
  bigger.set(array);
  return bigger;
}

/**
 * Zeroes the first `count` elements. A plain loop: for the few digits of a typical message it is
 * several times cheaper than the TypedArray `fill` builtin's call overhead.
 */
export function zero(array: Uint8Array, count: number): void {
  for (let i = 0; i < count; i++) array[i] = 0;
}

const DIGIT_CHARS = '0123456789';

export class RunStore {
  text = '';
  groupCount = 0;
  gStart = new Int32Array(64);
  gEnd = new Int32Array(64);
  /** Index of the group's first digit in `digits`. */
  gDigit = new Int32Array(64);
  gLen = new Int32Array(64);
  gSep = new Uint8Array(64);
  gSpoken = new Uint8Array(64);
  digits = new Uint8Array(256);
  digitCount = 0;
  runCount = 0;
  rFirst = new Int32Array(16);
  rEnd = new Int32Array(16);
  rFlags = new Uint8Array(16);
  /** A card-length digit token is followed by '^' or '=': the text may hold track data. */
  trackHint = false;
  private open = -1;

  reset(text: string): void {
    this.text = text;
    this.groupCount = 0;
    this.digitCount = 0;
    this.runCount = 0;
    this.trackHint = false;
    this.open = -1;
  }

  /** Zeroes every digit this scan stored. */
  wipe(): void {
    zero(this.digits, this.digitCount);
    this.digitCount = 0;
    this.text = '';
  }

  beginRun(): void {
    this.open = this.groupCount;
  }

  /** Closes the run being built; an empty one is dropped. */
  endRun(flags: number): void {
    if (this.open < 0) return;
    if (this.groupCount > this.open) {
      const r = this.runCount++;
      if (r >= this.rFirst.length) {
        this.rFirst = grow(this.rFirst, r + 1);
        this.rEnd = grow(this.rEnd, r + 1);
        this.rFlags = grow(this.rFlags, r + 1);
      }
      this.rFirst[r] = this.open;
      this.rEnd[r] = this.groupCount;
      this.rFlags[r] = flags;
    }
    this.open = -1;
  }

  /** Starts a group; its digits follow through `pushDigit`, then `closeGroup`. */
  openGroup(start: number, sep: number, spoken: boolean): number {
    const g = this.groupCount++;
    if (g >= this.gStart.length) {
      this.gStart = grow(this.gStart, g + 1);
      this.gEnd = grow(this.gEnd, g + 1);
      this.gDigit = grow(this.gDigit, g + 1);
      this.gLen = grow(this.gLen, g + 1);
      this.gSep = grow(this.gSep, g + 1);
      this.gSpoken = grow(this.gSpoken, g + 1);
    }
    this.gStart[g] = start;
    this.gSep[g] = sep;
    this.gSpoken[g] = spoken ? 1 : 0;
    this.gDigit[g] = this.digitCount;
    this.gLen[g] = 0;
    return g;
  }

  pushDigit(value: number): void {
    if (this.digitCount >= this.digits.length) this.digits = grow(this.digits, this.digitCount + 1);
    this.digits[this.digitCount++] = value;
  }

  /**
   * Pushes text[from, to) when it is all ASCII digits (the common case, in one tight loop) and
   * returns true; otherwise pushes nothing and returns false.
   */
  pushAscii(text: string, from: number, to: number): boolean {
    const need = this.digitCount + (to - from);
    if (need > this.digits.length) this.digits = grow(this.digits, need);
    const digits = this.digits;
    let count = this.digitCount;
    for (let i = from; i < to; i++) {
      const d = text.charCodeAt(i) - 0x30;
      if (d < 0 || d > 9) {
        for (let k = this.digitCount; k < count; k++) digits[k] = 0;
        return false;
      }
      digits[count++] = d;
    }
    this.digitCount = count;
    return true;
  }

  closeGroup(g: number, end: number): void {
    this.gEnd[g] = end;
    this.gLen[g] = this.digitCount - this.gDigit[g]!;
  }

  /** Drops the run being built (a lone "5" or "one"), zeroing its digits. */
  discardRun(): void {
    if (this.open < 0) return;
    if (this.groupCount > this.open) {
      const from = this.gDigit[this.open]!;
      for (let i = from; i < this.digitCount; i++) this.digits[i] = 0;
      this.digitCount = from;
      this.groupCount = this.open;
    }
    this.open = -1;
  }

  /** The digits from index `from` to `to` (exclusive) as a string. */
  digitString(from: number, to: number): string {
    let s = '';
    for (let i = from; i < to; i++) s += DIGIT_CHARS[this.digits[i]!];
    return s;
  }

  /** Digits in groups [a, b). */
  digitsIn(a: number, b: number): number {
    return this.gDigit[b - 1]! + this.gLen[b - 1]! - this.gDigit[a]!;
  }
}
