import { bigint, timestamp } from 'drizzle-orm/pg-core';

/**
 * Money is integer minor units in a bigint column, read back as a JS number on both drivers.
 * 2^53 cents is about $90 trillion, far beyond any balance this system will hold, and a number
 * keeps arithmetic and JSON simple; the domain layer refuses unsafe integers.
 */
export const cents = () => bigint({ mode: 'number' });

export const timestamptz = () => timestamp({ withTimezone: true, mode: 'date' });

export const createdAt = () => timestamptz().notNull().defaultNow();
