import { normalizePhone } from '../../../security/index.js';
import { Claims } from './claims.js';
import { findDigitRuns } from './digit-runs.js';
import type { DigitRun } from './digit-runs.js';
import { tokenize } from './tokens.js';
import type { Token } from './tokens.js';

/**
 * Typed groups a phone number is written in: 5552345678, 555 234 5678, 1 555 234 5678, and the
 * international "+44 20 7946 0958". Anything else, such as two unrelated numbers that happen to
 * sit side by side, is not one phone number.
 */
function typedShapeOk(run: DigitRun, international: boolean): boolean {
  if (run.spoken) return true;
  if (international) return run.groups.every((g) => g.length <= 4) || run.groups.length === 1;
  const shape = run.groups.map((g) => g.length).join(',');
  return ['10', '11', '3,3,4', '1,3,3,4', '3,7', '1,10'].includes(shape);
}

/** North American numbers never have an area code or exchange starting with 0 or 1. */
function nanpShapeOk(e164: string): boolean {
  if (!e164.startsWith('+1') || e164.length !== 12) return true;
  return /^[2-9]$/.test(e164[2]!) && /^[2-9]$/.test(e164[5]!);
}

/** The run as a phone number in E.164, or undefined. */
export function phoneOfRun(tokens: readonly Token[], run: DigitRun): string | undefined {
  const before = tokens[run.from - 1];
  const international = before?.text === '+' && before.end === run.start;
  if (before?.text === '$' || !typedShapeOk(run, international)) return undefined;
  let candidate: string;
  if (international) {
    if (run.digits.length < 8 || run.digits.length > 15) return undefined;
    candidate = `+${run.digits}`;
  } else if (run.digits.length === 10) {
    candidate = run.digits;
  } else if (run.digits.length === 11 && run.digits.startsWith('1')) {
    candidate = `+${run.digits}`;
  } else {
    return undefined;
  }
  // Possible rather than valid, as identify does: the demo bank's 555 numbers are fictional.
  const e164 = normalizePhone(candidate);
  return e164 && nanpShapeOk(e164) ? e164 : undefined;
}

export interface PhoneFinding {
  phone: string;
  start: number;
  end: number;
}

/** Every phone number among the unclaimed runs, claimed as found. */
export function findPhones(tokens: readonly Token[], claims: Claims): PhoneFinding[] {
  const found: PhoneFinding[] = [];
  for (const run of findDigitRuns(tokens, claims)) {
    const phone = phoneOfRun(tokens, run);
    if (!phone) continue;
    const plus = tokens[run.from - 1]?.text === '+' ? 1 : 0;
    found.push({ phone, start: run.start - plus, end: run.end });
    claims.claim(run.start - plus, run.end);
  }
  return found;
}

/**
 * A phone number typed in any common US format ("+1-555-234-5678", "(555) 234-5678",
 * "555.234.5678") or read out ("five five five, two three four, fifty-six seventy-eight", with
 * "oh" for zero), in E.164.
 */
export function parsePhone(text: string): string | undefined {
  return findPhones(tokenize(text), new Claims())[0]?.phone;
}
