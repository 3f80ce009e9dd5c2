import { explainDescriptor, merchantMatchScore } from '../../../domain/merchants/index.js';
import { Claims } from './claims.js';
import { merchantStopWords, placeWords } from './merchant-words.js';
import { tokenize } from './tokens.js';
import type { Token } from './tokens.js';
import type { MerchantMention } from './types.js';

/** merchantMatchScore's own line for "this is the charge". */
const MATCH = 0.6;
/** A name found without any cue ("did netflix charge me twice") must match more closely. */
const BARE_MATCH = 0.8;
const MAX_WORDS = 5;

/** Cues that introduce a merchant strongly enough to report it even without a match. */
const strongCues = new Set(['at', 'from', 'by', '@']);
const weakCues = new Set(['to', 'with', 'on', 'for', 'via', 'through']);
const determiners = new Set(['the', 'my', 'a', 'an', 'this', 'that', 'some', 'those', 'these']);
const chargeNouns = new Set([
  'charge',
  'charges',
  'purchase',
  'purchases',
  'transaction',
  'transactions',
  'payment',
  'order',
  'subscription',
  'debit',
  'bill',
  'refund',
]);

interface Phrase {
  from: number;
  /** Token index just past the last word. */
  to: number;
  strong: boolean;
  bare: boolean;
}

function isNameWord(token: Token | undefined, claims: Claims): boolean {
  return (
    token !== undefined &&
    token.kind === 'word' &&
    claims.tokenFree(token) &&
    !merchantStopWords.has(token.text)
  );
}

/** Name words from i onward; "&" and a glued hyphen may join them ("AT & T", "Coca-Cola"). */
function wordsFrom(tokens: readonly Token[], i: number, claims: Claims): number {
  let j = i;
  while (j < tokens.length && j - i < MAX_WORDS) {
    const t = tokens[j]!;
    if (isNameWord(t, claims)) {
      j += 1;
    } else if ((t.text === '&' || t.text === '-') && j > i && isNameWord(tokens[j + 1], claims)) {
      j += 1;
    } else {
      break;
    }
  }
  return j;
}

function candidatePhrases(tokens: readonly Token[], claims: Claims): Phrase[] {
  const phrases: Phrase[] = [];
  tokens.forEach((t, i) => {
    if (t.kind === 'word' || t.text === '@') {
      const strong = strongCues.has(t.text);
      if (strong || weakCues.has(t.text)) {
        let k = i + 1;
        while (determiners.has(tokens[k]?.text ?? '')) k += 1;
        const end = wordsFrom(tokens, k, claims);
        if (end > k) phrases.push({ from: k, to: end, strong, bare: false });
      }
    }
    // "this amazon charge", "the $250 Electronics Store charge".
    if (chargeNouns.has(t.text) && i > 0) {
      let k = i;
      while (k > 0 && i - k < MAX_WORDS && isNameWord(tokens[k - 1], claims)) k -= 1;
      if (k < i) phrases.push({ from: k, to: i, strong: true, bare: false });
    }
  });
  // Runs of name words anywhere, for "did netflix charge me twice" or a reply that is only a name.
  let i = 0;
  while (i < tokens.length) {
    const end = isNameWord(tokens[i], claims) ? wordsFrom(tokens, i, claims) : i;
    if (end > i) phrases.push({ from: i, to: end, strong: false, bare: true });
    i = Math.max(end, i + 1);
  }
  return phrases;
}

function textOf(text: string, tokens: readonly Token[], from: number, to: number): string {
  return text.slice(tokens[from]!.start, tokens[to - 1]!.end);
}

/**
 * The match read the other way round: some word of the merchant's decoded name or processor must
 * resemble the customer's words. merchantMatchScore lets a query word meet any descriptor word by
 * prefix, so on its own "Comcast" finds "NETFLIX.COM" through "com"; decoded, that is "Netflix",
 * which shares nothing with "Comcast". "Amazon" still meets "AMZN MKTP US" (decoded "Amazon
 * Marketplace") and "toast" a "TST*" charge (processor Toast).
 */
function confirmed(words: string, merchant: string): boolean {
  const decoded = explainDescriptor(merchant);
  const name = `${decoded.merchant} ${decoded.processor ?? ''}`;
  return merchantMatchScore(name, { description: words }) > 0;
}

/** How much score a longer wording may give up and still be preferred as the customer's words. */
const WORDING_SLACK = 0.1;

/**
 * The best (sub-phrase, merchant) pair: every contiguous part of the phrase is tried, so words
 * around the name ("the coffee shop blue bottle") can fall away. Among near-equal scores the
 * longer wording wins, so a typo stays in ("blue botle", not just "blue").
 */
function bestMatch(
  text: string,
  tokens: readonly Token[],
  phrase: Phrase,
  merchants: readonly string[],
  score: (words: string, merchant: string) => number,
): MerchantMention | undefined {
  const scored: { text: string; words: number; matched: string; score: number }[] = [];
  for (let a = phrase.from; a < phrase.to; a += 1) {
    for (let b = phrase.to; b > a; b -= 1) {
      if (tokens[b - 1]!.kind !== 'word' || tokens[a]!.kind !== 'word') continue;
      const words = textOf(text, tokens, a, b);
      // "the store" alone would match every "… STORE" on the statement equally well.
      if (!namesSomething(words)) continue;
      for (const matched of merchants) {
        const value = score(words, matched);
        if (value > 0) scored.push({ text: words, words: b - a, matched, score: value });
      }
    }
  }
  scored.sort((x, y) => y.score - x.score);
  const top = scored.find((s) => confirmed(s.text, s.matched));
  if (!top) return undefined;
  const chosen = scored
    .filter((s) => s.matched === top.matched && s.score >= top.score - WORDING_SLACK)
    .sort((x, y) => y.words - x.words || y.score - x.score)[0];
  return chosen && { text: chosen.text, matched: chosen.matched, score: chosen.score };
}

/** Whether an unmatched phrase names a business rather than a kind of place ("the store"). */
function namesSomething(words: string): boolean {
  return words
    .toLowerCase()
    .split(/[^\p{L}'&]+/u)
    .some((w) => w !== '' && !placeWords.has(w));
}

/**
 * The merchant a message names. With the customer's merchants, the closest one to any cued or
 * bare phrase wins if it scores high enough; otherwise a phrase after "at", "from" or "by" (or
 * before "charge") is reported as said, unmatched, with score 0.
 */
export function findMerchant(
  text: string,
  tokens: readonly Token[],
  claims: Claims,
  merchants: readonly string[] = [],
  bareLine = BARE_MATCH,
): MerchantMention | undefined {
  const phrases = candidatePhrases(tokens, claims);
  const unique = [...new Set(merchants)];
  // The same words often come from a cue and from a bare run; each pair is scored once.
  const memo = new Map<string, number>();
  const score = (words: string, merchant: string): number => {
    const key = `${words.toLowerCase()}\u0000${merchant}`;
    let value = memo.get(key);
    if (value === undefined) {
      value = merchantMatchScore(words, { description: merchant });
      memo.set(key, value);
    }
    return value;
  };
  let best: MerchantMention | undefined;
  if (unique.length > 0) {
    for (const phrase of phrases) {
      const found = bestMatch(text, tokens, phrase, unique, score);
      const line = phrase.bare ? bareLine : MATCH;
      if (found && found.score >= line && (!best || found.score > best.score)) best = found;
    }
  }
  if (best) return best;
  const said = phrases.find((p) => p.strong && namesSomething(textOf(text, tokens, p.from, p.to)));
  return said ? { text: textOf(text, tokens, said.from, said.to), score: 0 } : undefined;
}

/**
 * The customer's merchant among `merchants`, when the engine has asked which merchant it was:
 * "blue bottle", "it was at shake shack", "the amazon one".
 */
export function matchMerchant(
  text: string,
  merchants: readonly string[],
): { text: string; matched: string; score: number } | undefined {
  const found = findMerchant(text, tokenize(text), new Claims(), merchants, MATCH);
  return found?.matched === undefined ? undefined : { ...found, matched: found.matched };
}
