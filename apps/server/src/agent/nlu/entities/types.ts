import type { accountType } from '../../../db/index.js';

/**
 * The account types a customer can name: the store's enum without `internal`, which holds the
 * bank's own clearing and fee accounts. A new type in the enum must be given words in accounts.ts.
 */
export type AccountKind = Exclude<(typeof accountType.enumValues)[number], 'internal'>;

export interface EntityContext {
  now: Date;
  /** The bank's IANA zone, e.g. America/Denver: "yesterday" is yesterday there. */
  timeZone: string;
  /** The customer's own transaction descriptors or merchant names, to match a merchant against. */
  merchants?: readonly string[];
}

export interface AccountRef {
  kind?: AccountKind;
  last4?: string;
  role?: 'from' | 'to';
}

export interface MerchantMention {
  /** The customer's words. */
  text: string;
  /** The best of `EntityContext.merchants`, when one is close enough. */
  matched?: string;
  /** merchantMatchScore of `text` against `matched`, 0..1; 0 when nothing matched. */
  score: number;
}

export interface Entities {
  /** Every amount, in order of appearance. */
  amountsCents: number[];
  /** ISO days in the bank's zone; a single day has from === to. */
  dateRange?: { from: string; to: string; text: string };
  merchant?: MerchantMention;
  accounts: AccountRef[];
  last4s: string[];
  checkNumber?: string;
  /** E.164. */
  phone?: string;
  otpCode?: string;
  caseNumber?: string;
  /** YYYY-MM-DD. */
  dateOfBirth?: string;
  zip?: string;
}
