import type { BusinessCalendar } from './business-calendar.js';
import { regESummary, regZSummary } from './compliance-summary.js';
import { formatLongDate } from './date-format.js';
import { addDays, daysBetween, unixSecondsAtUtcMidnight } from './iso-date.js';
import type { IsoDate } from './iso-date.js';
import { regEDeadlines } from './reg-e.js';
import { REG_Z, regZDeadlines } from './reg-z.js';
import type { RegZSummaryInput } from './compliance-summary.js';
import { localDateOf } from './zoned-time.js';

/**
 * Seed 004 §3.3 `get_compliance_deadline`: the wire shape, snake_case as the seed has it. Debit
 * and prepaid cards are EFTs under Regulation E; credit cards are open-end credit under
 * Regulation Z (RULES.md §2, "Which regime applies").
 */

export type CardType = 'debit' | 'credit' | 'prepaid';
export type RegulationName = 'Reg E' | 'Reg Z';
export type DeadlineAction = 'provisional_credit' | 'acknowledgment' | 'resolution';

export interface ComplianceDeadlineInput {
  card_type: CardType;
  /** Unix seconds when the bank received the dispute; defaults to `now` (filed this turn). */
  dispute_created_at?: number;
  is_new_account?: boolean;
  is_foreign_transaction?: boolean;
  is_point_of_sale?: boolean;
  /** Credit cards: the day of the month the billing cycle closes (1–31). */
  statement_day?: number;
}

export interface ComplianceDeadlineContext {
  now: Date;
  calendar: BusinessCalendar;
  /** The bank's IANA time zone: it decides which day the notice arrived and which day is today. */
  timeZone: string;
}

export interface ComplianceDeadline {
  label: string;
  /** Unix seconds at 00:00 UTC of the due date. */
  due_date: number;
  /** "December 11, 2024" */
  due_date_human: string;
  /** Calendar days from today in the bank's time zone; negative once past. */
  days_from_now: number;
  action_required: DeadlineAction;
  regulation: RegulationName;
}

export interface ComplianceDeadlineResult {
  regulation: RegulationName;
  deadlines: ComplianceDeadline[];
  summary: string;
  urgent_action_required: boolean;
}

/** A deadline this close (in calendar days), or already past, needs someone's attention now. */
export const URGENT_WITHIN_DAYS = 2;

function receivedAt(input: ComplianceDeadlineInput, now: Date): Date {
  if (input.dispute_created_at === undefined) return now;
  const seconds = input.dispute_created_at;
  if (!Number.isSafeInteger(seconds) || seconds < 0) {
    throw new RangeError('dispute_created_at must be whole unix seconds');
  }
  return new Date(seconds * 1000);
}

export function getComplianceDeadline(
  input: ComplianceDeadlineInput,
  context: ComplianceDeadlineContext,
): ComplianceDeadlineResult {
  const noticeDate = localDateOf(receivedAt(input, context.now), context.timeZone);
  const today = localDateOf(context.now, context.timeZone);
  const regulation: RegulationName = input.card_type === 'credit' ? 'Reg Z' : 'Reg E';
  const deadline = (label: string, due: IsoDate, action: DeadlineAction): ComplianceDeadline => ({
    label,
    due_date: unixSecondsAtUtcMidnight(due),
    due_date_human: formatLongDate(due),
    days_from_now: daysBetween(today, due),
    action_required: action,
    regulation,
  });

  let deadlines: ComplianceDeadline[];
  let summary: string;
  if (regulation === 'Reg E') {
    const regE = regEDeadlines(
      {
        noticeDate,
        isNewAccount: input.is_new_account === true,
        isPointOfSale: input.is_point_of_sale === true,
        isForeignInitiated: input.is_foreign_transaction === true,
      },
      context.calendar,
    );
    deadlines = [
      deadline('Provisional Credit Deadline', regE.provisionalCreditDue, 'provisional_credit'),
      deadline('Investigation Deadline', regE.extendedInvestigationDue, 'resolution'),
    ];
    summary = regESummary(regE);
  } else {
    let resolution: RegZSummaryInput;
    if (input.statement_day === undefined) {
      resolution = {
        acknowledgmentDue: addDays(noticeDate, REG_Z.acknowledgmentDays),
        resolutionDue: addDays(noticeDate, REG_Z.resolutionOuterLimitDays),
        limitedBy: 'cycles_unknown',
      };
    } else {
      const regZ = regZDeadlines({ receivedDate: noticeDate, statementDay: input.statement_day });
      resolution = {
        acknowledgmentDue: regZ.acknowledgmentDue,
        resolutionDue: regZ.resolutionDue,
        limitedBy: regZ.resolutionLimitedBy,
      };
    }
    deadlines = [
      deadline('Acknowledgment Deadline', resolution.acknowledgmentDue, 'acknowledgment'),
      deadline('Resolution Deadline', resolution.resolutionDue, 'resolution'),
    ];
    summary = regZSummary(resolution);
  }

  return {
    regulation,
    deadlines,
    summary,
    urgent_action_required: deadlines.some((d) => d.days_from_now <= URGENT_WITHIN_DAYS),
  };
}
