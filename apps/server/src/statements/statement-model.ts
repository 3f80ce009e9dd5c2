import { isCents } from '../domain/index.js';
import { isIsoDate, maskLongDigitRuns, periodOfMonth } from './format.js';
import type {
  BuildStatementResult,
  CheckPaid,
  StatementInput,
  StatementLine,
  StatementTransactionInput,
} from './statement-types.js';

const accountTypes: ReadonlySet<string> = new Set(['checking', 'savings']);

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function checkHeader(input: StatementInput, problems: string[]): void {
  const { bank, customer, account, period } = input;
  if (!isText(bank.name)) problems.push('bank.name is empty');
  if (!isText(bank.addressLine)) problems.push('bank.addressLine is empty');
  if (!isText(bank.servicePhone)) problems.push('bank.servicePhone is empty');
  if (!isText(customer.name)) problems.push('customer.name is empty');
  const address = customer.mailingAddress;
  if (address.length < 1 || address.length > 4 || !address.every(isText)) {
    problems.push('customer.mailingAddress must be one to four non-empty lines');
  }
  if (!isText(account.nickname)) problems.push('account.nickname is empty');
  if (!accountTypes.has(account.type)) {
    problems.push(`account.type must be checking or savings, not ${String(account.type)}`);
  }
  if (!/^\d{4}$/.test(account.last4)) {
    problems.push('account.last4 must be exactly the last four digits of the account number');
  }
  if (String(account.currency).toUpperCase() !== 'USD') {
    problems.push(`account.currency must be USD, not ${String(account.currency)}`);
  }
  const expected = periodOfMonth(period.month);
  if (expected === null) {
    problems.push(`period.month must be a calendar month as YYYY-MM, not "${period.month}"`);
  } else if (period.firstDay !== expected.firstDay || period.lastDay !== expected.lastDay) {
    problems.push(
      `period ${period.month} runs from ${expected.firstDay} to ${expected.lastDay}, ` +
        `not ${period.firstDay} to ${period.lastDay}`,
    );
  }
  if (!isCents(input.openingBalanceCents)) {
    problems.push('openingBalanceCents must be a whole number of cents');
  }
}

function checkTransaction(
  tx: StatementTransactionInput,
  index: number,
  input: StatementInput,
  seenIds: Set<string>,
  problems: string[],
): void {
  const where = `transactions[${index}]${isText(tx.id) ? ` (${tx.id})` : ''}`;
  if (!isText(tx.id)) problems.push(`${where}: id is empty`);
  else if (seenIds.has(tx.id)) problems.push(`${where}: id appears more than once`);
  else seenIds.add(tx.id);
  const { firstDay, lastDay } = input.period;
  if (!isIsoDate(tx.postedDate)) {
    problems.push(`${where}: postedDate must be a date as YYYY-MM-DD, not "${tx.postedDate}"`);
  } else if (tx.postedDate < firstDay || tx.postedDate > lastDay) {
    problems.push(`${where}: posted ${tx.postedDate}, outside ${firstDay} to ${lastDay}`);
  }
  if (!isText(tx.description)) problems.push(`${where}: description is empty`);
  if (!isCents(tx.amountCents) || tx.amountCents === 0) {
    problems.push(`${where}: amountCents must be a non-zero whole number of cents`);
  }
  const check = tx.checkNumber;
  if (check !== undefined && !(Number.isSafeInteger(check) && check > 0)) {
    problems.push(`${where}: checkNumber must be a positive whole number`);
  }
}

/** Adds without ever leaving the safe-integer range, where a float would start rounding. */
function addCents(a: number, b: number): number {
  const sum = a + b;
  if (!Number.isSafeInteger(sum)) throw new RangeError('statement total overflows');
  return sum;
}

/**
 * Turns a month's posted transactions into the statement a customer reads: totals, running
 * balances and checks paid. Pure; refuses bad input as a value listing every problem found.
 */
export function buildStatement(input: StatementInput): BuildStatementResult {
  const problems: string[] = [];
  checkHeader(input, problems);
  const seenIds = new Set<string>();
  input.transactions.forEach((tx, i) => checkTransaction(tx, i, input, seenIds, problems));
  if (problems.length > 0) return { ok: false, code: 'INVALID_INPUT', problems };

  // Array sort is stable, so same-day lines keep the caller's (posting) order.
  const ordered = [...input.transactions].sort((a, b) =>
    a.postedDate < b.postedDate ? -1 : a.postedDate > b.postedDate ? 1 : 0,
  );

  let balance = input.openingBalanceCents;
  let credits = 0;
  let debits = 0;
  let creditCount = 0;
  const lines: StatementLine[] = [];
  const checksPaid: CheckPaid[] = [];
  try {
    for (const tx of ordered) {
      balance = addCents(balance, tx.amountCents);
      if (tx.amountCents > 0) {
        credits = addCents(credits, tx.amountCents);
        creditCount += 1;
      } else {
        debits = addCents(debits, -tx.amountCents);
        if (tx.checkNumber !== undefined) {
          checksPaid.push({
            checkNumber: tx.checkNumber,
            postedDate: tx.postedDate,
            amountCents: -tx.amountCents,
            transactionId: tx.id,
          });
        }
      }
      lines.push({
        id: tx.id,
        postedDate: tx.postedDate,
        description: maskLongDigitRuns(tx.description.normalize('NFKC').trim()),
        amountCents: tx.amountCents,
        checkNumber: tx.checkNumber ?? null,
        balanceCents: balance,
      });
    }
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return { ok: false, code: 'INVALID_INPUT', problems: [error.message] };
  }
  checksPaid.sort((a, b) => a.checkNumber - b.checkNumber);

  const { bank, customer, account, period } = input;
  return {
    ok: true,
    statement: {
      bank: { name: bank.name, addressLine: bank.addressLine, servicePhone: bank.servicePhone },
      customer: { name: customer.name, mailingAddress: [...customer.mailingAddress] },
      account: {
        nickname: account.nickname,
        type: account.type,
        last4: account.last4,
        currency: 'USD',
      },
      period: { month: period.month, firstDay: period.firstDay, lastDay: period.lastDay },
      openingBalanceCents: input.openingBalanceCents,
      totalCreditsCents: credits,
      totalDebitsCents: debits,
      closingBalanceCents: balance,
      lines,
      counts: {
        credits: creditCount,
        debits: lines.length - creditCount,
        checks: checksPaid.length,
      },
      checksPaid,
    },
  };
}
