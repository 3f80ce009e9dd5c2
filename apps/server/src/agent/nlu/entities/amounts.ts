import { hasCueAfter, hasCueBefore, isCountAfter } from './amount-cues.js';
import type { Claims } from './claims.js';
import { numberWord, readCardinal } from './number-words.js';
import { glued } from './tokens.js';
import type { Token } from './tokens.js';

/**
 * strong: only what is money on its face ("$75", "500 dollars", "247.89", "eighty-nine cents").
 * free: also bare numbers that a money cue vouches for ("pay 500", "transfer twelve fifty").
 * slot: the engine asked for an amount, so any number is one ("500", "twelve fifty").
 */
export type AmountMode = 'strong' | 'free' | 'slot';

export interface AmountFinding {
  cents: number;
  start: number;
  end: number;
}

interface Reading {
  dollars: number;
  next: number;
  strong: boolean;
  /** Said in words and below two ("one"): "send the one" is no amount without a unit. */
  tiny?: boolean;
  /** Typed with a leading zero ("0123"): a code, not money. */
  leadingZero?: boolean;
}

const dollarWords = new Set(['dollar', 'dollars', 'buck', 'bucks', 'usd']);
const centWords = new Set(['cent', 'cents']);
const scales: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1000,
  grand: 1000,
  million: 1_000_000,
};

/** "1,104.24" → 1104.24; "3.14.1985" and "1,10" are not numbers. */
function numberValue(text: string): { value: number; decimals: number } | undefined {
  if (!/^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/.test(text)) return undefined;
  return { value: Number(text.replace(/,/g, '')), decimals: text.split('.')[1]?.length ?? 0 };
}

type Unit = 'dollars' | 'cents' | undefined;

/** A unit at token k ("dollars", "-dollar", a glued "$"), and the index after it. */
function unitAt(tokens: readonly Token[], k: number): { unit: Unit; next: number } {
  let t = tokens[k];
  let at = k;
  if (t?.text === '-' && glued(tokens[k - 1], t) && glued(t, tokens[k + 1])) t = tokens[(at += 1)];
  if (t?.text === '$' && glued(tokens[k - 1], t)) return { unit: 'dollars', next: at + 1 };
  if (t?.kind !== 'word') return { unit: undefined, next: k };
  if (dollarWords.has(t.text)) return { unit: 'dollars', next: at + 1 };
  if (centWords.has(t.text)) return { unit: 'cents', next: at + 1 };
  return { unit: undefined, next: k };
}

/** "… dollars and eighty-nine cents" / "… dollars fifty": the cents after a dollar amount. */
function centsAfter(tokens: readonly Token[], k: number): { cents: number; next: number } {
  const none = { cents: 0, next: k };
  const hasAnd = tokens[k]?.text === 'and';
  const at = hasAnd ? k + 1 : k;
  const t = tokens[at];
  let value: number | undefined;
  let next = at;
  let tensLed = false;
  if (t?.kind === 'number' && /^\d{1,2}$/.test(t.text)) {
    value = Number(t.text);
    next = at + 1;
  } else {
    const c = readCardinal(tokens, at);
    if (c?.small) ({ value, next, tensLed } = c);
  }
  if (value === undefined || value > 99) return none;
  const unit = unitAt(tokens, next);
  if (unit.unit === 'cents') return { cents: value, next: unit.next };
  // "twelve dollars fifty" needs no "cents"; "20 dollars and one more thing" is not $20.01.
  if (!hasAnd && tensLed && value >= 10 && !isCountAfter(tokens, next))
    return { cents: value, next };
  return none;
}

/** What may be glued right after typed digits without making them something else. */
const trailingPunctuation = new Set([',', '.', '?', '!', ')', ';', '"', "'"]);

/** Typed digits at j with what may follow them: "5k", "5 hundred", "1.5 million". */
function readTyped(tokens: readonly Token[], j: number, afterDollar: boolean): Reading | undefined {
  const t = tokens[j];
  if (t?.kind !== 'number') return undefined;
  const before = tokens[j - 1];
  // Glued to a slash, colon, hyphen or letters it is a date, a time, an id or a reference.
  if (glued(before, t) && !(afterDollar && before?.text === '$')) return undefined;
  const parsed = numberValue(t.text);
  if (!parsed) return undefined;
  let dollars = parsed.value;
  let next = j + 1;
  let multiplied = false;
  const after = tokens[next];
  if (glued(t, after) && after) {
    const dollarAfterHyphen = after.text === '-' && dollarWords.has(tokens[next + 1]?.text ?? '');
    if (after.text === 'k') {
      dollars *= 1000;
      next += 1;
      multiplied = true;
    } else if (!trailingPunctuation.has(after.text) && after.text !== '$' && !dollarAfterHyphen) {
      return undefined;
    }
  }
  const scaleWord = tokens[next]?.kind === 'word' ? tokens[next]!.text : '';
  const scale = scales[scaleWord];
  if (scale !== undefined && !multiplied) {
    dollars *= scale;
    next += 1;
    multiplied = true;
  }
  if (parsed.decimals > 2 && !multiplied) return undefined;
  return {
    dollars,
    next,
    strong: afterDollar || parsed.decimals === 2 || t.text.includes(',') || scaleWord === 'grand',
    leadingZero: /^0\d/.test(t.text),
  };
}

/** Number words at i: "two hundred forty-seven", "five grand", "twelve fifty". */
function readWords(tokens: readonly Token[], i: number): Reading | undefined {
  if (tokens[i]?.text === 'a' && tokens[i + 1]?.text === 'grand') {
    return { dollars: 1000, next: i + 2, strong: true };
  }
  const c = readCardinal(tokens, i);
  if (!c) return undefined;
  if (tokens[c.next]?.text === 'grand')
    return { dollars: c.value * 1000, next: c.next + 1, strong: true };
  // "twelve fifty", "nineteen ninety-nine", "twelve oh five": dollars then cents, as said at a till.
  if (c.small && c.value <= 99) {
    const oh = tokens[c.next]?.text === 'oh' ? numberWord(tokens[c.next + 1]) : undefined;
    if (oh?.kind === 'unit') {
      return { dollars: c.value + oh.value / 100, next: c.next + 2, strong: false };
    }
    const cents = readCardinal(tokens, c.next);
    if (cents?.small && cents.tensLed && cents.value >= 10) {
      return { dollars: c.value + cents.value / 100, next: cents.next, strong: false };
    }
  }
  return { dollars: c.value, next: c.next, strong: false, tiny: c.value < 2 };
}

function readAt(
  tokens: readonly Token[],
  i: number,
): { reading: Reading; start: number } | undefined {
  const t = tokens[i]!;
  if (t.text === '$' || t.text === 'usd') {
    const j = i + 1;
    const spaced = tokens[j] && tokens[j]!.start - t.end <= 1;
    const reading = spaced ? readTyped(tokens, j, true) : undefined;
    return reading && { reading: { ...reading, strong: true }, start: t.start };
  }
  const reading = t.kind === 'number' ? readTyped(tokens, i, false) : readWords(tokens, i);
  return reading && { reading, start: t.start };
}

/** Every amount in the unclaimed tokens, in order, by the rules of `mode`. */
export function findAmounts(
  tokens: readonly Token[],
  claims: Claims,
  mode: AmountMode,
): AmountFinding[] {
  const found: AmountFinding[] = [];
  let i = 0;
  while (i < tokens.length) {
    const read = claims.tokenFree(tokens[i]) ? readAt(tokens, i) : undefined;
    if (!read) {
      i += 1;
      continue;
    }
    let { dollars, next, strong } = read.reading;
    let cents: number | undefined;
    const unit = unitAt(tokens, next);
    if (unit.unit === 'dollars') {
      const after = centsAfter(tokens, unit.next);
      dollars += after.cents / 100;
      next = after.next > unit.next ? after.next : unit.next;
      strong = true;
    } else if (unit.unit === 'cents' && Number.isInteger(dollars)) {
      cents = dollars;
      next = unit.next;
      strong = true;
    }
    const end = tokens[next - 1]!.end;
    const weakOk =
      mode !== 'strong' &&
      !read.reading.leadingZero &&
      !isCountAfter(tokens, next) &&
      (mode === 'slot' ||
        (!read.reading.tiny && (hasCueBefore(tokens, i, claims) || hasCueAfter(tokens, next))));
    if ((strong || weakOk) && claims.isFree(read.start, end)) {
      found.push({ cents: cents ?? Math.round(dollars * 100), start: read.start, end });
      i = next;
    } else {
      i += 1;
    }
  }
  return found;
}
