/**
 * A small set of lower-case ASCII words looked up straight from the text, case-insensitively,
 * without cutting a substring: a hash of the characters finds the candidate, a character compare
 * confirms it. The run reader looks at every word next to a number, so a `slice().toLowerCase()`
 * and a Map lookup there would be most of its cost.
 */
export class WordTable {
  private readonly slots: Int32Array;
  private readonly words: string[] = [];
  private readonly values: number[] = [];
  private readonly mask: number;

  constructor(entries: Iterable<readonly [string, number]>) {
    const list = [...entries];
    let size = 16;
    while (size < list.length * 4) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size).fill(-1);
    for (const [word, value] of list) {
      let slot = WordTable.hashOf(word, 0, word.length) & this.mask;
      while (this.slots[slot] !== -1) slot = (slot + 1) & this.mask;
      this.slots[slot] = this.words.length;
      this.words.push(word);
      this.values.push(value);
    }
  }

  static fromWords(words: Iterable<string>): WordTable {
    return new WordTable([...words].map((w) => [w, 1] as const));
  }

  private static hashOf(text: string, start: number, end: number): number {
    let h = end - start;
    for (let i = start; i < end; i++) h = Math.imul(h, 31) + (text.charCodeAt(i) | 0x20);
    return h >>> 0;
  }

  /** The value of text[start, end) as a word of the table, or -1. */
  get(text: string, start: number, end: number): number {
    const len = end - start;
    if (len <= 0 || len > 16) return -1;
    let slot = WordTable.hashOf(text, start, end) & this.mask;
    for (;;) {
      const k = this.slots[slot]!;
      if (k < 0) return -1;
      const word = this.words[k]!;
      if (word.length === len) {
        let i = 0;
        while (i < len && (text.charCodeAt(start + i) | 0x20) === word.charCodeAt(i)) i++;
        if (i === len) return this.values[k]!;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  has(text: string, start: number, end: number): boolean {
    return this.get(text, start, end) >= 0;
  }
}
