import {
  disputeStatusLine,
  localDateOf,
  regEDeadlines,
  regZDeadlines,
  zonedInstant,
} from './deps.js';
import type { BusinessCalendar, DisputeRow } from './deps.js';

export interface DisputeClock {
  now: Date;
  calendar: BusinessCalendar;
  timeZone: string;
  /** Credit cards: the day their billing cycle closes (Reg Z counts cycles). */
  statementDay?: number | null;
}

/** When things are due on this dispute under its regulation, as the bank's end of day. */
export function disputeDeadlines(dispute: DisputeRow, clock: DisputeClock) {
  const endOf = (date: string) => zonedInstant(date, '23:59', clock.timeZone);
  const noticeDate = localDateOf(dispute.noticeReceivedAt, clock.timeZone);
  if (dispute.regulation === 'reg_e') {
    const e = regEDeadlines(
      {
        noticeDate,
        isNewAccount: dispute.isNewAccount,
        isPointOfSale: dispute.isPointOfSale,
        isForeignInitiated: dispute.isForeignTransaction,
        ...(dispute.provisionalCreditAt
          ? { provisionalCreditDate: localDateOf(dispute.provisionalCreditAt, clock.timeZone) }
          : {}),
      },
      clock.calendar,
    );
    return {
      regulation: 'Reg E' as const,
      provisionalCreditDueBy: endOf(e.provisionalCreditDue),
      provisionalCreditBusinessDays: e.provisionalCreditBusinessDays,
      decisionDueBy: endOf(e.extendedInvestigationDue),
      decisionWindowDays: e.extendedInvestigationDays,
    };
  }
  const z = regZDeadlines({ receivedDate: noticeDate, statementDay: clock.statementDay ?? 31 });
  return {
    regulation: 'Reg Z' as const,
    provisionalCreditDueBy: null,
    provisionalCreditBusinessDays: null,
    acknowledgmentDueBy: endOf(z.acknowledgmentDue),
    decisionDueBy: endOf(z.resolutionDue),
    decisionWindowDays: 90,
  };
}

const unix = (at: Date | null | undefined) => (at ? Math.floor(at.getTime() / 1000) : null);

/** Seed 004's `check_dispute_status` shape, plus what a person needs to hear next. */
export function presentDispute(
  dispute: DisputeRow,
  facts: { merchant: string; evidenceCount: number },
  clock: DisputeClock,
) {
  const deadlines = disputeDeadlines(dispute, clock);
  const pastDue =
    dispute.status.endsWith('needs_response') &&
    dispute.evidenceDueBy !== null &&
    dispute.evidenceDueBy < clock.now;
  return {
    dispute_id: dispute.id,
    case_number: dispute.caseNumber,
    status: dispute.status,
    reason: dispute.reason,
    amount_cents: dispute.amountCents,
    currency: dispute.currency,
    merchant: facts.merchant,
    created_at: unix(dispute.createdAt),
    evidence_submitted: dispute.evidenceSubmissionCount > 0,
    evidence_count: facts.evidenceCount,
    evidence_due_by: unix(dispute.evidenceDueBy),
    past_due: pastDue,
    network: dispute.network,
    network_reason_code: dispute.networkReasonCode,
    regulation: deadlines.regulation,
    provisional_credit: {
      status: dispute.provisionalCreditStatus,
      amount_cents: dispute.provisionalCreditCents,
      credited_at: unix(dispute.provisionalCreditAt),
      due_by: unix(deadlines.provisionalCreditDueBy),
    },
    decision_due_by: unix(deadlines.decisionDueBy),
    resolution_message: disputeStatusLine({
      status: dispute.status,
      now: clock.now,
      evidenceDueBy: dispute.evidenceDueBy,
      decisionDueBy: deadlines.decisionDueBy,
      amountCents: dispute.amountCents,
      lostExplanation: dispute.resolution,
      timeZone: clock.timeZone,
    }),
  };
}
