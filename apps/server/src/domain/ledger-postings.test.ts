import { describe, expect, it } from 'vitest';
import {
  availableCents,
  canDebit,
  checkPostings,
  movePostings,
  netByAccount,
  reversePostings,
} from './ledger-postings.js';

describe('ledger postings', () => {
  it('accepts a balanced journal', () => {
    expect(checkPostings(movePostings('a', 'b', 500))).toEqual({ ok: true });
    expect(
      checkPostings([
        { accountId: 'a', amountCents: -700 },
        { accountId: 'b', amountCents: 500 },
        { accountId: 'fee', amountCents: 200 },
      ]),
    ).toEqual({ ok: true });
  });

  it('refuses unbalanced, single-line, zero and fractional entries', () => {
    expect(
      checkPostings([
        { accountId: 'a', amountCents: -1 },
        { accountId: 'b', amountCents: 2 },
      ]),
    ).toMatchObject({
      ok: false,
      code: 'LEDGER_UNBALANCED',
    });
    expect(checkPostings([{ accountId: 'a', amountCents: 0 }])).toMatchObject({
      code: 'LEDGER_UNBALANCED',
    });
    expect(
      checkPostings([
        { accountId: 'a', amountCents: 0 },
        { accountId: 'b', amountCents: 0 },
      ]),
    ).toMatchObject({
      code: 'INVALID_AMOUNT',
    });
    expect(
      checkPostings([
        { accountId: 'a', amountCents: -0.5 },
        { accountId: 'b', amountCents: 0.5 },
      ]),
    ).toMatchObject({
      code: 'INVALID_AMOUNT',
    });
  });

  it('nets entries per account and reverses exactly', () => {
    const postings = [...movePostings('a', 'b', 300), ...movePostings('a', 'c', 200)];
    expect([...netByAccount(postings)]).toEqual([
      ['a', -500],
      ['b', 300],
      ['c', 200],
    ]);
    const undo = reversePostings(postings);
    expect([...netByAccount([...postings, ...undo]).values()].every((v) => v === 0)).toBe(true);
  });

  it('computes available and the overdraft limit', () => {
    const state = { postedCents: 10_000, heldCents: 2_500, creditLimitCents: 0 };
    expect(availableCents(state)).toBe(7_500);
    expect(canDebit(state, 7_500)).toBe(true);
    expect(canDebit(state, 7_501)).toBe(false);
    expect(canDebit({ ...state, creditLimitCents: 1_000 }, 8_500)).toBe(true);
    expect(canDebit({ ...state, creditLimitCents: 1_000 }, 8_501)).toBe(false);
  });
});
