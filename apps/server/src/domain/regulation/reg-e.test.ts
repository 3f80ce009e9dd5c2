import { describe, expect, it } from 'vitest';
import { createBankCalendar } from './business-calendar.js';
import { isNewAccountTransfer, regEDeadlines } from './reg-e.js';

const fed = createBankCalendar();
// Wednesday before Thanksgiving week: the 10-business-day count runs over a weekend and Nov 27.
const NOTICE = '2025-11-19';

describe('Regulation E error-resolution deadlines', () => {
  it('1005.11(c)(1)-(2) standard: 10 business days for provisional credit, 45 calendar days', () => {
    const d = regEDeadlines({ noticeDate: NOTICE }, fed);
    expect(d.provisionalCreditBusinessDays).toBe(10);
    expect(d.provisionalCreditDue).toBe('2025-12-04');
    expect(d.initialInvestigationDue).toBe('2025-12-04');
    expect(d.extendedInvestigationDays).toBe(45);
    expect(d.extendedReasons).toEqual([]);
    // Calendar days: a Saturday due date stays a Saturday.
    expect(d.extendedInvestigationDue).toBe('2026-01-03');
  });

  it('1005.11(c)(3)(i) new account: 20 business days and 90 calendar days', () => {
    const d = regEDeadlines({ noticeDate: NOTICE, isNewAccount: true }, fed);
    expect(d.provisionalCreditBusinessDays).toBe(20);
    expect(d.provisionalCreditDue).toBe('2025-12-18');
    expect(d.initialInvestigationDue).toBe('2025-12-18');
    expect(d.extendedInvestigationDays).toBe(90);
    expect(d.extendedInvestigationDue).toBe('2026-02-17');
    expect(d.extendedReasons).toEqual(['new_account']);
  });

  it('1005.11(c)(3)(ii) POS: 90-day extended investigation, provisional credit still 10 business days', () => {
    const d = regEDeadlines({ noticeDate: NOTICE, isPointOfSale: true }, fed);
    expect(d.provisionalCreditBusinessDays).toBe(10);
    expect(d.provisionalCreditDue).toBe('2025-12-04');
    expect(d.extendedInvestigationDays).toBe(90);
    expect(d.extendedInvestigationDue).toBe('2026-02-17');
    expect(d.extendedReasons).toEqual(['point_of_sale']);
  });

  it('1005.11(c)(3)(ii) foreign-initiated: 90-day extended investigation, 10 business days', () => {
    const d = regEDeadlines({ noticeDate: NOTICE, isForeignInitiated: true }, fed);
    expect(d.provisionalCreditDue).toBe('2025-12-04');
    expect(d.extendedInvestigationDue).toBe('2026-02-17');
    expect(d.extendedReasons).toEqual(['foreign_initiated']);
  });

  it('1005.11(c)(3) new account + POS: 20 business days and 90 days, not 110 or 40', () => {
    const d = regEDeadlines({ noticeDate: NOTICE, isNewAccount: true, isPointOfSale: true }, fed);
    expect(d.provisionalCreditDue).toBe('2025-12-18');
    expect(d.extendedInvestigationDays).toBe(90);
    expect(d.extendedInvestigationDue).toBe('2026-02-17');
    expect(d.extendedReasons).toEqual(['new_account', 'point_of_sale']);
  });

  it('1005.11(c)(2)(i) counts across Christmas and New Year', () => {
    const d = regEDeadlines({ noticeDate: '2025-12-19' }, fed);
    expect(d.provisionalCreditDue).toBe('2026-01-06');
    expect(d.extendedInvestigationDue).toBe('2026-02-02');
  });

  it('1005.11(c)(1) a notice received on a Saturday still gets 10 full business days', () => {
    expect(regEDeadlines({ noticeDate: '2025-11-22' }, fed).provisionalCreditDue).toBe(
      '2025-12-08',
    );
  });

  it("1005.2(d) counts the bank's own business days: Saturdays for a bank open on them", () => {
    const saturdays = createBankCalendar({ saturdaysAreBusinessDays: true });
    expect(regEDeadlines({ noticeDate: NOTICE }, saturdays).provisionalCreditDue).toBe(
      '2025-12-02',
    );
    const closedFriday = createBankCalendar({ extraClosures: ['2025-11-28'] });
    expect(regEDeadlines({ noticeDate: NOTICE }, closedFriday).provisionalCreditDue).toBe(
      '2025-12-05',
    );
  });

  it('1005.11(c)(2)(ii) tells the consumer of provisional credit within 2 business days', () => {
    const d = regEDeadlines({ noticeDate: NOTICE, provisionalCreditDate: '2025-11-21' }, fed);
    expect(d.provisionalCreditNoticeDue).toBe('2025-11-25');
    const overHoliday = regEDeadlines(
      { noticeDate: '2027-07-01', provisionalCreditDate: '2027-07-02' },
      fed,
    );
    expect(overHoliday.provisionalCreditNoticeDue).toBe('2027-07-07');
  });

  it('1005.11(d)(1) reports results within 3 business days after the investigation', () => {
    const d = regEDeadlines({ noticeDate: NOTICE, investigationCompletedDate: '2025-11-26' }, fed);
    expect(d.resultsNoticeDue).toBe('2025-12-02');
  });

  it('1005.11(c)(2)(iii) corrects an error within 1 business day of finding it', () => {
    const d = regEDeadlines({ noticeDate: NOTICE, errorDeterminedDate: '2025-11-26' }, fed);
    expect(d.correctionDue).toBe('2025-11-28');
  });

  it('1005.11(d)(2) honors checks and preauthorized transfers for 5 business days after a reversal notice', () => {
    const d = regEDeadlines({ noticeDate: NOTICE, reversalNoticeDate: '2025-12-22' }, fed);
    expect(d.reversalHonorThrough).toBe('2025-12-30');
  });

  it('1005.11(b)(1) the consumer has 60 calendar days from the statement', () => {
    const timely = regEDeadlines({ noticeDate: NOTICE, statementSentDate: '2025-09-30' }, fed);
    expect(timely.consumerNoticeWindowEnds).toBe('2025-11-29');
    expect(timely.noticeWithinWindow).toBe(true);
    const late = regEDeadlines({ noticeDate: NOTICE, statementSentDate: '2025-09-15' }, fed);
    expect(late.consumerNoticeWindowEnds).toBe('2025-11-14');
    expect(late.noticeWithinWindow).toBe(false);
    const lastDay = regEDeadlines(
      { noticeDate: '2025-11-29', statementSentDate: '2025-09-30' },
      fed,
    );
    expect(lastDay.noticeWithinWindow).toBe(true);
  });

  it('1005.11(b)(2) written confirmation of an oral notice may be required within 10 business days', () => {
    expect(
      regEDeadlines({ noticeDate: NOTICE, oralNotice: true }, fed).writtenConfirmationDue,
    ).toBe('2025-12-04');
  });

  it('1005.11 leaves the event-driven deadlines empty until their events happen', () => {
    const d = regEDeadlines({ noticeDate: NOTICE }, fed);
    expect(d.writtenConfirmationDue).toBeNull();
    expect(d.provisionalCreditNoticeDue).toBeNull();
    expect(d.resultsNoticeDue).toBeNull();
    expect(d.correctionDue).toBeNull();
    expect(d.consumerNoticeWindowEnds).toBeNull();
    expect(d.noticeWithinWindow).toBeNull();
    expect(d.reversalHonorThrough).toBeNull();
    expect(() => regEDeadlines({ noticeDate: '2025-11-31' }, fed)).toThrow(RangeError);
  });

  it('1005.11(c)(3)(i) new account means within 30 days after the first deposit', () => {
    expect(isNewAccountTransfer('2025-11-01', '2025-11-01')).toBe(true);
    expect(isNewAccountTransfer('2025-11-01', '2025-12-01')).toBe(true);
    expect(isNewAccountTransfer('2025-11-01', '2025-12-02')).toBe(false);
    expect(isNewAccountTransfer('2025-11-01', '2025-10-31')).toBe(false);
    expect(isNewAccountTransfer(null, '2025-11-01')).toBe(false);
  });
});
