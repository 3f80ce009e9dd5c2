/**
 * Text to feature strings. Customers type, dictate and misspell; the same request arrives as
 * "What's my checking balance?" and "whats my chekcing balance". Word n-grams carry the meaning,
 * character n-grams carry it through typos and word forms the training data never saw, and pairs
 * of nearby content words let a linear model tell "top-up pending" from "top-up failed" when the
 * words are not adjacent.
 *
 * Every feature string starts with its kind: `w` words and word n-grams, `s` skip pairs,
 * `p` content-word pairs, `c` character n-grams. The vectorizer weighs the `c` block apart from
 * the rest.
 */

export interface FeatureOptions {
  /** Longest word n-gram (1 = words only). */
  wordNgrams: number;
  /** Shortest and longest character n-gram, taken inside each padded word. */
  charMin: number;
  charMax: number;
  /** How far apart (in content words) two content words may be to form a pair; 0 = no pairs. */
  pairWindow: number;
}

// Character 5-grams and a longer pair window added features without adding held-out accuracy.
export const defaultFeatureOptions: FeatureOptions = {
  wordNgrams: 2,
  charMin: 3,
  charMax: 4,
  pairWindow: 3,
};

const money =
  /(?:[$£€]\s?\d[\d,]*(?:\.\d+)?)|(?:\d[\d,]*(?:\.\d+)?\s?(?:dollars?|bucks|usd|euros?|pounds?|cents?)\b)/g;
const digits = /\d+(?:[.,:/-]\d+)*/g;
const apostropheS = /([a-z]+)['\u2019]s\b/g;
// Words whose "'s" is "is", "has" or "us" rather than a possessive.
const contractionHosts = new Set(
  'what that it there here who let he she where how when why everything nothing something'.split(
    ' ',
  ),
);

// Words that never decide an intent on their own; kept as words, left out of the pairs.
const functionWords = new Set(
  (
    'i me my mine a an the to is it its of and or for on in at be do does did can could would ' +
    'will have has had was were am are you your this that these those with from how what why ' +
    'when where which who there their they we our us so if as but not no been being just about ' +
    'please im ive id dont didnt doesnt cant wont isnt any some get got'
  ).split(' '),
);

/**
 * Lower-case words with amounts and numbers folded into placeholders: "$247.89" and "$75" should
 * teach the model the same thing, and the digits of a check number say nothing about the intent.
 */
export function tokenize(text: string): string[] {
  const folded = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    // "my wife's balance" asks about someone else's money: keep the possessive as a word.
    .replace(apostropheS, (whole, word: string) =>
      contractionHosts.has(word) ? whole : `${word} zposs`,
    )
    .replace(/[\u2018\u2019\u02bc`']/g, '')
    .replace(money, ' zmoney ')
    .replace(digits, ' znum ');
  return folded.split(/[^a-z]+/).filter((t) => t.length > 0);
}

/** A crude suffix strip, enough for pairs to match "charged"/"charges" and "pending"/"pends". */
function stem(word: string): string {
  return word.length > 4 ? word.replace(/(?:ing|ed|es|s|ly)$/, '') : word;
}

/** Feature strings for one text; repeats are kept, since term frequency counts them. */
export function extractFeatures(
  tokens: readonly string[],
  options: FeatureOptions = defaultFeatureOptions,
): string[] {
  const out: string[] = [];
  for (const token of tokens) out.push(`w ${token}`);
  // Sentence edges make "balance" said alone differ from "balance" inside a longer request.
  const bounded = ['<s>', ...tokens, '</s>'];
  for (let n = 2; n <= options.wordNgrams; n++) {
    for (let i = 0; i + n <= bounded.length; i++) {
      out.push(`w${n} ${bounded.slice(i, i + n).join(' ')}`);
    }
  }
  for (let i = 0; i + 2 < tokens.length; i++) out.push(`s ${tokens[i]} ${tokens[i + 2]}`);
  if (options.pairWindow > 0) {
    const content = [...new Set(tokens.filter((t) => !functionWords.has(t)).map(stem))];
    for (let a = 0; a < content.length; a++) {
      for (let b = a + 1; b < content.length && b - a <= options.pairWindow; b++) {
        const [first, second] = [content[a]!, content[b]!].sort();
        out.push(`p ${first} ${second}`);
      }
    }
  }
  for (const token of tokens) {
    const padded = ` ${token} `;
    for (let n = options.charMin; n <= options.charMax; n++) {
      if (padded.length < n) break;
      for (let i = 0; i + n <= padded.length; i++) out.push(`c${padded.slice(i, i + n)}`);
    }
  }
  return out;
}
