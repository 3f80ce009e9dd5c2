import { assertCents } from '../money.js';
import {
  clockTimeSeconds,
  localDateOf,
  secondsIntoLocalDay,
  zonedInstant,
} from '../regulation/index.js';
import type { BusinessCalendar, ClockTime, IsoDate } from '../regulation/index.js';
import {
  EASTERN_TIME,
  addSettlementDays,
  isSettlementDay,
  nextSettlementDay,
} from './settlement-days.js';

/** A same-day ACH submission deadline and the settlement it makes, both Eastern Time. */
export interface SameDayAchWindow {
  submitBy: ClockTime;
  settlesAt: ClockTime;
}

/** FedACH same-day windows (RULES.md §8.2); a bank with earlier internal cutoffs passes its own. */
export const FEDACH_SAME_DAY_WINDOWS: readonly SameDayAchWindow[] = [
  { submitBy: '10:30', settlesAt: '13:00' },
  { submitBy: '14:45', settlesAt: '17:00' },
  { submitBy: '16:45', settlesAt: '18:00' },
];

export const ACH = {
  /** The consumer-facing estimate for standard ACH, in business days (RULES.md §8.2). */
  standardMinBusinessDays: 1,
  standardMaxBusinessDays: 3,
  /** Nacha's per-payment same-day limit since March 18, 2022: $1,000,000. */
  sameDayLimitCents: 100_000_000,
} as const;

export interface AchRequest {
  initiatedAt: Date;
  amountCents: number;
  /** The customer asked for same-day ACH. */
  sameDay?: boolean;
  /** IAT (international) entries cannot go same-day. */
  international?: boolean;
}

export interface AchOptions {
  sameDayWindows?: readonly SameDayAchWindow[];
  sameDayLimitCents?: number;
}

export type SameDayRefusal = 'over_limit' | 'international';

export type AchTiming =
  | {
      kind: 'same_day';
      settlementDate: IsoDate;
      settlesAt: Date;
      window: SameDayAchWindow;
      /** Missed every window of the initiation day, or it was not a settlement day. */
      rolledToNextDay: boolean;
    }
  | {
      kind: 'standard';
      earliestDate: IsoDate;
      /** The date to promise the customer: the end of the 1–3 business-day estimate. */
      expectedByDate: IsoDate;
      /** Why a requested same-day transfer goes standard; null when none was requested. */
      sameDayRefusal: SameDayRefusal | null;
    };

function sortedWindows(windows: readonly SameDayAchWindow[]): SameDayAchWindow[] {
  if (windows.length === 0) throw new RangeError('at least one same-day window is needed');
  return [...windows].sort((a, b) => clockTimeSeconds(a.submitBy) - clockTimeSeconds(b.submitBy));
}

export function achTiming(
  request: AchRequest,
  calendar: BusinessCalendar,
  options: AchOptions = {},
): AchTiming {
  assertCents(request.amountCents, 'amountCents');
  const day = localDateOf(request.initiatedAt, EASTERN_TIME);
  const limit = options.sameDayLimitCents ?? ACH.sameDayLimitCents;
  let refusal: SameDayRefusal | null = null;
  if (request.sameDay && request.international) refusal = 'international';
  else if (request.sameDay && request.amountCents > limit) refusal = 'over_limit';

  if (request.sameDay && refusal === null) {
    const windows = sortedWindows(options.sameDayWindows ?? FEDACH_SAME_DAY_WINDOWS);
    const first = windows[0]!;
    const seconds = secondsIntoLocalDay(request.initiatedAt, EASTERN_TIME);
    // "Submit by 10:30" includes 10:30:00 itself.
    const window = isSettlementDay(calendar, day)
      ? windows.find((w) => seconds <= clockTimeSeconds(w.submitBy))
      : undefined;
    const settlementDate = window ? day : nextSettlementDay(calendar, day);
    const chosen = window ?? first;
    return {
      kind: 'same_day',
      settlementDate,
      settlesAt: zonedInstant(settlementDate, chosen.settlesAt, EASTERN_TIME),
      window: chosen,
      rolledToNextDay: window === undefined,
    };
  }

  return {
    kind: 'standard',
    earliestDate: addSettlementDays(calendar, day, ACH.standardMinBusinessDays),
    expectedByDate: addSettlementDays(calendar, day, ACH.standardMaxBusinessDays),
    sameDayRefusal: refusal,
  };
}
