const DAY_MS = 86_400_000;

/**
 * Network windows and the evidence window are calendar days. Adding whole days of milliseconds
 * keeps the time of day and ignores daylight-saving shifts, which is what a "120 days after"
 * rule means; business-day clocks (Regulation E) belong to the calendar module, not here.
 */
export function addCalendarDays(date: Date, days: number): Date {
  if (!Number.isSafeInteger(days)) throw new RangeError('days must be a whole number');
  return new Date(date.getTime() + days * DAY_MS);
}

/** Whole days from `now` until `until`, rounded up, so "due in 0.3 days" reads as 1 day left. */
export function calendarDaysUntil(now: Date, until: Date): number {
  return Math.ceil((until.getTime() - now.getTime()) / DAY_MS);
}
