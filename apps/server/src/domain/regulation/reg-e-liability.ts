import { assertCents } from '../money.js';
import type { BusinessCalendar } from './business-calendar.js';
import { addDays, assertIsoDate, compareDates } from './iso-date.js';
import type { IsoDate } from './iso-date.js';

/**
 * The consumer's liability for unauthorized EFTs, 12 CFR 1005.6(b). Tiers stack: the $50/$500
 * caps cover transfers up to the end of the statement window, and transfers after that window
 * (and before notice) are the consumer's without limit, if the bank shows timely notice would have
 * stopped them. Account agreements and network "zero liability" rules may give less (1005.6(b)(6)).
 */
export const REG_E_LIABILITY = {
  /** 1005.6(b)(1) */
  promptNoticeBusinessDays: 2,
  /** 1005.6(b)(1) */
  promptCapCents: 5_000,
  /** 1005.6(b)(2) */
  lateCapCents: 50_000,
  /** 1005.6(b)(3) */
  statementWindowDays: 60,
} as const;

export interface UnauthorizedTransfer {
  date: IsoDate;
  amountCents: number;
}

export interface RegELiabilityInput {
  /** When the consumer learned of the loss or theft of the card or code; omit if none was lost. */
  learnedOfLossDate?: IsoDate;
  /** When the consumer told the bank. */
  reportedDate: IsoDate;
  /** When the bank sent the statement that first showed an unauthorized transfer. */
  statementSentDate?: IsoDate;
  /** Unauthorized transfers before the notice; with them the function adds up the maximum owed. */
  transfers?: readonly UnauthorizedTransfer[];
}

export interface RegELiability {
  /**
   * 0: no lost or stolen device and the statement window was met, nothing owed;
   * 1: told within 2 business days of learning, at most $50;
   * 2: told later, at most $500;
   * 3: the 60-day statement window was missed, later transfers unlimited.
   */
  tier: 0 | 1 | 2 | 3;
  /** The most the consumer can owe in cents; null when it is unlimited (tier 3). */
  capCents: number | null;
  /** Last day of the 2-business-day period after learning of the loss; null without a device. */
  promptNoticeEnds: IsoDate | null;
  /** Last day of the 60 days after the statement; null without a statement. */
  statementWindowEnds: IsoDate | null;
  /**
   * With `transfers`: the most the consumer can be held to, assuming the bank proves the later
   * transfers would not have happened with timely notice (its burden). Null without transfers.
   */
  liabilityCents: number | null;
}

function sum(transfers: readonly UnauthorizedTransfer[]): number {
  return transfers.reduce((total, t) => total + t.amountCents, 0);
}

export function regELiability(
  input: RegELiabilityInput,
  calendar: BusinessCalendar,
): RegELiability {
  const reported = assertIsoDate(input.reportedDate, 'reportedDate');
  const learned =
    input.learnedOfLossDate === undefined
      ? null
      : assertIsoDate(input.learnedOfLossDate, 'learnedOfLossDate');
  const statement =
    input.statementSentDate === undefined
      ? null
      : assertIsoDate(input.statementSentDate, 'statementSentDate');

  const promptNoticeEnds =
    learned === null
      ? null
      : calendar.addBusinessDays(learned, REG_E_LIABILITY.promptNoticeBusinessDays);
  const statementWindowEnds =
    statement === null ? null : addDays(statement, REG_E_LIABILITY.statementWindowDays);
  const prompt = promptNoticeEnds !== null && compareDates(reported, promptNoticeEnds) <= 0;
  const windowMissed =
    statementWindowEnds !== null && compareDates(reported, statementWindowEnds) > 0;

  const tier = windowMissed ? 3 : learned === null ? 0 : prompt ? 1 : 2;
  const deviceCap =
    learned === null ? 0 : prompt ? REG_E_LIABILITY.promptCapCents : REG_E_LIABILITY.lateCapCents;

  let liabilityCents: number | null = null;
  if (input.transfers) {
    const beforeNotice = input.transfers.filter((t) => {
      assertIsoDate(t.date, 'transfer date');
      assertCents(t.amountCents, 'transfer amount');
      return compareDates(t.date, reported) <= 0;
    });
    const afterWindow = (t: UnauthorizedTransfer): boolean =>
      statementWindowEnds !== null && compareDates(t.date, statementWindowEnds) > 0;
    const unlimited = sum(beforeNotice.filter(afterWindow));
    const capped = beforeNotice.filter((t) => !afterWindow(t));
    let cappedOwed = 0;
    if (learned !== null && promptNoticeEnds !== null) {
      if (prompt) {
        cappedOwed = Math.min(REG_E_LIABILITY.promptCapCents, sum(capped));
      } else {
        // 1005.6(b)(2): the lesser of $50 or what went in the first two business days, plus what
        // went after them, all within $500.
        const early = capped.filter((t) => compareDates(t.date, promptNoticeEnds) <= 0);
        const later = capped.filter((t) => compareDates(t.date, promptNoticeEnds) > 0);
        cappedOwed = Math.min(
          REG_E_LIABILITY.lateCapCents,
          Math.min(REG_E_LIABILITY.promptCapCents, sum(early)) + sum(later),
        );
      }
    }
    liabilityCents = cappedOwed + unlimited;
  }

  return {
    tier,
    capCents: tier === 3 ? null : deviceCap,
    promptNoticeEnds,
    statementWindowEnds,
    liabilityCents,
  };
}
