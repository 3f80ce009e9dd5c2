import { TZDate } from '@date-fns/tz';
import { Faker, base, en, en_US } from '@faker-js/faker';
import { seededIdFactory } from '../db/index.js';
import type { IdFactory } from '../db/index.js';
import { readableAlphabet } from '../ledger/index.js';

/** The fixed seed of the demo bank: change it and every generated name, id and amount changes. */
export const demoSeed = 20_260_101;

export interface SeedRandom {
  faker: Faker;
  ids: IdFactory;
  readableCode: () => string;
  /** Whole cents in [min, max] dollars. */
  cents(minDollars: number, maxDollars: number): number;
  digits(count: number): string;
}

/**
 * Separate streams for data, ids and codes, so adding a customer does not reshuffle every id
 * that came before it.
 */
export function createSeedRandom(seed = demoSeed): SeedRandom {
  const faker = new Faker({ locale: [en_US, en, base], seed });
  const idStream = new Faker({ locale: [base], seed: seed + 1 });
  const codeStream = new Faker({ locale: [base], seed: seed + 2 });
  return {
    faker,
    ids: seededIdFactory(() => idStream.number.float({ min: 0, max: 1, fractionDigits: 12 }) % 1),
    readableCode: () =>
      Array.from({ length: 6 }, () => codeStream.helpers.arrayElement([...readableAlphabet])).join(
        '',
      ),
    cents: (min, max) => faker.number.int({ min: min * 100, max: max * 100 }),
    digits: (count) => faker.string.numeric({ length: count, allowLeadingZeros: true }),
  };
}

/** Wall-clock times in the bank's time zone, counted back from "now". */
export interface BankClock {
  now: Date;
  /**
   * `daysAgo` days back at hh:mm bank time; a past time is never later than a minute before now.
   * A negative `daysAgo` is a day in the future.
   */
  at(daysAgo: number, hour?: number, minute?: number): Date;
  /** The bank's calendar date `days` from today (negative = past), as YYYY-MM-DD. */
  date(daysFromToday: number): string;
}

export function createBankClock(now: Date, timeZone: string): BankClock {
  const today = new TZDate(now.getTime(), timeZone);
  const y = today.getFullYear();
  const m = today.getMonth();
  const d = today.getDate();
  const latest = now.getTime() - 60_000;
  return {
    now,
    at(daysAgo, hour = 12, minute = 0) {
      const t = new TZDate(y, m, d - daysAgo, hour, minute, 0, 0, timeZone).getTime();
      return new Date(daysAgo < 0 ? t : Math.min(t, latest));
    },
    date(daysFromToday) {
      const t = new TZDate(y, m, d + daysFromToday, 12, 0, 0, 0, timeZone);
      return `${t.getFullYear()}-${String(t.getMonth() + 1).padStart(2, '0')}-${String(t.getDate()).padStart(2, '0')}`;
    },
  };
}
