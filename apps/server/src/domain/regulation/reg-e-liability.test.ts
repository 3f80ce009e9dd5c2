import { describe, expect, it } from 'vitest';
import { createBankCalendar } from './business-calendar.js';
import { regELiability } from './reg-e-liability.js';

const fed = createBankCalendar();

describe('Regulation E consumer liability for unauthorized transfers', () => {
  it('1005.6(b)(1) notice within 2 business days of learning: at most $50', () => {
    const l = regELiability({ learnedOfLossDate: '2025-11-21', reportedDate: '2025-11-25' }, fed);
    expect(l.tier).toBe(1);
    expect(l.capCents).toBe(5_000);
    expect(l.promptNoticeEnds).toBe('2025-11-25');
  });

  it('1005.6(b)(1) the 2 business days skip a weekend and Thanksgiving', () => {
    const l = regELiability({ learnedOfLossDate: '2025-11-26', reportedDate: '2025-12-01' }, fed);
    expect(l.promptNoticeEnds).toBe('2025-12-01');
    expect(l.tier).toBe(1);
  });

  it('1005.6(b)(2) later notice: at most $500', () => {
    const l = regELiability({ learnedOfLossDate: '2025-11-21', reportedDate: '2025-11-26' }, fed);
    expect(l.tier).toBe(2);
    expect(l.capCents).toBe(50_000);
  });

  it('1005.6(b)(1) with transfers: the lesser of $50 or the transfers', () => {
    const learned = { learnedOfLossDate: '2025-11-21', reportedDate: '2025-11-24' };
    const small = [{ date: '2025-11-22', amountCents: 2_000 }];
    const large = [
      { date: '2025-11-22', amountCents: 3_000 },
      { date: '2025-11-23', amountCents: 4_000 },
    ];
    expect(regELiability({ ...learned, transfers: small }, fed).liabilityCents).toBe(2_000);
    expect(regELiability({ ...learned, transfers: large }, fed).liabilityCents).toBe(5_000);
    expect(regELiability(learned, fed).liabilityCents).toBeNull();
  });

  it('1005.6(b)(2) with transfers: $50 at most for the first 2 business days plus later ones, within $500', () => {
    const base = { learnedOfLossDate: '2025-11-21', reportedDate: '2025-12-01' };
    const transfers = [
      { date: '2025-11-22', amountCents: 3_000 },
      { date: '2025-11-24', amountCents: 4_000 },
      { date: '2025-11-28', amountCents: 10_000 },
    ];
    expect(regELiability({ ...base, transfers }, fed).liabilityCents).toBe(15_000);
    const big = [...transfers, { date: '2025-11-29', amountCents: 90_000 }];
    expect(regELiability({ ...base, transfers: big }, fed).liabilityCents).toBe(50_000);
  });

  it('1005.6(b)(3) statement not reported within 60 days: later transfers unlimited', () => {
    const l = regELiability(
      {
        reportedDate: '2025-12-03',
        statementSentDate: '2025-09-30',
        transfers: [
          { date: '2025-11-10', amountCents: 20_000 },
          { date: '2025-12-01', amountCents: 30_000 },
        ],
      },
      fed,
    );
    expect(l.statementWindowEnds).toBe('2025-11-29');
    expect(l.tier).toBe(3);
    expect(l.capCents).toBeNull();
    expect(l.liabilityCents).toBe(30_000);
  });

  it('1005.6(b)(3) no lost card and reported within the statement window: nothing owed', () => {
    const l = regELiability(
      {
        reportedDate: '2025-11-20',
        statementSentDate: '2025-09-30',
        transfers: [{ date: '2025-09-20', amountCents: 20_000 }],
      },
      fed,
    );
    expect(l.tier).toBe(0);
    expect(l.capCents).toBe(0);
    expect(l.liabilityCents).toBe(0);
  });

  it('1005.6(b)(2)-(3) tiers stack: $500 up to the window end, unlimited after it', () => {
    const l = regELiability(
      {
        learnedOfLossDate: '2025-11-03',
        reportedDate: '2025-12-03',
        statementSentDate: '2025-09-30',
        transfers: [
          { date: '2025-11-04', amountCents: 2_000 },
          { date: '2025-11-10', amountCents: 60_000 },
          { date: '2025-12-02', amountCents: 10_000 },
          // After the notice: never the consumer's.
          { date: '2025-12-04', amountCents: 99_000 },
        ],
      },
      fed,
    );
    expect(l.tier).toBe(3);
    expect(l.liabilityCents).toBe(60_000);
  });

  it('1005.6(b) refuses amounts that are not whole cents', () => {
    expect(() =>
      regELiability(
        { reportedDate: '2025-12-03', transfers: [{ date: '2025-12-01', amountCents: 1.5 }] },
        fed,
      ),
    ).toThrow(RangeError);
  });
});
