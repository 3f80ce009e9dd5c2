import { glued } from './tokens.js';
import type { Token } from './tokens.js';

/*
 * Number words are read here rather than with compromise. Tried on this module's own cases,
 * compromise 14.17 reads "twelve fifty" as 12 and 50 but "three fifty" as 350, "two three four
 * five six seven eight" as 0, and "twelve dollars and fifty cents" as 12, 0 and 50; it has no
 * reading of a phone number or a code as a string of digits; and it costs about a second to load
 * and over 10 ms a sentence. An amount, a phone number and a one-time code need the same words read
 * three different ways, so the grammar below is small and ours.
 */

export type NumberWordKind = 'unit' | 'teen' | 'tens' | 'hundred' | 'scale';

export interface NumberWord {
  kind: NumberWordKind;
  value: number;
}

const vocabulary = new Map<string, NumberWord>();
const unitNames = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
unitNames.forEach((w, value) => vocabulary.set(w, { kind: 'unit', value }));
const teenNames = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen'];
teenNames.push('seventeen', 'eighteen', 'nineteen');
teenNames.forEach((w, i) => vocabulary.set(w, { kind: 'teen', value: 10 + i }));
const tensNames = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
tensNames.forEach((w, i) => vocabulary.set(w, { kind: 'tens', value: 20 + 10 * i }));
vocabulary.set('fourty', { kind: 'tens', value: 40 });
vocabulary.set('hundred', { kind: 'hundred', value: 100 });
vocabulary.set('thousand', { kind: 'scale', value: 1000 });
vocabulary.set('million', { kind: 'scale', value: 1_000_000 });

export function numberWord(token: Token | undefined): NumberWord | undefined {
  return token?.kind === 'word' ? vocabulary.get(token.text) : undefined;
}

export interface Cardinal {
  value: number;
  /** Index of the first token read. */
  from: number;
  /** Index just past the last token read. */
  next: number;
  /** Only a unit, teen or tens word with an optional unit: "twelve", "fifty", "forty-seven". */
  small: boolean;
  /** Starts with a tens or teen word: the shape a spoken cents part takes ("fifty", "eighty-nine"). */
  tensLed: boolean;
}

type Last = NumberWordKind | 'a' | 'and' | undefined;

/** "forty-seven": a hyphen glued between a tens word and a unit word. */
function joinsTensAndUnit(tokens: readonly Token[], i: number): boolean {
  const hyphen = tokens[i];
  const after = tokens[i + 1];
  return (
    hyphen?.text === '-' &&
    glued(tokens[i - 1], hyphen) &&
    glued(hyphen, after) &&
    numberWord(after)?.kind === 'unit'
  );
}

/**
 * An English cardinal starting at token `at`: "a hundred", "two hundred forty-seven",
 * "twenty five hundred", "one thousand two hundred and fifty". Reading stops where English would
 * start a new number, so "twelve fifty" is two cardinals (12, then 50) and the caller decides
 * whether that pair is dollars and cents. Zero is not read: no amount is said as zero.
 */
export function readCardinal(tokens: readonly Token[], at: number): Cardinal | undefined {
  let total = 0;
  let current = 0;
  let last: Last;
  let lastScale = Infinity;
  let next = at;
  let small = true;
  let i = at;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (token.text === '-' && last === 'tens' && joinsTensAndUnit(tokens, i)) {
      i += 1;
      continue;
    }
    if ((token.text === 'a' || token.text === 'an') && last === undefined) {
      const after = numberWord(tokens[i + 1]);
      if (after?.kind !== 'hundred' && after?.kind !== 'scale') break;
      last = 'a';
      i += 1;
      continue;
    }
    if (token.text === 'and' && (last === 'hundred' || last === 'scale')) {
      const after = numberWord(tokens[i + 1]);
      if (!after || after.kind === 'hundred' || after.kind === 'scale') break;
      last = 'and';
      i += 1;
      continue;
    }
    const word = numberWord(token);
    if (!word || (word.kind === 'unit' && word.value === 0)) break;
    const afterGroup =
      last === undefined || last === 'hundred' || last === 'scale' || last === 'and';
    if (word.kind === 'unit') {
      if (!afterGroup && !(last === 'tens' && current % 10 === 0)) break;
      current += word.value;
    } else if (word.kind === 'teen' || word.kind === 'tens') {
      if (!afterGroup) break;
      current += word.value;
    } else if (word.kind === 'hundred') {
      const base = last === 'a' ? 1 : current;
      if (last === 'hundred' || last === 'scale' || last === 'and' || base < 1 || base > 99) break;
      current = base * 100;
      small = false;
    } else {
      const base = last === 'a' ? 1 : current;
      if (last === 'scale' || last === 'and' || base < 1 || base > 999 || word.value >= lastScale) {
        break;
      }
      total += base * word.value;
      current = 0;
      lastScale = word.value;
      small = false;
    }
    last = word.kind;
    i += 1;
    next = i;
  }
  if (next === at) return undefined;
  const first = numberWord(tokens[at]);
  return {
    value: total + current,
    from: at,
    next,
    small,
    tensLed: first?.kind === 'teen' || first?.kind === 'tens',
  };
}

/** The whole text as one cardinal, or a plain digit string: "thirty" → 30, "30" → 30. */
export function cardinalOf(tokens: readonly Token[]): number | undefined {
  if (tokens.length === 1 && /^\d+$/.test(tokens[0]!.text)) return Number(tokens[0]!.text);
  const read = readCardinal(tokens, 0);
  return read && read.next === tokens.length ? read.value : undefined;
}
