export type TokenKind = 'word' | 'number' | 'symbol';

export interface Token {
  kind: TokenKind;
  /** Lower case, with curly apostrophes made straight. */
  text: string;
  start: number;
  end: number;
}

// A number keeps its inner commas and dots ("1,104.24", "555.234.5678") so each reader can decide
// what the shape means; a word keeps inner apostrophes, ampersands and web dots ("didn't", "at&t",
// "amazon.com"); anything else is one symbol per character.
const tokenPattern = /(\d+(?:[.,]\d+)*)|(\p{L}[\p{L}'’&]*(?:\.\p{L}{2,})*)|(\S)/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(tokenPattern)) {
    const kind: TokenKind = match[1] ? 'number' : match[2] ? 'word' : 'symbol';
    tokens.push({
      kind,
      text: match[0].toLowerCase().replace(/’/g, "'"),
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return tokens;
}

/** True when nothing, not even a space, separates the two tokens ("5k", "x4521", "15th"). */
export function glued(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

/** Index of the first token that starts at or after `offset`. */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  const i = tokens.findIndex((t) => t.start >= offset);
  return i === -1 ? tokens.length : i;
}

export function isWord(token: Token | undefined, words: ReadonlySet<string>): boolean {
  return token !== undefined && token.kind === 'word' && words.has(token.text);
}
