import { formatUsd } from '../money.js';
import { calendarDaysUntil } from './calendar-days.js';
import type { DisputeStatus } from './enums.js';

/** Short names for a status, as the "Status:" line of seed 004's status template shows them. */
export const disputeStatusLabels: Readonly<Record<DisputeStatus, string>> = {
  warning_needs_response: 'Inquiry: information needed',
  warning_under_review: 'Inquiry: under review',
  warning_closed: 'Inquiry closed',
  needs_response: 'Evidence needed',
  under_review: 'Under review',
  won: 'Resolved in your favor',
  lost: 'Not resolved in your favor',
};

export interface StatusLineInput {
  status: DisputeStatus;
  /** The caller's clock; this module never reads one. */
  now: Date;
  evidenceDueBy?: Date | null;
  /** When the investigation must be decided (the Regulation E or Z deadline). */
  decisionDueBy?: Date | null;
  amountCents?: number | null;
  /** Why a lost case was lost, in the customer's terms. */
  lostExplanation?: string | null;
  /** IANA zone for dates shown to the customer; the bank's zone in practice. */
  timeZone?: string;
}

/** One or two sentences in seed 004's Appendix A tone, saying where the case is and what is next. */
export function disputeStatusLine(input: StatusLineInput): string {
  const zone = input.timeZone ?? 'UTC';
  switch (input.status) {
    case 'needs_response':
      return input.evidenceDueBy
        ? evidenceNeeded('Evidence is needed', input.evidenceDueBy, input.now, zone)
        : 'We need some information from you to continue with this dispute.';
    case 'under_review': {
      const left = input.decisionDueBy ? calendarDaysUntil(input.now, input.decisionDueBy) : 0;
      // Past its due date the promise of "within N days" would be false; say what we can.
      return left > 0
        ? `Your case is being reviewed. Decision expected within ${days(left)}.`
        : "Your case is being reviewed. We'll let you know as soon as there is a decision.";
    }
    case 'won':
      return `Great news! The dispute was resolved in your favor. ${
        input.amountCents == null ? 'The disputed amount' : formatUsd(input.amountCents)
      } has been credited to your account.`;
    case 'lost':
      return `The dispute was not resolved in your favor. ${
        input.lostExplanation?.trim() ||
        "We'll send you a written explanation, and you can ask for the documents we relied on."
      }`;
    case 'warning_needs_response': {
      const ask = input.evidenceDueBy
        ? ' ' +
          evidenceNeeded(
            'Anything that supports your claim is needed',
            input.evidenceDueBy,
            input.now,
            zone,
          )
        : ' If you have anything that supports your claim, please send it to us.';
      return `We've asked the merchant about this charge before opening a formal dispute.${ask}`;
    }
    case 'warning_under_review':
      return "We've asked the merchant about this charge and are reviewing what we have. If it isn't settled, we'll open a formal dispute.";
    case 'warning_closed':
      return 'This inquiry was closed without a formal dispute. If the charge still looks wrong, tell us and we can look again.';
  }
}

function evidenceNeeded(lead: string, due: Date, now: Date, timeZone: string): string {
  const left = calendarDaysUntil(now, due);
  const date = humanDate(due, timeZone);
  if (left <= 0) return `The deadline for evidence, ${date}, has passed.`;
  return `${lead} by ${date} (${days(left)}).`;
}

/** "January 1, 2025", the format of seed 004's `evidence_due_by_human`. */
export function humanDate(date: Date, timeZone = 'UTC'): string {
  let formatter = humanDates.get(timeZone);
  if (!formatter) {
    // Building a formatter costs far more than using one; a bank has one or two zones.
    formatter = new Intl.DateTimeFormat('en-US', {
      month: 'long',
      day: 'numeric',
      year: 'numeric',
      timeZone,
    });
    humanDates.set(timeZone, formatter);
  }
  return formatter.format(date);
}

const humanDates = new Map<string, Intl.DateTimeFormat>();

function days(n: number): string {
  return n === 1 ? '1 day' : `${n} days`;
}
