/**
 * What a monthly statement is made of. Money is integer cents throughout; dates are calendar
 * dates as 'YYYY-MM-DD' strings, so no time zone can move a line into the wrong month.
 */

/** Deposit accounts only: a credit card's statement is a Regulation Z document with other rules. */
export type StatementAccountType = 'checking' | 'savings';

export interface StatementBank {
  name: string;
  /** Where customers write to, on one line, e.g. "PO Box 1000, Denver, CO 80202". */
  addressLine: string;
  /** As customers should dial it, e.g. "1-800-555-0100". */
  servicePhone: string;
}

export interface StatementCustomer {
  name: string;
  /** The mailing address as printed on an envelope, one to four lines. */
  mailingAddress: readonly string[];
}

export interface StatementAccount {
  nickname: string;
  type: StatementAccountType;
  /** Exactly four digits. The full account number never enters this module. */
  last4: string;
  /** ISO 4217 code; only US dollars are supported. */
  currency: string;
}

export interface StatementPeriod {
  /** 'YYYY-MM' */
  month: string;
  /** 'YYYY-MM-DD', the first day of `month`. */
  firstDay: string;
  /** 'YYYY-MM-DD', the last day of `month`. */
  lastDay: string;
}

export interface StatementTransactionInput {
  id: string;
  /** 'YYYY-MM-DD', within the period. */
  postedDate: string;
  description: string;
  /** Signed from the account holder's side: negative is money out. Never zero. */
  amountCents: number;
  checkNumber?: number | undefined;
}

export interface StatementInput {
  bank: StatementBank;
  customer: StatementCustomer;
  account: StatementAccount;
  period: StatementPeriod;
  /** Posted balance at the start of the period's first day. */
  openingBalanceCents: number;
  /**
   * Posted transactions of the period. Lines on the same day keep the order given here, so pass
   * them in posting order for the running balance to match the ledger's.
   */
  transactions: readonly StatementTransactionInput[];
}

export interface StatementLine {
  id: string;
  postedDate: string;
  description: string;
  amountCents: number;
  checkNumber: number | null;
  /** Posted balance after this line. */
  balanceCents: number;
}

export interface CheckPaid {
  checkNumber: number;
  postedDate: string;
  /** What the check took out, as a positive number. */
  amountCents: number;
  transactionId: string;
}

export interface Statement {
  bank: StatementBank;
  customer: StatementCustomer;
  account: Omit<StatementAccount, 'currency'> & { currency: 'USD' };
  period: StatementPeriod;
  openingBalanceCents: number;
  /** Sum of money in, positive. */
  totalCreditsCents: number;
  /** Sum of money out, as a positive number: closing = opening + credits − debits. */
  totalDebitsCents: number;
  closingBalanceCents: number;
  /** By posted date; same-day lines in the order they were given. */
  lines: readonly StatementLine[];
  counts: { credits: number; debits: number; checks: number };
  /** By check number. */
  checksPaid: readonly CheckPaid[];
}

export type BuildStatementResult =
  { ok: true; statement: Statement } | { ok: false; code: 'INVALID_INPUT'; problems: string[] };
