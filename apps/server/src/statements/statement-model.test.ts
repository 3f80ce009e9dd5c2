import { describe, expect, it } from 'vitest';
import { buildStatement, periodOfMonth } from './index.js';
import type { Statement, StatementInput, StatementTransactionInput } from './index.js';

function input(
  transactions: StatementTransactionInput[],
  overrides: Partial<StatementInput> = {},
): StatementInput {
  return {
    bank: {
      name: 'First National Bank',
      addressLine: '100 Main Street, Denver, CO 80202',
      servicePhone: '1-800-555-0100',
    },
    customer: { name: 'Alex Rivera', mailingAddress: ['1450 Larimer Street', 'Denver, CO 80202'] },
    account: { nickname: 'Everyday Checking', type: 'checking', last4: '4521', currency: 'usd' },
    period: { month: '2026-03', firstDay: '2026-03-01', lastDay: '2026-03-31' },
    openingBalanceCents: 100_000,
    transactions,
    ...overrides,
  };
}

function built(value: StatementInput): Statement {
  const result = buildStatement(value);
  if (!result.ok) throw new Error(result.problems.join('; '));
  return result.statement;
}

function problemsOf(value: StatementInput): string[] {
  const result = buildStatement(value);
  return result.ok ? [] : result.problems;
}

const tx = (
  id: string,
  postedDate: string,
  amountCents: number,
  extra: Partial<StatementTransactionInput> = {},
): StatementTransactionInput => ({
  id,
  postedDate,
  description: `LINE ${id}`,
  amountCents,
  ...extra,
});

describe('buildStatement', () => {
  it('totals credits and debits exactly and closes at opening + credits - debits', () => {
    const s = built(
      input([
        tx('a', '2026-03-02', 250_000),
        tx('b', '2026-03-03', -4_567),
        tx('c', '2026-03-04', -10),
        tx('d', '2026-03-05', 20),
        tx('e', '2026-03-06', -99_999),
      ]),
    );
    expect(s.openingBalanceCents).toBe(100_000);
    expect(s.totalCreditsCents).toBe(250_020);
    expect(s.totalDebitsCents).toBe(104_576);
    expect(s.closingBalanceCents).toBe(245_444);
    expect(s.closingBalanceCents).toBe(
      s.openingBalanceCents + s.totalCreditsCents - s.totalDebitsCents,
    );
    expect(s.counts).toEqual({ credits: 2, debits: 3, checks: 0 });
    expect(s.account.currency).toBe('USD');
  });

  it('sorts lines by posted date, keeps same-day order, and carries a running balance', () => {
    const s = built(
      input([
        tx('late', '2026-03-20', -1_000),
        tx('first-of-day', '2026-03-05', -300),
        tx('early', '2026-03-01', 5_000),
        tx('second-of-day', '2026-03-05', 200),
      ]),
    );
    expect(s.lines.map((l) => l.id)).toEqual(['early', 'first-of-day', 'second-of-day', 'late']);
    expect(s.lines.map((l) => l.balanceCents)).toEqual([105_000, 104_700, 104_900, 103_900]);
    expect(s.lines.at(-1)?.balanceCents).toBe(s.closingBalanceCents);
  });

  it('closes at the opening balance in a month without transactions', () => {
    const s = built(input([], { openingBalanceCents: -2_500 }));
    expect(s.lines).toEqual([]);
    expect(s.closingBalanceCents).toBe(-2_500);
    expect(s.counts).toEqual({ credits: 0, debits: 0, checks: 0 });
  });

  it('lists checks paid by check number with the amount each took out', () => {
    const s = built(
      input([
        tx('x', '2026-03-09', -15_000, { checkNumber: 1235 }),
        tx('y', '2026-03-02', -7_500, { checkNumber: 1234 }),
        // A deposited check is money in, not a check this account paid.
        tx('z', '2026-03-03', 40_000, { checkNumber: 88 }),
      ]),
    );
    expect(s.checksPaid).toEqual([
      { checkNumber: 1234, postedDate: '2026-03-02', amountCents: 7_500, transactionId: 'y' },
      { checkNumber: 1235, postedDate: '2026-03-09', amountCents: 15_000, transactionId: 'x' },
    ]);
    expect(s.counts.checks).toBe(2);
    expect(s.lines.find((l) => l.id === 'z')?.checkNumber).toBe(88);
  });

  it('masks account and card numbers quoted in descriptions down to their last four', () => {
    const s = built(
      input([
        tx('a', '2026-03-02', 100, { description: 'TRANSFER FROM ACCT 000123454521' }),
        tx('b', '2026-03-02', -100, { description: 'REFUND CARD 4111-1111-1111-1111' }),
        tx('c', '2026-03-02', -100, { description: 'INVOICE 2026-03-01 REF 1234' }),
      ]),
    );
    expect(s.lines.map((l) => l.description)).toEqual([
      'TRANSFER FROM ACCT ••••4521',
      'REFUND CARD ••••1111',
      'INVOICE 2026-03-01 REF 1234',
    ]);
  });

  it('refuses a period that is not a YYYY-MM calendar month, or whose days do not match it', () => {
    for (const month of ['2026-3', 'March 2026', '2026-13', '2026-00', '26-03', '2026-03-01']) {
      const problems = problemsOf(input([], { period: { month, firstDay: '', lastDay: '' } }));
      expect(problems.join()).toMatch(/period\.month must be a calendar month as YYYY-MM/);
    }
    const wrongEnd = { month: '2026-02', firstDay: '2026-02-01', lastDay: '2026-02-29' };
    expect(problemsOf(input([], { period: wrongEnd })).join()).toMatch(/2026-02-28/);
  });

  it('refuses transactions outside the period or on dates that do not exist', () => {
    const problems = problemsOf(
      input([
        tx('before', '2026-02-28', -100),
        tx('after', '2026-04-01', -100),
        tx('no-such-day', '2026-02-30', -100),
        tx('loose', '2026-3-5', -100),
        tx('fine', '2026-03-31', -100),
      ]),
    );
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(/\(before\): posted 2026-02-28, outside 2026-03-01 to 2026-03-31/);
    expect(problems[1]).toMatch(/\(after\): posted 2026-04-01, outside/);
    expect(problems[2]).toMatch(/\(no-such-day\): postedDate must be a date/);
    expect(problems[3]).toMatch(/\(loose\): postedDate must be a date/);
  });

  it('refuses amounts that are not non-zero whole cents', () => {
    for (const amountCents of [12.5, 0.1, Number.NaN, Infinity, 2 ** 53, 0]) {
      const result = buildStatement(input([tx('a', '2026-03-02', amountCents)]));
      expect(result).toEqual({
        ok: false,
        code: 'INVALID_INPUT',
        problems: ['transactions[0] (a): amountCents must be a non-zero whole number of cents'],
      });
    }
    expect(problemsOf(input([], { openingBalanceCents: 10.01 }))).toEqual([
      'openingBalanceCents must be a whole number of cents',
    ]);
  });

  it('refuses totals that would leave the safe-integer range instead of rounding', () => {
    const result = buildStatement(
      input([tx('a', '2026-03-02', Number.MAX_SAFE_INTEGER - 100_000)], {
        openingBalanceCents: 100_001,
      }),
    );
    expect(result).toEqual({ ok: false, code: 'INVALID_INPUT', problems: [expect.any(String)] });
  });

  it('refuses a full account number, other currencies and account types, and duplicate ids', () => {
    const problems = problemsOf(
      input([tx('a', '2026-03-02', 1), tx('a', '2026-03-03', 1)], {
        account: {
          nickname: 'Card',
          type: 'credit_card' as never,
          last4: '000123454521',
          currency: 'eur',
        },
      }),
    );
    expect(problems).toEqual([
      'account.type must be checking or savings, not credit_card',
      'account.last4 must be exactly the last four digits of the account number',
      'account.currency must be USD, not eur',
      'transactions[1] (a): id appears more than once',
    ]);
  });

  it('refuses an empty customer, bank or address', () => {
    const problems = problemsOf(
      input([], {
        customer: { name: ' ', mailingAddress: [] },
        bank: { name: '', addressLine: 'x', servicePhone: '' },
      }),
    );
    expect(problems).toEqual([
      'bank.name is empty',
      'bank.servicePhone is empty',
      'customer.name is empty',
      'customer.mailingAddress must be one to four non-empty lines',
    ]);
  });
});

describe('periodOfMonth', () => {
  it('gives the first and last day of a month, leap years included', () => {
    expect(periodOfMonth('2026-03')).toEqual({
      month: '2026-03',
      firstDay: '2026-03-01',
      lastDay: '2026-03-31',
    });
    expect(periodOfMonth('2026-02')?.lastDay).toBe('2026-02-28');
    expect(periodOfMonth('2028-02')?.lastDay).toBe('2028-02-29');
    expect(periodOfMonth('2026-04')?.lastDay).toBe('2026-04-30');
    expect(periodOfMonth('2026-4')).toBeNull();
    expect(periodOfMonth('')).toBeNull();
  });
});
