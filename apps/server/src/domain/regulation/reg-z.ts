import { assertCents } from '../money.js';
import { assertStatementDay, cycleCloseAfter, cycleCloseOnOrAfter } from './billing-cycle.js';
import { addDays, assertIsoDate, compareDates } from './iso-date.js';
import type { IsoDate } from './iso-date.js';

/**
 * Regulation Z billing-error resolution for credit cards (12 CFR 1026.13). Every period here is in
 * calendar days or billing cycles, so no business calendar is involved, and there is no
 * provisional credit: the consumer simply need not pay the disputed amount meanwhile (1026.13(d)).
 */
export const REG_Z = {
  /** 1026.13(c)(1) */
  acknowledgmentDays: 30,
  /** 1026.13(c)(2) */
  resolutionBillingCycles: 2,
  /** 1026.13(c)(2) */
  resolutionOuterLimitDays: 90,
  /** 1026.13(b)(1) */
  consumerNoticeWindowDays: 60,
  /** 1026.12(b)(1) */
  unauthorizedUseCapCents: 5_000,
} as const;

export interface RegZInput {
  /** The day the written billing-error notice reached the creditor. */
  receivedDate: IsoDate;
  /** The day of the month the account's billing cycle closes (1–31). */
  statementDay: number;
  /** The day the creditor sent the first statement showing the error. */
  firstStatementSentDate?: IsoDate;
}

export interface RegZDeadlines {
  regulation: 'Reg Z';
  receivedDate: IsoDate;
  /** Acknowledge in writing by this day, unless the error is resolved by then. */
  acknowledgmentDue: IsoDate;
  /** The close of the cycle in progress when the notice arrived; that cycle does not count. */
  currentCycleCloses: IsoDate;
  /** The close of the second complete billing cycle after receipt. */
  secondCompleteCycleCloses: IsoDate;
  /** 90 days after receipt. */
  outerLimit: IsoDate;
  /** The earlier of the two. */
  resolutionDue: IsoDate;
  resolutionLimitedBy: 'billing_cycles' | 'ninety_days';
  /** The last day the notice could reach the creditor; null without a statement date. */
  consumerNoticeWindowEnds: IsoDate | null;
  noticeWithinWindow: boolean | null;
  provisionalCreditRequired: false;
}

export function regZDeadlines(input: RegZInput): RegZDeadlines {
  const received = assertIsoDate(input.receivedDate, 'receivedDate');
  const statementDay = assertStatementDay(input.statementDay);
  const currentCycleCloses = cycleCloseOnOrAfter(received, statementDay);
  const secondCompleteCycleCloses = cycleCloseAfter(
    currentCycleCloses,
    statementDay,
    REG_Z.resolutionBillingCycles,
  );
  const outerLimit = addDays(received, REG_Z.resolutionOuterLimitDays);
  const cyclesFirst = compareDates(secondCompleteCycleCloses, outerLimit) <= 0;
  const statement =
    input.firstStatementSentDate === undefined
      ? null
      : assertIsoDate(input.firstStatementSentDate, 'firstStatementSentDate');
  const windowEnds = statement === null ? null : addDays(statement, REG_Z.consumerNoticeWindowDays);

  return {
    regulation: 'Reg Z',
    receivedDate: received,
    acknowledgmentDue: addDays(received, REG_Z.acknowledgmentDays),
    currentCycleCloses,
    secondCompleteCycleCloses,
    outerLimit,
    resolutionDue: cyclesFirst ? secondCompleteCycleCloses : outerLimit,
    resolutionLimitedBy: cyclesFirst ? 'billing_cycles' : 'ninety_days',
    consumerNoticeWindowEnds: windowEnds,
    noticeWithinWindow: windowEnds === null ? null : compareDates(received, windowEnds) <= 0,
    provisionalCreditRequired: false,
  };
}

/**
 * 1026.12(b)(1): the cardholder owes at most the lesser of $50 or what was obtained before the
 * issuer was told. Card-network zero-liability rules may lower this further; they cannot raise it.
 */
export function regZUnauthorizedUseCapCents(obtainedBeforeNoticeCents: number): number {
  assertCents(obtainedBeforeNoticeCents, 'amount obtained before notice');
  return Math.max(0, Math.min(REG_Z.unauthorizedUseCapCents, obtainedBeforeNoticeCents));
}
