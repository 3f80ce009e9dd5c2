import type { Claims } from './claims.js';
import { readDigitRun } from './digit-runs.js';
import type { DigitRun } from './digit-runs.js';
import type { Token } from './tokens.js';

/** Where a last four was said, so account references can attach to it. */
export interface Last4Mention {
  digits: string;
  /** Offset of the digits. */
  start: number;
  /** Offset of the label ("ending in", "card", "x") or of the digits when there is none. */
  labelStart: number;
  end: number;
}

export interface LabelledNumbers {
  checkNumber?: string;
  last4s: Last4Mention[];
  zip?: string;
  otpCode?: string;
}

// Each label ends exactly where its number starts; the trailing \b keeps "checking 4521" from
// reading as "check" + a number.
const checkLabel =
  /\b(?:check|cheque)s?\b\s*((?:number|num|no\.?)(?:\s+|(?=\d))|#\s*)?(?:(?:is|was)\s+|:\s*)?/gi;
const endingLabel = /\b(?:ending|ends|ended)\b(?:\s+(?:in|with|on)\b)?\s*(?:(?:in\s+)?#\s*)?/gi;
const lastFourLabel =
  /\blast\s+(?:four|4)\b(?:\s+digits?\b)?(?:\s+of\s+(?:my|the)\s+\w+(?:\s+card)?\b)?(?:\s+(?:is|are|was|were)\b)?\s*:?\s*/gi;
const nounLabel =
  /\b(?:card|account|acct)\b\s*(?:(?:number|no\.?)(?:\s+|(?=\d))|#\s*)?(?:(?:is|was)\s+|:\s*)?/gi;
const routingLabel = /\brouting\b\s*(?:(?:number|no\.?)\s+|#\s*)?(?:(?:is|was)\s+|:\s*)?/gi;
const maskedDigits = /(?<![\w*.•…])(?:[xX]{1,4}|\*{1,16}|\.{2,4}|…|•{1,16})(\d{4})(?![\d.,])/g;
const zipLabel = /\b(?:zip|postal)\b(?:\s*code\b)?(?:\s+(?:is|was)\b)?\s*:?\s*/gi;
const otpLabel =
  /\b(?:code|passcode|otp|(?:one[- ]time|verification|security)\s+(?:code|password|passcode|number))\b(?:\s+(?:is|was)\b)?\s*:?\s*/gi;

/** The run that starts right where a label ends, if one does. */
function runAt(tokens: readonly Token[], offset: number, claims: Claims): DigitRun | undefined {
  const i = tokens.findIndex((t) => t.start === offset);
  if (i === -1 || !claims.tokenFree(tokens[i])) return undefined;
  return readDigitRun(tokens, i, claims);
}

/** A run followed by "dollars" is an amount whatever label comes before it ("cheque 250 dollars"). */
function followedByMoney(tokens: readonly Token[], run: DigitRun): boolean {
  const after = tokens[run.next];
  return after !== undefined && /^(?:dollars?|bucks?|usd|cents?|\$)$/.test(after.text);
}

function* labelled(
  text: string,
  tokens: readonly Token[],
  label: RegExp,
  claims: Claims,
): Generator<{ labelStart: number; run: DigitRun; explicit: boolean }> {
  for (const m of text.matchAll(label)) {
    const run = runAt(tokens, m.index + m[0].length, claims);
    if (run && !followedByMoney(tokens, run)) {
      yield { labelStart: m.index, run, explicit: m[1] !== undefined };
    }
  }
}

/**
 * Numbers whose meaning a label gives: "check number 1234", "ending in 4521", "card 4532",
 * "x4521", "zip code 80202", "the code is 123 456". Runs before any amount or date reader, and
 * claims what it reads. Account and routing numbers are claimed without being reported, so their
 * digits never turn into an amount or a phone number.
 */
export function readLabelledNumbers(
  text: string,
  tokens: readonly Token[],
  claims: Claims,
): LabelledNumbers {
  const found: LabelledNumbers = { last4s: [] };
  const take = (run: DigitRun, from = run.start) => claims.claim(from, run.end);

  for (const { labelStart, run, explicit } of labelled(text, tokens, checkLabel, claims)) {
    // A bare "check" is also a verb ("check 2 things"); check numbers run three digits or more.
    if (run.digits.length > 10 || (!explicit && run.digits.length < 3)) continue;
    found.checkNumber ??= run.digits;
    take(run, labelStart);
  }
  for (const label of [endingLabel, lastFourLabel, nounLabel]) {
    for (const { labelStart, run } of labelled(text, tokens, label, claims)) {
      if (run.digits.length === 4) {
        found.last4s.push({ digits: run.digits, start: run.start, labelStart, end: run.end });
        // "card" stays readable for the account reader; "ending in" and "last 4" go with the digits.
        take(run, label === nounLabel ? run.start : labelStart);
      } else if (label === nounLabel && run.digits.length >= 5 && !run.spoken) {
        take(run);
      }
    }
  }
  for (const m of text.matchAll(maskedDigits)) {
    const end = m.index + m[0].length;
    if (!claims.isFree(m.index, end)) continue;
    found.last4s.push({ digits: m[1]!, start: end - 4, labelStart: m.index, end });
    claims.claim(m.index, end);
  }
  found.last4s.sort((a, b) => a.labelStart - b.labelStart);
  for (const { run } of labelled(text, tokens, routingLabel, claims)) {
    if (run.digits.length >= 5) take(run);
  }
  for (const { run } of labelled(text, tokens, zipLabel, claims)) {
    const zip = zipOf(run);
    if (zip === undefined) continue;
    found.zip ??= zip;
    take(run);
  }
  for (const { run } of labelled(text, tokens, otpLabel, claims)) {
    if (run.digits.length !== 6) continue;
    found.otpCode ??= run.digits;
    take(run);
  }
  return found;
}

/** Five digits, or ZIP+4 typed as 80202-1234. */
export function zipOf(run: DigitRun): string | undefined {
  if (run.digits.length === 5) return run.digits;
  const [first, second] = run.groups;
  if (run.groups.length === 2 && first?.length === 5 && second?.length === 4) return first;
  return undefined;
}
