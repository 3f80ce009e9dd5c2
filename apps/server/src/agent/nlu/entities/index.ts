/**
 * Entity extraction for the built-in brain: amounts, dates and periods, merchants, accounts,
 * last fours, check, case and phone numbers, one-time codes, birth dates and ZIPs, from one
 * customer message. Pure functions; the bank's clock and zone come in through EntityContext.
 */
export { extractEntities } from './extract.js';
export { parseAmountCents } from './read-numbers.js';
export { parseOtpCode } from './codes.js';
export { parsePhone } from './phones.js';
export { parseDateOfBirth } from './date-of-birth.js';
export { matchMerchant } from './merchant.js';
export type { AccountKind, AccountRef, Entities, EntityContext, MerchantMention } from './types.js';
