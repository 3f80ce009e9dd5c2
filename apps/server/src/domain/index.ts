export { isCents, assertCents, sumCents, formatUsd, parseUsd } from './money.js';
export {
  checkPostings,
  netByAccount,
  movePostings,
  reversePostings,
  availableCents,
  canDebit,
} from './ledger-postings.js';
export type { Posting, PostingCheck, BalanceState } from './ledger-postings.js';
export { canonicalJson, sha256Hex } from './canonical-json.js';
