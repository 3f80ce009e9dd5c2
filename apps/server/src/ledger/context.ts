import { customAlphabet } from 'nanoid';
import { localDateOf } from '../domain/regulation/index.js';
import { newId } from '../db/index.js';
import type { IdFactory } from '../db/index.js';

export interface LedgerContext {
  ids: IdFactory;
  now: () => Date;
  /** The bank's time zone: confirmation numbers carry the bank's date, not UTC's. */
  timeZone: string;
  /** Six characters for confirmation numbers; random except in the deterministic demo seed. */
  readableCode: () => string;
}

/** Crockford base 32: no I, L, O or U, so a number read aloud on the phone is not misheard. */
export const readableAlphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const readable = customAlphabet(readableAlphabet, 6);

export function defaultLedgerContext(overrides: Partial<LedgerContext> = {}): LedgerContext {
  return {
    ids: newId,
    now: () => new Date(),
    timeZone: 'America/New_York',
    readableCode: readable,
    ...overrides,
  };
}

/** "TXN-20261121-4F7K2Q": the seed dialogues' shape, with a random tail instead of a counter. */
export function confirmationNumber(
  prefix: string,
  at: Date,
  ctx: Pick<LedgerContext, 'timeZone' | 'readableCode'>,
): string {
  const { timeZone } = ctx;
  const day = localDateOf(at, timeZone).replaceAll('-', '');
  return `${prefix}-${day}-${ctx.readableCode()}`;
}
