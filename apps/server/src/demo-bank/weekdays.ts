import type { BankClock } from './seed-random.js';

/**
 * Noon bank time `count` weekdays from today. Demo data only: it ignores holidays, which the
 * regulation engine's calendar handles for anything that must be exact.
 */
export function businessDaysAhead(clock: BankClock, count: number): Date {
  let days = 0;
  let found = 0;
  while (found < count) {
    days += 1;
    const weekday = new Date(`${clock.date(days)}T12:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) found += 1;
  }
  return clock.at(-days, 12, 0);
}
