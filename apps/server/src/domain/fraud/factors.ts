import { formatUsd } from '../money.js';
import { merchantCategoryRisk } from './merchant-category-risk.js';
import { fraudWeights as w } from './weights.js';

export const fraudReasonNames = [
  'amount_vs_history',
  'merchant_category_risk',
  'card_not_present',
  'distance_from_home',
  'account_age',
  'recent_disputes',
  'velocity',
] as const;
export type FraudReasonName = (typeof fraudReasonNames)[number];

export interface FraudReason {
  name: FraudReasonName;
  points: number;
  /** One plain sentence; says so when the factor found nothing. */
  detail: string;
}

/** Inputs after defaults and checks; see score.ts for the public shape. */
export interface FraudFacts {
  amountCents: number;
  merchantCategoryCode: string | null;
  isCardPresent: boolean;
  distanceFromHomeMiles: number;
  accountAgeDays: number;
  disputesLast90Days: number;
  recentPurchaseAmountsCents: readonly number[];
  transactionsLastHour: number;
  transactionsLast24Hours: number;
}

type AtLeast = ReadonlyArray<{ atLeast: number; points: number }>;

function bandAtLeast(bands: AtLeast, value: number): number {
  return bands.find((band) => value >= band.atLeast)?.points ?? 0;
}

/** Median of the positive amounts; integer cents, rounding a two-way middle down. */
export function medianCents(amounts: readonly number[]): number | null {
  const sorted = amounts.filter((a) => a > 0).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[mid]!;
  return Math.floor((sorted[mid - 1]! + sorted[mid]!) / 2);
}

function amountVsHistory(f: FraudFacts): FraudReason {
  const name = 'amount_vs_history';
  const amount = formatUsd(f.amountCents);
  const history = f.recentPurchaseAmountsCents.filter((a) => a > 0);
  const median = history.length >= w.amountVsHistory.minHistory ? medianCents(history) : null;
  if (median !== null) {
    if (f.amountCents < w.amountVsHistory.minAmountCents) {
      return { name, points: 0, detail: `${amount} is too small to be unusual.` };
    }
    const ratio = f.amountCents / median;
    const points = bandAtLeast(w.amountVsHistory.ratioBands, ratio);
    const times = ratio >= 10 ? Math.floor(ratio) : Math.floor(ratio * 10) / 10;
    return {
      name,
      points,
      detail:
        points > 0
          ? `${amount} is ${times} times the customer's typical purchase of ${formatUsd(median)}.`
          : `${amount} is in line with the customer's typical purchase of ${formatUsd(median)}.`,
    };
  }
  const points = bandAtLeast(w.amountVsHistory.absoluteBandsCents, f.amountCents);
  return {
    name,
    points,
    detail:
      points > 0
        ? `${amount} is a large purchase, and there is too little history to say whether it is usual.`
        : `${amount} is not a large amount.`,
  };
}

const tierWords = { high: 'high risk', elevated: 'elevated risk', low: 'low risk' } as const;

function merchantCategory(f: FraudFacts): FraudReason {
  const code = f.merchantCategoryCode;
  const risk = merchantCategoryRisk(code);
  const points = w.merchantCategory[risk.tier];
  let detail: string;
  if (risk.tier !== 'standard') {
    detail = `The merchant category, ${risk.label} (${code}), is ${tierWords[risk.tier]}: ${risk.why}.`;
  } else if (code) {
    detail = `Merchant category ${code} has no particular fraud pattern.`;
  } else {
    detail = 'No merchant category was given, so it counts as ordinary risk.';
  }
  return { name: 'merchant_category_risk', points, detail };
}

function cardNotPresent(f: FraudFacts): FraudReason {
  return f.isCardPresent
    ? { name: 'card_not_present', points: 0, detail: 'The card was present at the purchase.' }
    : {
        name: 'card_not_present',
        points: w.cardNotPresent,
        detail: 'The card was not present (online or by phone), where most card fraud happens.',
      };
}

function distanceFromHome(f: FraudFacts): FraudReason {
  const name = 'distance_from_home';
  if (!f.isCardPresent) {
    return {
      name,
      points: 0,
      detail:
        "Not counted: an online merchant's address says nothing about where the customer was.",
    };
  }
  const miles = Math.round(f.distanceFromHomeMiles);
  const points = bandAtLeast(w.distanceBandsMiles, f.distanceFromHomeMiles);
  return {
    name,
    points,
    detail:
      points > 0
        ? `The card was used in person about ${miles} miles from home.`
        : 'The card was used in person close to home.',
  };
}

function accountAge(f: FraudFacts): FraudReason {
  const points = w.accountAgeBandsDays.find((b) => f.accountAgeDays < b.under)?.points ?? 0;
  const days = f.accountAgeDays === 1 ? '1 day' : `${f.accountAgeDays} days`;
  return {
    name: 'account_age',
    points,
    detail:
      points > 0
        ? `The account is only ${days} old; new accounts are targeted more often.`
        : `The account is ${days} old.`,
  };
}

function recentDisputes(f: FraudFacts): FraudReason {
  const n = f.disputesLast90Days;
  const points = bandAtLeast(w.disputeBands, n);
  return {
    name: 'recent_disputes',
    points,
    detail:
      points > 0
        ? `${n === 1 ? '1 dispute' : `${n} disputes`} in the last 90 days: the card may be compromised, or the claims need a closer look.`
        : 'No disputes in the last 90 days.',
  };
}

function velocity(f: FraudFacts): FraudReason {
  const hour = bandAtLeast(w.velocity.lastHourBands, f.transactionsLastHour);
  const day = bandAtLeast(w.velocity.last24HoursBands, f.transactionsLast24Hours);
  const points = Math.max(hour, day);
  const detail =
    points === 0
      ? 'No burst of other transactions before this one.'
      : hour >= day
        ? `${f.transactionsLastHour} other transactions in the hour before this one, a burst that looks like card testing or a spending spree.`
        : `${f.transactionsLast24Hours} other transactions in the 24 hours before this one, more than usual.`;
  return { name: 'velocity', points, detail };
}

/** Every factor, in the fixed order of fraudReasonNames. */
export function fraudReasons(f: FraudFacts): FraudReason[] {
  return [
    amountVsHistory(f),
    merchantCategory(f),
    cardNotPresent(f),
    distanceFromHome(f),
    accountAge(f),
    recentDisputes(f),
    velocity(f),
  ];
}
