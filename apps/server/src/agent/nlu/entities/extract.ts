import { findAccounts } from './accounts.js';
import { Claims } from './claims.js';
import { findOtpCode, wholeMessageZip } from './codes.js';
import { parseDateOfBirth } from './date-of-birth.js';
import type { DateFinding } from './dates.js';
import { findMerchant } from './merchant.js';
import { readNumbers } from './read-numbers.js';
import { tokenize } from './tokens.js';
import type { Entities, EntityContext } from './types.js';

const birthLabel = /\b(?:born|birth|birthday|dob|d\.o\.b\.?)\b/i;

/** Nobody this young banks alone, and no charge is this old: a full date that far back is a birthday. */
const MIN_AGE_YEARS = 13;

function splitBirthDate(
  text: string,
  dates: DateFinding[],
  now: Date,
): { dateOfBirth?: string; rest: DateFinding[] } {
  const labelled = birthLabel.exec(text);
  const oldest = now.getFullYear() - MIN_AGE_YEARS;
  const birth = dates.find(
    (d) =>
      d.withYear && d.from === d.to && (labelled !== null || Number(d.from.slice(0, 4)) <= oldest),
  );
  if (birth) return { dateOfBirth: birth.from, rest: dates.filter((d) => d !== birth) };
  // Said in words ("born march fourteenth nineteen eighty five"), which chrono cannot read.
  const spoken = labelled ? parseDateOfBirth(text.slice(labelled.index), now) : undefined;
  return spoken ? { dateOfBirth: spoken, rest: dates } : { rest: dates };
}

/** Every entity the built-in brain uses, read from one customer message. Pure: no I/O. */
export function extractEntities(text: string, ctx: EntityContext): Entities {
  const tokens = tokenize(text);
  const claims = new Claims();
  const { caseNumber, labelled, phones, dates, amounts } = readNumbers(text, tokens, claims, {
    now: ctx.now,
    timeZone: ctx.timeZone,
    mode: 'free',
  });
  const otpCode = labelled.otpCode ?? findOtpCode(tokens, claims);
  const zip = labelled.zip ?? wholeMessageZip(tokens, claims);
  const { dateOfBirth, rest } = splitBirthDate(text, dates, ctx.now);
  const range = rest.find((d) => !d.timeOnly);
  const merchant = findMerchant(text, tokens, claims, ctx.merchants);

  const entities: Entities = {
    amountsCents: amounts.map((a) => a.cents),
    accounts: findAccounts(text, labelled.last4s),
    last4s: labelled.last4s.map((l) => l.digits),
  };
  if (range) entities.dateRange = { from: range.from, to: range.to, text: range.text };
  if (merchant) entities.merchant = merchant;
  if (labelled.checkNumber) entities.checkNumber = labelled.checkNumber;
  if (phones[0]) entities.phone = phones[0].phone;
  if (otpCode) entities.otpCode = otpCode;
  if (caseNumber) entities.caseNumber = caseNumber;
  if (dateOfBirth) entities.dateOfBirth = dateOfBirth;
  if (zip) entities.zip = zip;
  return entities;
}
