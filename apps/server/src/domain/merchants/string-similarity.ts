/**
 * Edit distance with adjacent transpositions counted as one edit (optimal string alignment), so
 * "botlte" is one typo from "bottle", as a person would count it. Written here rather than taken
 * from fastest-levenshtein: that library counts a transposition as two edits, the strings compared
 * are single words of a few dozen characters at most, and the domain layer stays dependency-free.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  // Three rolling rows: the one two back is needed for transpositions.
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, before[j - 2]! + 1);
      }
      current[j] = best;
    }
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
}

/** Whether every letter of `short` appears in `long` in order ("amzn" in "amazon"). */
export function isSubsequence(short: string, long: string): boolean {
  let at = 0;
  for (const ch of long) {
    if (ch === short[at]) at += 1;
    if (at === short.length) return true;
  }
  return short.length === 0;
}

/**
 * How alike two folded words are, 0..1. Exact 1; a prefix of three letters or more (a query
 * typed short, or a descriptor cut at its field width) 0.9; an abbreviation that keeps the first
 * letter and at least half the letters 0.85; otherwise one typo per four letters is tolerated and
 * anything worse is 0, so unrelated words add nothing.
 */
export function wordSimilarity(query: string, candidate: string): number {
  if (query === candidate) return 1;
  const shorter = query.length <= candidate.length ? query : candidate;
  const longer = shorter === query ? candidate : query;
  if (shorter.length >= 3 && longer.startsWith(shorter)) return 0.9;
  if (
    shorter.length >= 3 &&
    shorter[0] === longer[0] &&
    shorter.length * 2 >= longer.length &&
    isSubsequence(shorter, longer)
  ) {
    return 0.85;
  }
  if (shorter.length < 4) return 0;
  const distance = editDistance(query, candidate);
  if (distance > Math.floor(longer.length / 4)) return 0;
  return 1 - distance / longer.length;
}
