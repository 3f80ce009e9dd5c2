import { S_DASH, S_NONE, S_SPACE } from './run-store.js';
import type { RunStore } from './run-store.js';
import { W_HUNDRED, W_REPEAT, W_TEEN, W_TENS, W_THOUSAND, W_UNIT } from './vocabulary.js';

/**
 * Turns the tokens of one run — digit groups and number words as a speech recogniser writes
 * them — into digit groups: "four two" → 4 2, "forty-two" → 42, "twenty twenty five" → 20 25,
 * "double four" → 44, "one hundred and five" → 105, "oh" → 0 between other number words.
 *
 * Written here rather than borrowed: the number parsers in reach (compromise, chrono-node,
 * words-to-numbers) read a whole phrase as one quantity ("twenty twenty five" → 45), allocate per
 * token and run at a few MB/s, while a card number read aloud is a string of digit groups and the
 * detector must keep pace with every message.
 */

/** Number words waiting to be turned into digit groups, in the order they were read. */
export class WordTokens {
  count = 0;
  kind = new Uint8Array(32);
  value = new Int32Array(32);
  weak = new Uint8Array(32);
  start = new Int32Array(32);
  end = new Int32Array(32);
  sep = new Uint8Array(32);

  add(kind: number, value: number, weak: boolean, start: number, end: number, sep: number) {
    const t = this.count++;
    if (t >= this.kind.length) this.grow();
    this.kind[t] = kind;
    this.value[t] = value;
    this.weak[t] = weak ? 1 : 0;
    this.start[t] = start;
    this.end[t] = end;
    this.sep[t] = sep;
  }

  private grow(): void {
    const size = this.kind.length * 2;
    const copy = <T extends Uint8Array | Int32Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.kind = copy(this.kind, (n) => new Uint8Array(n));
    this.value = copy(this.value, (n) => new Int32Array(n));
    this.weak = copy(this.weak, (n) => new Uint8Array(n));
    this.start = copy(this.start, (n) => new Int32Array(n));
    this.end = copy(this.end, (n) => new Int32Array(n));
    this.sep = copy(this.sep, (n) => new Uint8Array(n));
  }
}

function pushNumber(store: RunStore, value: number): void {
  if (value >= 10) pushNumber(store, Math.floor(value / 10));
  store.pushDigit(value % 10);
}

/** Where the last `small` or `cardinal` stopped: module state, so parsing allocates nothing. */
let next = 0;

/** UNIT | TEEN | TENS [UNIT] at `i`: its value (and `next`), or -1 when `i` is none of them. */
function small(raw: WordTokens, i: number): number {
  const kind = raw.kind[i];
  next = i + 1;
  if (kind === W_UNIT || kind === W_TEEN) return raw.value[i]!;
  if (kind !== W_TENS) return -1;
  // "forty-two", "forty two" are 42; "twenty, seven" and "twenty and seven" are 20 7.
  const sep = raw.sep[next];
  const joined = sep === S_SPACE || sep === S_DASH || sep === S_NONE;
  if (next < raw.count && raw.kind[next] === W_UNIT && raw.value[next]! > 0 && !raw.weak[next])
    if (joined) return raw.value[i]! + raw.value[next++]!;
  return raw.value[i]!;
}

/** "[small] hundred [small]" continuing from `base` at `next`. */
function hundreds(raw: WordTokens, base: number): number {
  if (next >= raw.count || raw.kind[next] !== W_HUNDRED || base === 0 || base >= 100) return base;
  next++;
  let value = base * 100;
  if (next < raw.count && !raw.weak[next]) {
    const at = next;
    const s = small(raw, at);
    if (s >= 0) value += s;
    else next = at;
  }
  return value;
}

/** A cardinal from `i`: small [hundred [small]] [thousand [small [hundred [small]]]]. */
function cardinal(raw: WordTokens, i: number): number {
  let value = 1;
  next = i;
  const first = raw.kind[i];
  if (first !== W_HUNDRED && first !== W_THOUSAND) value = small(raw, i);
  value = hundreds(raw, value);
  if (next < raw.count && raw.kind[next] === W_THOUSAND && value > 0 && value < 1000) {
    next++;
    value *= 1000;
    if (next < raw.count && !raw.weak[next]) {
      const at = next;
      const s = small(raw, at);
      if (s >= 0) value += hundreds(raw, s);
      else next = at;
    }
  }
  return value;
}

/** Appends the pending words to the store's open run as digit groups, and empties `words`. */
export function composeWords(raw: WordTokens, store: RunStore): void {
  let i = 0;
  while (i < raw.count) {
    const kind = raw.kind[i]!;
    if (kind === W_REPEAT) {
      const j = i + 1;
      if (j < raw.count && raw.kind[j] === W_UNIT) {
        const g = store.openGroup(raw.start[i]!, raw.sep[i]!, true);
        for (let k = 0; k < raw.value[i]!; k++) store.pushDigit(raw.value[j]!);
        store.closeGroup(g, raw.end[j]!);
        i = j + 1;
      } else i++;
      continue;
    }
    const value = cardinal(raw, i);
    const g = store.openGroup(raw.start[i]!, raw.sep[i]!, true);
    pushNumber(store, value);
    store.closeGroup(g, raw.end[next - 1]!);
    i = next;
  }
  raw.count = 0;
}
