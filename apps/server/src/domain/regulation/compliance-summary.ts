import { formatLongDate } from './date-format.js';
import type { IsoDate } from './iso-date.js';
import type { RegEDeadlines, RegEExtensionReason } from './reg-e.js';
import { REG_Z } from './reg-z.js';
import type { RegZDeadlines } from './reg-z.js';

/**
 * The customer-facing sentences of `get_compliance_deadline`. They promise only what the rule
 * says: provisional credit is owed unless the investigation ends first, and Regulation Z offers
 * none at all.
 */

const REASONS: Record<Exclude<RegEExtensionReason, 'new_account'>, string> = {
  point_of_sale: 'this was a debit card purchase at a merchant',
  foreign_initiated: 'the transaction was made outside the United States',
};

function joinReasons(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}

export function regESummary(deadlines: RegEDeadlines): string {
  const isNew = deadlines.extendedReasons.includes('new_account');
  const opening = isNew
    ? 'Under Regulation E, because your account is new, you'
    : 'Under Regulation E, you';
  const credit =
    `${opening} must receive provisional credit within ${deadlines.provisionalCreditBusinessDays} ` +
    `business days (by ${formatLongDate(deadlines.provisionalCreditDue)}) unless the ` +
    'investigation is finished sooner.';
  const days = deadlines.extendedInvestigationDays;
  const by = formatLongDate(deadlines.extendedInvestigationDue);
  // A new account already explained the longer clock in the first sentence.
  const reasons = deadlines.extendedReasons
    .filter((reason): reason is keyof typeof REASONS => reason !== 'new_account')
    .map((reason) => REASONS[reason]);
  const because = isNew || reasons.length === 0 ? '' : `, because ${joinReasons(reasons)}`;
  return `${credit} The investigation must be completed within ${days} days, by ${by}${because}.`;
}

/**
 * `cycles_unknown`: the account's statement day is not known, so only the 90-day outer limit is,
 * and the sentence says "no later than" instead of naming the billing-cycle date.
 */
export interface RegZSummaryInput {
  acknowledgmentDue: IsoDate;
  resolutionDue: IsoDate;
  limitedBy: RegZDeadlines['resolutionLimitedBy'] | 'cycles_unknown';
}

export function regZSummary(input: RegZSummaryInput): string {
  const due = formatLongDate(input.resolutionDue);
  const resolve = {
    billing_cycles: `within two complete billing cycles, by ${due}`,
    ninety_days: `within ${REG_Z.resolutionOuterLimitDays} days, by ${due}`,
    cycles_unknown: `within two complete billing cycles and no later than ${due}`,
  }[input.limitedBy];
  return (
    `Under Regulation Z, the bank must acknowledge your dispute in writing within ` +
    `${REG_Z.acknowledgmentDays} days (by ${formatLongDate(input.acknowledgmentDue)}) and ` +
    `resolve it ${resolve}. Until then you don't have to pay the disputed amount, but there is ` +
    'no provisional credit as there is for debit cards.'
  );
}
