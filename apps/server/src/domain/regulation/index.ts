export {
  addDays,
  addMonths,
  assertIsoDate,
  compareDates,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  isIsoDate,
  isWeekend,
  isoDate,
  parseIsoDate,
  unixSecondsAtUtcMidnight,
} from './iso-date.js';
export type { DateParts, IsoDate, Weekday } from './iso-date.js';
export { formatLongDate, formatWeekdayDate, monthNames } from './date-format.js';
export {
  clockTimeSeconds,
  isTimeZone,
  localDateOf,
  parseClockTime,
  secondsIntoLocalDay,
  wallClockAt,
  zonedInstant,
} from './zoned-time.js';
export type { ClockTime, WallClock } from './zoned-time.js';
export { fedClosures, fedHolidays } from './fed-holidays.js';
export type { FedHoliday, FedHolidayName } from './fed-holidays.js';
export { createBankCalendar } from './business-calendar.js';
export type { BankCalendarProfile, BusinessCalendar } from './business-calendar.js';
export { REG_E, isNewAccountTransfer, regEDeadlines } from './reg-e.js';
export type { RegEDeadlines, RegEExtensionReason, RegEInput } from './reg-e.js';
export { REG_E_LIABILITY, regELiability } from './reg-e-liability.js';
export type { RegELiability, RegELiabilityInput, UnauthorizedTransfer } from './reg-e-liability.js';
export { cycleCloseAfter, cycleCloseIn, cycleCloseOnOrAfter } from './billing-cycle.js';
export { REG_Z, regZDeadlines, regZUnauthorizedUseCapCents } from './reg-z.js';
export type { RegZDeadlines, RegZInput } from './reg-z.js';
export { URGENT_WITHIN_DAYS, getComplianceDeadline } from './compliance-deadline.js';
export type {
  CardType,
  ComplianceDeadline,
  ComplianceDeadlineContext,
  ComplianceDeadlineInput,
  ComplianceDeadlineResult,
  DeadlineAction,
  RegulationName,
} from './compliance-deadline.js';
