import { sql } from 'drizzle-orm';
import { customers, newId, rows } from '../../apps/server/src/db/index.js';
import type { Executor } from '../../apps/server/src/db/index.js';
import { cardBrandOf } from '../../apps/server/src/pci/card-brands.js';

/** A customer row of its own (vault rows and payments refer to one), with no secret worth noting. */
export async function insertCustomer(db: Executor, customerNumber: string): Promise<string> {
  const id = newId('customer');
  await db.insert(customers).values({
    id,
    customerNumber,
    firstName: 'Vault',
    lastName: 'Tester',
    email: `${customerNumber.toLowerCase()}@example.com`,
    phone: '+15550100000',
    dateOfBirth: '1980-01-01',
    addressLine1: '1 Main St',
    city: 'Denver',
    region: 'CO',
    postalCode: '80202',
    jurisdiction: 'US-CO',
    securityQuestion: 'Favourite colour?',
    securityAnswerHash: 'not-a-real-hash',
  });
  return id;
}

/** An expiry some years ahead of `now`. */
export function futureExpiry(now: Date, years = 3): { expMonth: number; expYear: number } {
  return { expMonth: 12, expYear: now.getUTCFullYear() + years };
}

/** A code of the right length for the card's brand (four digits on American Express). */
export function cvvFor(pan: string, code = '7391'): string {
  return cardBrandOf(pan) === 'amex' ? code.slice(0, 4) : code.slice(0, 3);
}

/** The given digits completed with their Luhn check digit. */
export function withCheckDigit(partial: string): string {
  for (let d = 0; d <= 9; d++) {
    const candidate = `${partial}${d}`;
    let sum = 0;
    for (let i = 0; i < candidate.length; i++) {
      let n = Number(candidate[candidate.length - 1 - i]);
      if (i % 2 === 1) n = n * 2 > 9 ? n * 2 - 9 : n * 2;
      sum += n;
    }
    if (sum % 10 === 0) return candidate;
  }
  throw new Error('unreachable');
}

export type ExpectedOutcome =
  { ok: true } | { ok: false; code: 'CARD_DECLINED' | 'CARD_INVALID'; declineCode: string };

/**
 * What each of Stripe's test cards must give, written out by hand from docs.stripe.com/testing
 * rather than derived from the table the code uses, so a wrong entry there fails here.
 */
export const expectedTestCardOutcomes: Record<string, ExpectedOutcome> = {
  '4242424242424242': { ok: true },
  '4000056655665556': { ok: true },
  '5555555555554444': { ok: true },
  '2223003122003222': { ok: true },
  '5200828282828210': { ok: true },
  '5105105105105100': { ok: true },
  '378282246310005': { ok: true },
  '371449635398431': { ok: true },
  '6011111111111117': { ok: true },
  '6011000990139424': { ok: true },
  '3056930009020004': { ok: true },
  '36227206271667': { ok: true },
  '3566002020360505': { ok: true },
  '6200000000000005': { ok: true },
  '6205500000000000004': { ok: true },
  '4000000000000002': { ok: false, code: 'CARD_DECLINED', declineCode: 'generic_decline' },
  '4000000000009995': { ok: false, code: 'CARD_DECLINED', declineCode: 'insufficient_funds' },
  '4000000000009987': { ok: false, code: 'CARD_DECLINED', declineCode: 'lost_card' },
  '4000000000009979': { ok: false, code: 'CARD_DECLINED', declineCode: 'stolen_card' },
  '4000000000000069': { ok: false, code: 'CARD_DECLINED', declineCode: 'expired_card' },
  '4000000000000127': { ok: false, code: 'CARD_DECLINED', declineCode: 'incorrect_cvc' },
  '4000000000000119': { ok: false, code: 'CARD_DECLINED', declineCode: 'processing_error' },
  '4000000000006975': { ok: false, code: 'CARD_DECLINED', declineCode: 'card_velocity_exceeded' },
  '4100000000000019': { ok: false, code: 'CARD_DECLINED', declineCode: 'fraudulent' },
  '4000000000000101': { ok: false, code: 'CARD_DECLINED', declineCode: 'incorrect_cvc' },
};

/**
 * Every text-like column of every table (text, varchar, jsonb, arrays, enums) with its values
 * joined by newlines. Timestamps and numbers are not text and are left out, so short digit
 * needles do not meet clock readings.
 */
export async function textColumns(db: Executor): Promise<{ column: string; text: string }[]> {
  const columns = await rows<{ table_name: string; column_name: string }>(
    db,
    sql`SELECT table_name, column_name FROM information_schema.columns
         WHERE table_schema = 'public'
           AND data_type IN ('text', 'character varying', 'jsonb', 'ARRAY', 'USER-DEFINED')
         ORDER BY 1, 2`,
  );
  const out: { column: string; text: string }[] = [];
  for (const { table_name, column_name } of columns) {
    const values = await rows<{ v: string | null }>(
      db,
      sql`SELECT ${sql.identifier(column_name)}::text AS v FROM ${sql.identifier(table_name)}`,
    );
    out.push({
      column: `${table_name}.${column_name}`,
      text: values.map((v) => v.v ?? '').join('\n'),
    });
  }
  return out;
}

/** Each needle's hits in the text columns, as "table.column: label". */
export async function findInTextColumns(
  db: Executor,
  needles: { label: string; pattern: RegExp }[],
): Promise<string[]> {
  const found: string[] = [];
  for (const { column, text } of await textColumns(db)) {
    for (const { label, pattern } of needles) {
      if (pattern.test(text)) found.push(`${column}: ${label}`);
    }
  }
  return found;
}

/** A needle for a run of digits that is not part of a longer word or number. */
export function standalone(digits: string): RegExp {
  return new RegExp(`(?<![0-9A-Za-z])${digits}(?![0-9A-Za-z])`);
}
