import { fraudReasons } from './factors.js';
import type { FraudFacts, FraudReason } from './factors.js';
import { fraudWeights } from './weights.js';

/**
 * Seed 004's `fraud_score` inputs in camelCase (amount_cents → amountCents and so on) with its
 * defaults, plus optional history for the amount and velocity factors.
 */
export interface FraudScoreInput {
  /** The size of the charge. The sign is ignored: the ledger stores money out as negative. */
  amountCents: number;
  merchantCategoryCode?: string | null;
  /** Default true, as in seed 004. */
  isCardPresent?: boolean;
  /** Default 0. */
  distanceFromHomeMiles?: number;
  /** Default 365. */
  accountAgeDays?: number;
  /** Default 0. */
  disputesLast90Days?: number;
  /** The customer's recent purchase amounts; at least three are needed to compare against. */
  recentPurchaseAmountsCents?: readonly number[];
  /** Other transactions on the card in the hour before this one. */
  transactionsLastHour?: number;
  /** Other transactions on the card in the 24 hours before this one. */
  transactionsLast24Hours?: number;
}

export type FraudLevel = 'low' | 'medium' | 'high';

/**
 * monitor: nothing stands out. verify_with_customer: ask whether they made it before acting.
 * freeze_and_report: if the customer did not make it, freeze the card and open a fraud case now.
 */
export type FraudRecommendation = 'monitor' | 'verify_with_customer' | 'freeze_and_report';

export interface FraudScore {
  ok: true;
  /** 0–100. */
  score: number;
  level: FraudLevel;
  recommendation: FraudRecommendation;
  /** What the recommendation means, for the agent. */
  advice: string;
  /** All seven factors in a fixed order, including those that scored 0. */
  reasons: FraudReason[];
  /** One line naming the factors that scored, strongest first. */
  summary: string;
}

export interface FraudScoreRefusal {
  ok: false;
  code: 'INVALID_INPUT';
  message: string;
}

const advice: Readonly<Record<FraudRecommendation, string>> = {
  monitor:
    'Nothing here looks unusual. If the customer still does not recognise the charge, look into it as usual.',
  verify_with_customer:
    'Some signals are unusual. Ask the customer whether they made this purchase before taking any action.',
  freeze_and_report:
    'Several strong signals. If the customer did not make this purchase, freeze the card and report fraud right away.',
};

/** Explainable 0–100 risk score. Pure and deterministic: the same input always gives the same result. */
export function scoreFraud(input: FraudScoreInput): FraudScore | FraudScoreRefusal {
  const facts = toFacts(input);
  if (typeof facts === 'string') return { ok: false, code: 'INVALID_INPUT', message: facts };
  const reasons = fraudReasons(facts);
  const total = reasons.reduce((sum, r) => sum + r.points, 0);
  const score = Math.min(100, Math.max(0, total));
  const level: FraudLevel =
    score >= fraudWeights.levels.high
      ? 'high'
      : score >= fraudWeights.levels.medium
        ? 'medium'
        : 'low';
  const recommendation: FraudRecommendation =
    level === 'high'
      ? 'freeze_and_report'
      : level === 'medium'
        ? 'verify_with_customer'
        : 'monitor';
  return {
    ok: true,
    score,
    level,
    recommendation,
    advice: advice[recommendation],
    reasons,
    summary: summarise(score, level, reasons),
  };
}

function summarise(score: number, level: FraudLevel, reasons: readonly FraudReason[]): string {
  // A stable sort on points keeps equal factors in their fixed order, so the line is deterministic.
  const scored = reasons.filter((r) => r.points > 0).sort((a, b) => b.points - a.points);
  const head = `Fraud score ${score} of 100 (${level})`;
  if (scored.length === 0) return `${head}: no risk factors.`;
  return `${head}: ${scored.map((r) => `${r.name.replaceAll('_', ' ')} +${r.points}`).join(', ')}.`;
}

/** Applies seed 004's defaults and checks each number; a string is the refusal message. */
function toFacts(input: FraudScoreInput): FraudFacts | string {
  if (!Number.isSafeInteger(input.amountCents))
    return 'amountCents must be a whole number of cents';
  const counts = {
    accountAgeDays: input.accountAgeDays ?? 365,
    disputesLast90Days: input.disputesLast90Days ?? 0,
    transactionsLastHour: input.transactionsLastHour ?? 0,
    transactionsLast24Hours: input.transactionsLast24Hours ?? 0,
  };
  for (const [field, value] of Object.entries(counts)) {
    if (!Number.isSafeInteger(value) || value < 0)
      return `${field} must be a whole number, 0 or more`;
  }
  const distance = input.distanceFromHomeMiles ?? 0;
  if (!Number.isFinite(distance) || distance < 0) return 'distanceFromHomeMiles must be 0 or more';
  const history = input.recentPurchaseAmountsCents ?? [];
  if (!history.every((a) => Number.isSafeInteger(a))) {
    return 'recentPurchaseAmountsCents must be whole numbers of cents';
  }
  return {
    amountCents: Math.abs(input.amountCents),
    merchantCategoryCode: input.merchantCategoryCode ?? null,
    isCardPresent: input.isCardPresent ?? true,
    distanceFromHomeMiles: distance,
    ...counts,
    // The day includes the hour, so a day count below the hour count is a caller slip, not data.
    transactionsLast24Hours: Math.max(counts.transactionsLast24Hours, counts.transactionsLastHour),
    recentPurchaseAmountsCents: history.map((a) => Math.abs(a)),
  };
}
