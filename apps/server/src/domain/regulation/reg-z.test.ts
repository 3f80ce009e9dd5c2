import { describe, expect, it } from 'vitest';
import { cycleCloseAfter, cycleCloseOnOrAfter } from './billing-cycle.js';
import { regZDeadlines, regZUnauthorizedUseCapCents } from './reg-z.js';

describe('Regulation Z billing-error deadlines', () => {
  it('1026.13(c)(1) acknowledgment within 30 calendar days of receipt', () => {
    const d = regZDeadlines({ receivedDate: '2025-03-10', statementDay: 15 });
    expect(d.acknowledgmentDue).toBe('2025-04-09');
    expect(d.provisionalCreditRequired).toBe(false);
  });

  it('1026.13(c)(2) mid-cycle notice: the cycle in progress does not count', () => {
    const d = regZDeadlines({ receivedDate: '2025-03-10', statementDay: 15 });
    expect(d.currentCycleCloses).toBe('2025-03-15');
    expect(d.secondCompleteCycleCloses).toBe('2025-05-15');
    expect(d.outerLimit).toBe('2025-06-08');
    expect(d.resolutionDue).toBe('2025-05-15');
    expect(d.resolutionLimitedBy).toBe('billing_cycles');
  });

  it('1026.13(c)(2) notice on the closing day: that cycle is still in progress', () => {
    const d = regZDeadlines({ receivedDate: '2025-03-15', statementDay: 15 });
    expect(d.currentCycleCloses).toBe('2025-03-15');
    expect(d.resolutionDue).toBe('2025-05-15');
  });

  it('1026.13(c)(2) statement day 31 closes on the 30th of a 30-day month', () => {
    const d = regZDeadlines({ receivedDate: '2025-04-10', statementDay: 31 });
    expect(d.currentCycleCloses).toBe('2025-04-30');
    expect(d.secondCompleteCycleCloses).toBe('2025-06-30');
    expect(d.outerLimit).toBe('2025-07-09');
    expect(d.resolutionDue).toBe('2025-06-30');
  });

  it('1026.13(c)(2) statement days 29-31 fall back to the end of February', () => {
    expect(regZDeadlines({ receivedDate: '2025-02-05', statementDay: 30 }).currentCycleCloses).toBe(
      '2025-02-28',
    );
    const leap = regZDeadlines({ receivedDate: '2024-02-10', statementDay: 31 });
    expect(leap.currentCycleCloses).toBe('2024-02-29');
    expect(leap.secondCompleteCycleCloses).toBe('2024-04-30');
    expect(cycleCloseAfter('2025-01-31', 29)).toBe('2025-02-28');
    expect(cycleCloseAfter('2025-02-28', 29)).toBe('2025-03-29');
  });

  it('1026.13(c)(2) the 90-day limit wins when two cycles run longer', () => {
    const d = regZDeadlines({ receivedDate: '2025-03-16', statementDay: 15 });
    expect(d.currentCycleCloses).toBe('2025-04-15');
    expect(d.secondCompleteCycleCloses).toBe('2025-06-15');
    expect(d.outerLimit).toBe('2025-06-14');
    expect(d.resolutionDue).toBe('2025-06-14');
    expect(d.resolutionLimitedBy).toBe('ninety_days');
  });

  it('1026.13(c)(2) cycles run over the year end', () => {
    const d = regZDeadlines({ receivedDate: '2025-12-21', statementDay: 20 });
    expect(d.currentCycleCloses).toBe('2026-01-20');
    expect(d.resolutionDue).toBe('2026-03-20');
    expect(cycleCloseOnOrAfter('2025-12-31', 31)).toBe('2025-12-31');
  });

  it('1026.13(b)(1) the consumer has 60 days from the first statement showing the error', () => {
    const timely = regZDeadlines({
      receivedDate: '2025-04-01',
      statementDay: 31,
      firstStatementSentDate: '2025-01-31',
    });
    expect(timely.consumerNoticeWindowEnds).toBe('2025-04-01');
    expect(timely.noticeWithinWindow).toBe(true);
    const late = regZDeadlines({
      receivedDate: '2025-04-02',
      statementDay: 31,
      firstStatementSentDate: '2025-01-31',
    });
    expect(late.noticeWithinWindow).toBe(false);
    expect(
      regZDeadlines({ receivedDate: '2025-04-02', statementDay: 31 }).noticeWithinWindow,
    ).toBeNull();
  });

  it('1026.13(c)(2) refuses a statement day outside 1-31', () => {
    for (const bad of [0, 32, 15.5]) {
      expect(() => regZDeadlines({ receivedDate: '2025-04-02', statementDay: bad })).toThrow(
        RangeError,
      );
    }
  });

  it('1026.12(b)(1) unauthorized use: the lesser of $50 or what was obtained', () => {
    expect(regZUnauthorizedUseCapCents(1_234)).toBe(1_234);
    expect(regZUnauthorizedUseCapCents(100_000)).toBe(5_000);
    expect(regZUnauthorizedUseCapCents(0)).toBe(0);
    expect(() => regZUnauthorizedUseCapCents(12.5)).toThrow(RangeError);
  });
});
