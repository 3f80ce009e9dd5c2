import { describe, expect, it } from 'vitest';
import { fraudReasonNames } from './factors.js';
import { scoreFraud } from './score.js';
import type { FraudScore, FraudScoreInput } from './score.js';

/** A purchase with no risk at all: every factor scores 0. */
const quiet: FraudScoreInput = {
  amountCents: 2_000,
  merchantCategoryCode: '5411',
  isCardPresent: true,
  distanceFromHomeMiles: 0,
  accountAgeDays: 800,
  disputesLast90Days: 0,
  recentPurchaseAmountsCents: [1_500, 2_200, 1_900, 2_500],
  transactionsLastHour: 0,
  transactionsLast24Hours: 2,
};

function scored(input: FraudScoreInput): FraudScore {
  const result = scoreFraud(input);
  if (!result.ok) throw new Error(result.message);
  return result;
}

const firing = (s: FraudScore) => s.reasons.filter((r) => r.points > 0).map((r) => r.name);

/** Deterministic pseudo-random profiles (a fixed-seed LCG), so the sweep is the same every run. */
function profiles(count: number): FraudScoreInput[] {
  let state = 20_240_601;
  const next = (n: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state % n;
  };
  const mccs = ['5411', '5812', '7011', '5999', '5732', '6051', null];
  return Array.from({ length: count }, () => ({
    amountCents: next(600_000),
    merchantCategoryCode: mccs[next(mccs.length)] ?? null,
    isCardPresent: next(2) === 0,
    distanceFromHomeMiles: next(2_000),
    accountAgeDays: next(900),
    disputesLast90Days: next(5),
    recentPurchaseAmountsCents:
      next(2) === 0 ? [] : [next(20_000) + 1, next(20_000) + 1, next(20_000) + 1],
    transactionsLastHour: next(12),
    transactionsLast24Hours: next(50),
  }));
}

describe('fraud score', () => {
  it('scores a quiet purchase 0, low, monitor, with all seven reasons named', () => {
    const s = scored(quiet);
    expect(s.score).toBe(0);
    expect(s.level).toBe('low');
    expect(s.recommendation).toBe('monitor');
    expect(s.reasons.map((r) => r.name)).toEqual(fraudReasonNames);
    for (const r of s.reasons) expect(r.detail).toMatch(/^[A-Z$].*[.]$/);
    expect(s.summary).toBe('Fraud score 0 of 100 (low): no risk factors.');
  });

  it.each<[string, Partial<FraudScoreInput>, number]>([
    ['amount_vs_history', { amountCents: 50_000 }, 25],
    ['merchant_category_risk', { merchantCategoryCode: '6051' }, 20],
    ['card_not_present', { isCardPresent: false }, 15],
    ['distance_from_home', { distanceFromHomeMiles: 1_700 }, 15],
    ['account_age', { accountAgeDays: 12 }, 15],
    ['recent_disputes', { disputesLast90Days: 2 }, 10],
    ['velocity', { transactionsLastHour: 6 }, 14],
  ])('fires %s alone', (name, change, points) => {
    const s = scored({ ...quiet, ...change });
    expect(firing(s)).toEqual([name]);
    expect(s.score).toBe(points);
  });

  it('explains each factor in plain words', () => {
    const s = scored({
      amountCents: 25_000,
      merchantCategoryCode: '5732',
      isCardPresent: true,
      distanceFromHomeMiles: 1_702.4,
      accountAgeDays: 20,
      disputesLast90Days: 1,
      recentPurchaseAmountsCents: [525, 1_847, 24_789, 675, 7_500],
      transactionsLastHour: 0,
      transactionsLast24Hours: 25,
    });
    const detail = Object.fromEntries(s.reasons.map((r) => [r.name, r.detail]));
    expect(detail.amount_vs_history).toBe(
      "$250.00 is 13 times the customer's typical purchase of $18.47.",
    );
    expect(detail.merchant_category_risk).toBe(
      'The merchant category, electronics stores (5732), is elevated risk: the goods are valuable and easy to resell.',
    );
    expect(detail.distance_from_home).toBe(
      'The card was used in person about 1702 miles from home.',
    );
    expect(detail.account_age).toBe(
      'The account is only 20 days old; new accounts are targeted more often.',
    );
    expect(detail.recent_disputes).toContain('1 dispute in the last 90 days');
    expect(detail.velocity).toContain('25 other transactions in the 24 hours');
    // 25 + 12 + 0 + 15 + 15 + 5 + 12 = 84
    expect(s.score).toBe(84);
    expect(s.level).toBe('high');
    expect(s.recommendation).toBe('freeze_and_report');
    expect(s.summary).toBe(
      'Fraud score 84 of 100 (high): amount vs history +25, distance from home +15, account age +15, merchant category risk +12, velocity +12, recent disputes +5.',
    );
  });

  it('describes categories inside and outside the table', () => {
    const detail = (merchantCategoryCode: string | null) =>
      scored({ ...quiet, merchantCategoryCode }).reasons.find(
        (r) => r.name === 'merchant_category_risk',
      )!.detail;
    expect(detail('7011')).toBe('Merchant category 7011 has no particular fraud pattern.');
    expect(detail(null)).toBe('No merchant category was given, so it counts as ordinary risk.');
    expect(detail('6051')).toBe(
      'The merchant category, quasi-cash such as money orders and foreign currency (6051), is high risk: it works like cash, so it is a favorite way to cash out a stolen card.',
    );
    expect(detail('5411')).toBe(
      'The merchant category, grocery stores (5411), is low risk: everyday, low-value, usually local.',
    );
  });

  it('stays within 0 to 100 at the extremes', () => {
    const worst = scored({
      amountCents: 10_000_000,
      merchantCategoryCode: '7995',
      isCardPresent: false,
      distanceFromHomeMiles: 9_000,
      accountAgeDays: 0,
      disputesLast90Days: 40,
      recentPurchaseAmountsCents: [100, 100, 100],
      transactionsLastHour: 100,
      transactionsLast24Hours: 100,
    });
    expect(worst.score).toBe(100);
    expect(worst.reasons.reduce((sum, r) => sum + r.points, 0)).toBeGreaterThan(100);
    expect(scored({ amountCents: 0, merchantCategoryCode: '5411' }).score).toBe(0);
    for (const p of profiles(300)) {
      const s = scored(p).score;
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(100);
      expect(Number.isInteger(s)).toBe(true);
    }
  });

  it('applies seed 004 defaults: card present, at home, a year-old account, no disputes', () => {
    const s = scored({ amountCents: 2_000 });
    expect(s.reasons.find((r) => r.name === 'account_age')?.points).toBe(0);
    expect(firing(s)).toEqual(['merchant_category_risk']); // no category given: standard, 4
    expect(s.score).toBe(4);
  });

  it('is deterministic', () => {
    for (const p of profiles(50)) {
      expect(scoreFraud(structuredClone(p))).toEqual(scoreFraud(p));
    }
  });

  it('uses the size of a negative (money out) amount', () => {
    expect(scoreFraud({ ...quiet, amountCents: -50_000 })).toEqual(
      scoreFraud({ ...quiet, amountCents: 50_000 }),
    );
  });

  it('refuses malformed numbers as values', () => {
    for (const bad of [
      { amountCents: 12.5 },
      { amountCents: Number.NaN },
      { amountCents: 100, accountAgeDays: -1 },
      { amountCents: 100, disputesLast90Days: 1.5 },
      { amountCents: 100, distanceFromHomeMiles: -3 },
      { amountCents: 100, distanceFromHomeMiles: Number.POSITIVE_INFINITY },
      { amountCents: 100, transactionsLastHour: -2 },
      { amountCents: 100, recentPurchaseAmountsCents: [100, 2.5] },
    ]) {
      expect(scoreFraud(bad)).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    }
  });

  describe('monotonicity: more risk never lowers the score', () => {
    const bases = profiles(200);
    const check = (steps: ReadonlyArray<Partial<FraudScoreInput>>) => {
      for (const base of bases) {
        let previous = -1;
        for (const step of steps) {
          const s = scored({ ...base, ...step }).score;
          expect(s).toBeGreaterThanOrEqual(previous);
          previous = s;
        }
      }
    };

    it('in the amount, with and without history', () => {
      const amounts = [
        0, 999, 4_999, 5_000, 9_000, 20_000, 49_999, 50_000, 100_000, 250_000, 500_000, 5_000_000,
      ];
      check(amounts.map((amountCents) => ({ amountCents })));
      check(amounts.map((amountCents) => ({ amountCents, recentPurchaseAmountsCents: [] })));
    });

    it('in the merchant category tier', () => {
      check(
        ['5411', '7011', '5732', '4829'].map((merchantCategoryCode) => ({ merchantCategoryCode })),
      );
      check([
        { merchantCategoryCode: '5812' },
        { merchantCategoryCode: null },
        { merchantCategoryCode: '5999' },
        { merchantCategoryCode: '7995' },
      ]);
    });

    it('from card present to card not present, at any distance', () => {
      for (const distanceFromHomeMiles of [0, 30, 200, 3_000]) {
        check([
          { isCardPresent: true, distanceFromHomeMiles },
          { isCardPresent: false, distanceFromHomeMiles },
        ]);
      }
    });

    it('in the distance from home', () => {
      check(
        [0, 10, 25, 99, 100, 499.5, 500, 4_000].map((distanceFromHomeMiles) => ({
          distanceFromHomeMiles,
        })),
      );
    });

    it('as the account gets younger', () => {
      check([5_000, 365, 364, 90, 89, 30, 29, 1, 0].map((accountAgeDays) => ({ accountAgeDays })));
    });

    it('in recent disputes', () => {
      check([0, 1, 2, 3, 4, 20].map((disputesLast90Days) => ({ disputesLast90Days })));
    });

    it('in velocity over the hour and the day', () => {
      check([0, 2, 3, 5, 10, 30].map((transactionsLastHour) => ({ transactionsLastHour })));
      check(
        [0, 9, 10, 20, 40, 200].map((transactionsLast24Hours) => ({ transactionsLast24Hours })),
      );
    });
  });
});
