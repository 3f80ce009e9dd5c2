import { parsePhoneNumberFromString } from 'libphonenumber-js';

/**
 * A phone number as people type or say it ("555-234-5678", "+1 (555) 234-5678") in E.164, or
 * null. Possible rather than valid: the demo bank's 555 numbers are fictional by design.
 */
export function normalizePhone(input: string, defaultCountry: 'US' = 'US'): string | null {
  const parsed = parsePhoneNumberFromString(input.trim(), defaultCountry);
  if (!parsed || !parsed.isPossible()) return null;
  return parsed.number;
}

/** The last four digits, which is all a message or a reply ever shows. */
export function phoneLast4(e164: string): string {
  return e164.slice(-4);
}
