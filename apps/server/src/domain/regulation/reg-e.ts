import type { BusinessCalendar } from './business-calendar.js';
import { addDays, assertIsoDate, compareDates, daysBetween } from './iso-date.js';
import type { IsoDate } from './iso-date.js';

/**
 * Regulation E error resolution (12 CFR 1005.11) for debit cards, ACH, P2P and prepaid. The 2-,
 * 3-, 5-, 10- and 20-day periods are business days on the bank's calendar; the 45-, 90- and
 * 60-day periods are calendar days (RULES.md §1.2).
 */
export const REG_E = {
  /** 1005.11(c)(1), (c)(2)(i) */
  provisionalCreditBusinessDays: 10,
  /** 1005.11(c)(3)(i): replaces 10 for an EFT within 30 days after the first deposit. */
  newAccountBusinessDays: 20,
  /** 1005.11(c)(2) */
  extendedInvestigationDays: 45,
  /** 1005.11(c)(3)(ii): foreign-initiated, point-of-sale debit card, or new account. */
  longExtendedInvestigationDays: 90,
  /** 1005.11(b)(2) */
  writtenConfirmationBusinessDays: 10,
  /** 1005.11(c)(2)(ii) */
  provisionalCreditNoticeBusinessDays: 2,
  /** 1005.11(c)(1), (c)(2)(iv), (d)(1) */
  resultsNoticeBusinessDays: 3,
  /** 1005.11(c)(1), (c)(2)(iii) */
  correctionBusinessDays: 1,
  /** 1005.11(b)(1) */
  consumerNoticeWindowDays: 60,
  /** 1005.11(d)(2) */
  reversalHonorBusinessDays: 5,
  /** 1005.11(c)(3)(i) */
  newAccountWindowDays: 30,
} as const;

export type RegEExtensionReason = 'new_account' | 'point_of_sale' | 'foreign_initiated';

export interface RegEInput {
  /** The bank-local day the bank received the consumer's notice of error, oral or written. */
  noticeDate: IsoDate;
  /** The EFT was to or from the account within 30 days after its first deposit. */
  isNewAccount?: boolean;
  /** The EFT resulted from a point-of-sale debit card transaction. */
  isPointOfSale?: boolean;
  /** The EFT was not initiated within a state. */
  isForeignInitiated?: boolean;
  /** The notice was oral, so the bank may ask for written confirmation. */
  oralNotice?: boolean;
  /** The day the bank sent the statement on which the error first appeared. */
  statementSentDate?: IsoDate;
  /** The day the bank provisionally credited the account. */
  provisionalCreditDate?: IsoDate;
  /** The day the investigation was completed. */
  investigationCompletedDate?: IsoDate;
  /** The day the bank determined that an error occurred. */
  errorDeterminedDate?: IsoDate;
  /** The day the bank told the consumer it is debiting the provisional credit back. */
  reversalNoticeDate?: IsoDate;
}

export interface RegEDeadlines {
  regulation: 'Reg E';
  noticeDate: IsoDate;
  /** 10, or 20 for a new account; never lengthened for point-of-sale or foreign EFTs. */
  provisionalCreditBusinessDays: 10 | 20;
  /** Credit the account by this day, or have finished the investigation. */
  provisionalCreditDue: IsoDate;
  /** Finish the investigation by this day if the account is not provisionally credited. */
  initialInvestigationDue: IsoDate;
  extendedInvestigationDays: 45 | 90;
  /** Why the 90-day period applies; empty for the standard 45. */
  extendedReasons: RegEExtensionReason[];
  /** The outer limit for finishing the investigation when the account was credited in time. */
  extendedInvestigationDue: IsoDate;
  /** The last day a required written confirmation of an oral notice may arrive. */
  writtenConfirmationDue: IsoDate | null;
  /** Tell the consumer the amount and date of the provisional credit by this day. */
  provisionalCreditNoticeDue: IsoDate | null;
  /** Report the results of the investigation by this day. */
  resultsNoticeDue: IsoDate | null;
  /** Correct a found error by this day. */
  correctionDue: IsoDate | null;
  /** The last day the consumer's notice could reach the bank; null without a statement date. */
  consumerNoticeWindowEnds: IsoDate | null;
  noticeWithinWindow: boolean | null;
  /** After a reversal notice, keep paying checks and preauthorized transfers through this day. */
  reversalHonorThrough: IsoDate | null;
}

function optionalDate(value: IsoDate | undefined, what: string): IsoDate | null {
  return value === undefined ? null : assertIsoDate(value, what);
}

export function regEDeadlines(input: RegEInput, calendar: BusinessCalendar): RegEDeadlines {
  const notice = assertIsoDate(input.noticeDate, 'noticeDate');
  const extendedReasons: RegEExtensionReason[] = [];
  if (input.isNewAccount) extendedReasons.push('new_account');
  if (input.isPointOfSale) extendedReasons.push('point_of_sale');
  if (input.isForeignInitiated) extendedReasons.push('foreign_initiated');

  const businessDays = input.isNewAccount
    ? REG_E.newAccountBusinessDays
    : REG_E.provisionalCreditBusinessDays;
  const extendedDays =
    extendedReasons.length > 0
      ? REG_E.longExtendedInvestigationDays
      : REG_E.extendedInvestigationDays;
  const provisionalCreditDue = calendar.addBusinessDays(notice, businessDays);

  const after = (value: IsoDate | undefined, what: string, n: number): IsoDate | null => {
    const date = optionalDate(value, what);
    return date === null ? null : calendar.addBusinessDays(date, n);
  };

  const statement = optionalDate(input.statementSentDate, 'statementSentDate');
  const windowEnds = statement === null ? null : addDays(statement, REG_E.consumerNoticeWindowDays);

  return {
    regulation: 'Reg E',
    noticeDate: notice,
    provisionalCreditBusinessDays: businessDays,
    provisionalCreditDue,
    initialInvestigationDue: provisionalCreditDue,
    extendedInvestigationDays: extendedDays,
    extendedReasons,
    extendedInvestigationDue: addDays(notice, extendedDays),
    writtenConfirmationDue: input.oralNotice
      ? calendar.addBusinessDays(notice, REG_E.writtenConfirmationBusinessDays)
      : null,
    provisionalCreditNoticeDue: after(
      input.provisionalCreditDate,
      'provisionalCreditDate',
      REG_E.provisionalCreditNoticeBusinessDays,
    ),
    resultsNoticeDue: after(
      input.investigationCompletedDate,
      'investigationCompletedDate',
      REG_E.resultsNoticeBusinessDays,
    ),
    correctionDue: after(
      input.errorDeterminedDate,
      'errorDeterminedDate',
      REG_E.correctionBusinessDays,
    ),
    consumerNoticeWindowEnds: windowEnds,
    noticeWithinWindow: windowEnds === null ? null : compareDates(notice, windowEnds) <= 0,
    reversalHonorThrough: after(
      input.reversalNoticeDate,
      'reversalNoticeDate',
      REG_E.reversalHonorBusinessDays,
    ),
  };
}

/**
 * 1005.11(c)(3)(i): the EFT happened within 30 days after the account's first deposit. With no
 * deposit yet there is no "after the first deposit", so the longer periods do not apply.
 */
export function isNewAccountTransfer(
  firstDepositDate: IsoDate | null,
  transferDate: IsoDate,
): boolean {
  if (firstDepositDate === null) return false;
  const days = daysBetween(firstDepositDate, transferDate);
  return days >= 0 && days <= REG_E.newAccountWindowDays;
}
