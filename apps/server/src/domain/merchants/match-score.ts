import { explainDescriptor } from './explain-descriptor.js';
import { wordSimilarity } from './string-similarity.js';
import { genericWords, words } from './text.js';

export interface MerchantCandidate {
  /** The descriptor as the network sent it. */
  description: string;
  /** The clean name, when the bank has one. */
  merchantName?: string | null;
}

/** Words that carry no merchant in a request such as "the charge from the coffee place". */
const fillerWords: ReadonlySet<string> = new Set(
  (
    'a an and at bought by card charge charged charges for from i in is it me my of on one ' +
    'paid payment place purchase that the thing this to transaction was with'
  ).split(' '),
);

const GENERIC_WEIGHT = 0.4;

/** Every word the charge can be known by: descriptor, bank name, decoded merchant and processor. */
function candidateWords(candidate: MerchantCandidate): string[] {
  const explained = explainDescriptor(candidate.description);
  const phrases = [
    candidate.description,
    candidate.merchantName ?? '',
    explained.merchant,
    explained.processor ?? '',
  ];
  const found = new Set<string>();
  for (const phrase of phrases) {
    const list = words(phrase);
    list.forEach((word, i) => {
      found.add(word);
      // "shakeshack" and "doordash" should meet "shake shack" and "door dash" halfway.
      const next = list[i + 1];
      if (next !== undefined) found.add(word + next);
    });
  }
  return [...found];
}

function best(query: string, pool: readonly string[]): number {
  let top = 0;
  for (const word of pool) {
    top = Math.max(top, wordSimilarity(query, word));
    if (top === 1) break;
  }
  return top;
}

/**
 * How well a customer's words name a charge, 0..1: each meaningful query word is scored against
 * its closest word on the charge (typos, abbreviations and run-together words allowed), and the
 * scores are averaged, with generic words such as "coffee" or "store" counting less. Unrelated
 * names share no close word and score 0; callers treat about 0.6 and above as a match.
 */
export function merchantMatchScore(query: string, candidate: MerchantCandidate): number {
  const asked = words(query).filter((w) => !fillerWords.has(w));
  if (asked.length === 0) return 0;
  const pool = candidateWords(candidate);
  const scores = asked.map((w) => best(w, pool));
  // Two query words may be one word on the charge ("you tube" for YOUTUBE).
  for (let i = 0; i + 1 < asked.length; i += 1) {
    const joined = best(asked[i]! + asked[i + 1]!, pool);
    if (joined > Math.max(scores[i]!, scores[i + 1]!)) {
      scores[i] = joined;
      scores[i + 1] = joined;
    }
  }
  const allGeneric = asked.every((w) => genericWords.has(w));
  const weights = asked.map((w) => (!allGeneric && genericWords.has(w) ? GENERIC_WEIGHT : 1));
  const total = weights.reduce((sum, w) => sum + w, 0);
  const score = scores.reduce((sum, s, i) => sum + s * weights[i]!, 0) / total;
  return Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000;
}
