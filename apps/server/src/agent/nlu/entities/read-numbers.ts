import { findAmounts } from './amounts.js';
import type { AmountFinding } from './amounts.js';
import { todayIn } from './calendar.js';
import { findCaseNumber } from './case-numbers.js';
import { Claims } from './claims.js';
import { findDates } from './dates.js';
import { readLabelledNumbers } from './labelled-numbers.js';
import { findPhones } from './phones.js';
import { tokenize } from './tokens.js';
import type { Token } from './tokens.js';

function claimAll(claims: Claims, spans: readonly { start: number; end: number }[]): void {
  for (const s of spans) claims.claim(s.start, s.end);
}

/**
 * The references, amounts and dates of a message, read the most specific shapes first, so
 * each later reader sees only what is left. Shared by extractEntities and parseAmountCents.
 */
export function readNumbers(
  text: string,
  tokens: readonly Token[],
  claims: Claims,
  ctx: { now: Date; timeZone: string; mode: 'free' | 'slot' },
) {
  const caseNumber = findCaseNumber(text, claims);
  const labelled = readLabelledNumbers(text, tokens, claims);
  const phones = findPhones(tokens, claims);
  // Money on its face goes before dates, or chrono reads "paid 12.50 on 3/4" as ten to one.
  const strong = findAmounts(tokens, claims, 'strong');
  claimAll(claims, strong);
  const today = todayIn(ctx.timeZone, ctx.now);
  const dates = findDates(claims.mask(text), { now: ctx.now, timeZone: ctx.timeZone, today });
  claimAll(claims, dates);
  const rest = findAmounts(tokens, claims, ctx.mode);
  claimAll(claims, rest);
  const amounts: AmountFinding[] = [...strong, ...rest].sort((a, b) => a.start - b.start);
  return { caseNumber, labelled, phones, dates, amounts };
}

/**
 * An amount, when the engine has asked for one: any number counts ("500", "twelve fifty" →
 * 1250, "5k", "a hundred bucks"), but a check number, last four, phone number or date still
 * does not ("check 1234" → undefined).
 */
export function parseAmountCents(text: string): number | undefined {
  const tokens = tokenize(text);
  // Only where dates are matters here, not which days they are, so any fixed clock will do.
  const ctx = { now: new Date(0), timeZone: 'UTC', mode: 'slot' as const };
  return readNumbers(text, tokens, new Claims(), ctx).amounts[0]?.cents;
}
