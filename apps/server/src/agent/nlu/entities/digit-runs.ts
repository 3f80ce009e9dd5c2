import type { Claims } from './claims.js';
import { numberWord } from './number-words.js';
import { glued } from './tokens.js';
import type { Token } from './tokens.js';

/**
 * A number read out or typed as a string of digits: a phone number, a code, a ZIP, a check number
 * or the last four of a card. "five five five, two three four" and "555-234" and "fifty-six
 * seventy-eight" are all runs. Amounts are not: "two hundred" reads as a quantity elsewhere.
 */
export interface DigitRun {
  digits: string;
  /** Token indexes [from, next). */
  from: number;
  next: number;
  start: number;
  end: number;
  /** Whether any part was said in words, not typed. */
  spoken: boolean;
  /** Typed digit groups, in order ("555", "234", "5678"), for shape checks. */
  groups: string[];
}

const separators = new Set(['-', ',', '(', ')', '–']);
const separatorWords = new Set(['dash', 'hyphen']);
const repeats: Readonly<Record<string, number>> = { double: 2, triple: 3, treble: 3 };

/** A typed group a run may contain: plain digits, or a dotted phone ("555.234.5678"). */
function typedDigits(token: Token): string | undefined {
  if (/^\d+$/.test(token.text)) return token.text;
  if (/^\d{3}\.\d{3}\.\d{4}$/.test(token.text)) return token.text.replace(/\./g, '');
  return undefined;
}

/** Whether a token can carry a run on; "oh" can, once the run has begun. */
function isDigitLike(token: Token | undefined): boolean {
  if (!token) return false;
  if (token.kind === 'number') return typedDigits(token) !== undefined;
  if (token.text === 'oh' || token.text === 'o') return true;
  const word = numberWord(token);
  return (
    (word !== undefined && word.kind !== 'hundred' && word.kind !== 'scale') ||
    token.text in repeats
  );
}

/** One digit said or typed alone: "five", "oh", "5". */
function singleDigit(token: Token | undefined): string | undefined {
  if (!token) return undefined;
  if (token.text === 'oh' || token.text === 'o') return '0';
  if (token.kind === 'number') return /^\d$/.test(token.text) ? token.text : undefined;
  const word = numberWord(token);
  return word?.kind === 'unit' ? String(word.value) : undefined;
}

interface Piece {
  digits: string;
  next: number;
  spoken: boolean;
  group?: string;
}

function readPiece(tokens: readonly Token[], i: number, inRun: boolean): Piece | undefined {
  const token = tokens[i];
  if (!token) return undefined;
  if (token.kind === 'number') {
    const digits = typedDigits(token);
    return digits === undefined ? undefined : { digits, next: i + 1, spoken: false, group: digits };
  }
  if (token.kind !== 'word') return undefined;
  // "oh" is a zero only next to other digits ("four oh four"); alone it is an exclamation.
  if (token.text === 'oh' || token.text === 'o') {
    const after = tokens[i + 1];
    const adjacent = after !== undefined && after.start - token.end <= 1 && isDigitLike(after);
    return inRun || adjacent ? { digits: '0', next: i + 1, spoken: true } : undefined;
  }
  const times = repeats[token.text];
  if (times !== undefined) {
    const digit = singleDigit(tokens[i + 1]);
    return digit ? { digits: digit.repeat(times), next: i + 2, spoken: true } : undefined;
  }
  const word = numberWord(token);
  if (!word || word.kind === 'hundred' || word.kind === 'scale') return undefined;
  if (word.kind !== 'tens') return { digits: String(word.value), next: i + 1, spoken: true };
  // "fifty-six" and "fifty six" are 56; "fifty" alone is 50.
  let j = i + 1;
  if (tokens[j]?.text === '-' && glued(token, tokens[j])) j += 1;
  const unit = numberWord(tokens[j]);
  if (unit?.kind === 'unit' && unit.value > 0) {
    return { digits: String(word.value + unit.value), next: j + 1, spoken: true };
  }
  return { digits: String(word.value), next: i + 1, spoken: true };
}

/** The run starting at token `at`, or undefined when no digit starts there. */
export function readDigitRun(
  tokens: readonly Token[],
  at: number,
  claims?: Claims,
): DigitRun | undefined {
  let digits = '';
  let spoken = false;
  const groups: string[] = [];
  let i = at;
  let next = at;
  while (i < tokens.length) {
    if (claims && !claims.tokenFree(tokens[i])) break;
    const piece = readPiece(tokens, i, next > at);
    if (piece) {
      digits += piece.digits;
      spoken ||= piece.spoken;
      if (piece.group) groups.push(piece.group);
      i = piece.next;
      next = i;
      continue;
    }
    // Separators are kept only when another digit follows them.
    const token = tokens[i]!;
    const isSeparator =
      (token.kind === 'symbol' && separators.has(token.text)) ||
      (token.kind === 'word' && separatorWords.has(token.text));
    if (!isSeparator || next === at || !isDigitLike(tokens[i + 1])) break;
    i += 1;
  }
  if (next === at) return undefined;
  return {
    digits,
    from: at,
    next,
    start: tokens[at]!.start,
    end: tokens[next - 1]!.end,
    spoken,
    groups,
  };
}

/** Every maximal run in the tokens that no earlier reader claimed. */
export function findDigitRuns(tokens: readonly Token[], claims: Claims): DigitRun[] {
  const runs: DigitRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    const run = claims.tokenFree(tokens[i]) ? readDigitRun(tokens, i, claims) : undefined;
    if (run) {
      runs.push(run);
      i = run.next;
    } else {
      i += 1;
    }
  }
  return runs;
}
