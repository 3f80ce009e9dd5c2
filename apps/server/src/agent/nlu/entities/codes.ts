import { Claims } from './claims.js';
import { findCaseNumber } from './case-numbers.js';
import { findDigitRuns } from './digit-runs.js';
import type { DigitRun } from './digit-runs.js';
import { readLabelledNumbers, zipOf } from './labelled-numbers.js';
import { tokenize } from './tokens.js';
import type { Token } from './tokens.js';

/** Typed codes come as 123456, 123 456, 123-456 or 12 34 56; said aloud, in any grouping. */
function codeShaped(run: DigitRun): boolean {
  if (run.digits.length !== 6) return false;
  if (run.spoken) return true;
  const shape = run.groups.map((g) => g.length).join(',');
  return shape === '6' || shape === '3,3' || shape === '2,2,2';
}

function referenceBefore(tokens: readonly Token[], run: DigitRun): boolean {
  const before = tokens[run.from - 1];
  return (
    before !== undefined && (before.text === '$' || before.text === '#' || before.text === '+')
  );
}

/** The first unclaimed six-digit run, claimed. */
export function findOtpCode(tokens: readonly Token[], claims: Claims): string | undefined {
  for (const run of findDigitRuns(tokens, claims)) {
    if (!codeShaped(run) || referenceBefore(tokens, run)) continue;
    claims.claim(run.start, run.end);
    return run.digits;
  }
  return undefined;
}

/** A ZIP said as the whole message ("80202", "eight oh two oh two", "80202-1234"). */
export function wholeMessageZip(tokens: readonly Token[], claims: Claims): string | undefined {
  let last = tokens.length;
  while (last > 0 && tokens[last - 1]!.kind === 'symbol') last -= 1;
  const [run] = findDigitRuns(tokens, claims);
  if (!run || run.from !== 0 || run.next !== last) return undefined;
  const zip = zipOf(run);
  if (zip) claims.claim(run.start, run.end);
  return zip;
}

/**
 * A one-time code typed ("123456", "123 456", "123-456") or read out ("one two three four five
 * six", "twelve thirty-four fifty-six"), when the engine is waiting for one.
 */
export function parseOtpCode(text: string): string | undefined {
  const tokens = tokenize(text);
  const claims = new Claims();
  findCaseNumber(text, claims);
  const labelled = readLabelledNumbers(text, tokens, claims);
  return labelled.otpCode ?? findOtpCode(tokens, claims);
}
