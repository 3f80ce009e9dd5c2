import { format, isMatch, lastDayOfMonth, parse } from 'date-fns';
import type { StatementPeriod } from './statement-types.js';

/**
 * Text helpers for the statement. Money is formatted by the domain's exact `formatUsd`; this file
 * covers dates, labels and making untrusted text safe to print.
 */

const monthPattern = /^[1-9]\d{3}-(0[1-9]|1[0-2])$/;
const isoDatePattern = /^[1-9]\d{3}-\d{2}-\d{2}$/;

// date-fns fills fields a pattern lacks from a reference date; a fixed one keeps the clock out.
const reference = new Date(2000, 0, 1);

/** A real calendar date written exactly as 'YYYY-MM-DD' (date-fns alone would accept '2026-3-1'). */
export function isIsoDate(text: string): boolean {
  return isoDatePattern.test(text) && isMatch(text, 'yyyy-MM-dd');
}

/** The first and last day of a 'YYYY-MM' month, or null when `month` is not in that form. */
export function periodOfMonth(month: string): StatementPeriod | null {
  if (!monthPattern.test(month)) return null;
  const firstDay = `${month}-01`;
  const lastDay = format(lastDayOfMonth(parse(firstDay, 'yyyy-MM-dd', reference)), 'yyyy-MM-dd');
  return { month, firstDay, lastDay };
}

/** '2026-03-14' → 'March 14, 2026'. */
export function longDate(isoDate: string): string {
  return format(parse(isoDate, 'yyyy-MM-dd', reference), 'MMMM d, yyyy');
}

/** '2026-03-14' → '03/14'; the year is in the statement period above the table. */
export function shortDate(isoDate: string): string {
  return `${isoDate.slice(5, 7)}/${isoDate.slice(8, 10)}`;
}

/** '2026-03' → 'March 2026'. */
export function monthLabel(month: string): string {
  return format(parse(month, 'yyyy-MM', reference), 'MMMM yyyy');
}

export function periodLabel(period: StatementPeriod): string {
  return `${longDate(period.firstDay)} through ${longDate(period.lastDay)}`;
}

// Runs long enough to be an account or card number: 8+ digits in a row, or 12+ digits split by
// single spaces or dashes as card numbers are. Dates and phone numbers stay below both.
const longDigitRun = /\d(?:[ -]?\d){11,}|\d{8,}/g;

/**
 * Descriptors come from payment networks and counterparties and can quote a full account or card
 * number; a statement shows at most the last four digits of any of them.
 */
export function maskLongDigitRuns(text: string): string {
  return text.replace(longDigitRun, (run) => `••••${run.replace(/\D/g, '').slice(-4)}`);
}

// The characters WinAnsiEncoding adds in 0x80–0x9F, beyond Latin-1.
const winAnsiExtras = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

function isWinAnsi(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (
    (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || winAnsiExtras.has(char)
  );
}

/**
 * The standard PDF fonts can only draw WinAnsi characters; anything else would come out as
 * garbage glyphs. Accented letters outside it lose their accent ('Ā' → 'A'), other characters
 * become '?', and line breaks become spaces so a description stays on its row.
 */
export function winAnsiText(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    if (isWinAnsi(char)) out += char;
    else if (/\s/u.test(char)) out += ' ';
    else out += [...char.normalize('NFKD')].filter(isWinAnsi).join('') || '?';
  }
  return out.replace(/ {2,}/g, ' ').trim();
}

/** Any text from the model as it may appear on the page. */
export function printable(text: string): string {
  return maskLongDigitRuns(winAnsiText(text));
}
