import type { Token } from './tokens.js';

interface Span {
  start: number;
  end: number;
}

/**
 * The parts of a message already read as something. Readers run from the most specific shape
 * (case numbers, labelled numbers) to the least (a bare amount), and each skips what an earlier
 * one claimed: that is how "check number 1234" never also becomes $1,234.
 */
export class Claims {
  private readonly spans: Span[] = [];

  claim(start: number, end: number): void {
    if (end > start) this.spans.push({ start, end });
  }

  claimTokens(tokens: readonly Token[], from: number, to: number): void {
    const first = tokens[from];
    const last = tokens[to - 1];
    if (first && last) this.claim(first.start, last.end);
  }

  isFree(start: number, end: number): boolean {
    return this.spans.every((s) => s.end <= start || s.start >= end);
  }

  tokenFree(token: Token | undefined): boolean {
    return token !== undefined && this.isFree(token.start, token.end);
  }

  /** The text with every claimed character turned into a space, so offsets stay valid. */
  mask(text: string): string {
    let out = '';
    for (let i = 0; i < text.length; i += 1) out += this.isFree(i, i + 1) ? text[i] : ' ';
    return out;
  }
}
