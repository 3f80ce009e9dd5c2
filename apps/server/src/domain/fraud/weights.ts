/**
 * Every number the score uses, in one place so a reviewer can audit the model without reading
 * code. A factor's points never fall as its risk rises (the tests check this), and the maxima add
 * to more than 100 on purpose: several strong signals together should pin the score at the top.
 *
 * Bands are read as "at least this much earns these points"; the first band a value reaches from
 * the top wins.
 */
export const fraudWeights = {
  amountVsHistory: {
    /** Needs this many past purchases before "unusual for you" means anything. */
    minHistory: 3,
    /** Below this amount a big ratio is still pocket money (a $30 lunch vs a $5 coffee habit). */
    minAmountCents: 5_000,
    /** amount ÷ median past purchase → points. Max 25: the strongest single personal signal. */
    ratioBands: [
      { atLeast: 10, points: 25 },
      { atLeast: 5, points: 20 },
      { atLeast: 3, points: 15 },
      { atLeast: 2, points: 8 },
    ],
    /** Without history only size counts, and counts less, because size alone is weak evidence. */
    absoluteBandsCents: [
      { atLeast: 500_000, points: 20 },
      { atLeast: 250_000, points: 15 },
      { atLeast: 100_000, points: 10 },
      { atLeast: 50_000, points: 5 },
    ],
  },
  /** Max 20: the category shifts the odds but never decides them. */
  merchantCategory: { high: 20, elevated: 12, standard: 4, low: 0 },
  /**
   * 15: since chip cards, most card fraud is card-not-present. It is at least the distance maximum
   * so that switching to card-not-present (which drops the distance factor) never lowers a score.
   */
  cardNotPresent: 15,
  /** Miles from home → points, card-present only (an online merchant's address says nothing). */
  distanceBandsMiles: [
    { atLeast: 500, points: 15 },
    { atLeast: 100, points: 10 },
    { atLeast: 25, points: 5 },
  ],
  /** Younger than N days → points. 30 days echoes Regulation E's new-account period. */
  accountAgeBandsDays: [
    { under: 30, points: 15 },
    { under: 90, points: 8 },
    { under: 365, points: 3 },
  ],
  /** Disputes in the last 90 days → points: a compromised card, or claims to look at closely. */
  disputeBands: [
    { atLeast: 3, points: 15 },
    { atLeast: 2, points: 10 },
    { atLeast: 1, points: 5 },
  ],
  /** Other transactions before this one; the higher of the two windows counts. Max 20. */
  velocity: {
    lastHourBands: [
      { atLeast: 10, points: 20 },
      { atLeast: 5, points: 14 },
      { atLeast: 3, points: 8 },
    ],
    last24HoursBands: [
      { atLeast: 40, points: 20 },
      { atLeast: 20, points: 12 },
      { atLeast: 10, points: 6 },
    ],
  },
  /** Score → level: low below 30, high from 60. */
  levels: { medium: 30, high: 60 },
} as const;
