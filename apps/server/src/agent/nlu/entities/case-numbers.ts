import type { Claims } from './claims.js';

/**
 * Confirmation and case numbers as this codebase issues them: PREFIX-YYYYMMDD-CODE, where the
 * prefix is TXN, SP, BP, PAY, DSP, FRAUD, ZEL, ACH or WIR (ledger/context.ts confirmationNumber)
 * and the seed dialogues also show DISPUTE-20240115-001. Any prefix of that shape is accepted so
 * a new kind of confirmation needs no change here.
 */
const confirmationPattern = /(?<![\w-])[A-Za-z]{2,8}-\d{8}-[A-Za-z0-9]{3,8}(?![\w-])/g;

/**
 * Record ids a customer is shown and may quote back (db/ids.ts idPrefixes): disputes (dp_, also
 * the seed's "Case #dp_…"), transfers, stop payments, bill payments, charges, hand-offs,
 * statement requests and card payments. Session, OTP and vault-token ids are left out on purpose:
 * they are never shown, so a customer typing one is not quoting a case.
 */
export const quotedIdPrefixes = [
  'dp',
  'tr',
  'sp',
  'bp',
  'ch',
  'ho',
  'stmt',
  'cpay',
  'cap',
] as const;

const idPattern = new RegExp(
  `(?<![\\w-])(?:${quotedIdPrefixes.join('|')})_[A-Za-z0-9]{6,32}(?![\\w-])`,
  'g',
);

/** The first case or confirmation number in the text, claimed so its digits read as nothing else. */
export function findCaseNumber(text: string, claims: Claims): string | undefined {
  const found: { at: number; value: string }[] = [];
  for (const m of text.matchAll(confirmationPattern)) {
    found.push({ at: m.index, value: m[0].toUpperCase() });
    claims.claim(m.index, m.index + m[0].length);
  }
  // Ids are case-sensitive base-62, so they are kept exactly as typed.
  for (const m of text.matchAll(idPattern)) {
    found.push({ at: m.index, value: m[0] });
    claims.claim(m.index, m.index + m[0].length);
  }
  found.sort((a, b) => a.at - b.at);
  return found[0]?.value;
}
