import { describe, expect, it } from 'vitest';
import { createBankCalendar } from './business-calendar.js';
import { getComplianceDeadline } from './compliance-deadline.js';

const NY = 'America/New_York';
const context = (now: string) => ({
  now: new Date(now),
  calendar: createBankCalendar(),
  timeZone: NY,
});
// 2025-11-19 10:00 ET, a Wednesday.
const FILED = Date.UTC(2025, 10, 19, 15, 0) / 1000;
const SAME_DAY = context('2025-11-19T20:00:00Z');

describe('get_compliance_deadline (seed 004 §3.3)', () => {
  it("1005.11 returns exactly seed 004's shape for a debit card", () => {
    const result = getComplianceDeadline(
      { card_type: 'debit', dispute_created_at: FILED },
      SAME_DAY,
    );
    expect(result).toEqual({
      regulation: 'Reg E',
      deadlines: [
        {
          label: 'Provisional Credit Deadline',
          due_date: Date.UTC(2025, 11, 4) / 1000,
          due_date_human: 'December 4, 2025',
          days_from_now: 15,
          action_required: 'provisional_credit',
          regulation: 'Reg E',
        },
        {
          label: 'Investigation Deadline',
          due_date: Date.UTC(2026, 0, 3) / 1000,
          due_date_human: 'January 3, 2026',
          days_from_now: 45,
          action_required: 'resolution',
          regulation: 'Reg E',
        },
      ],
      summary:
        'Under Regulation E, you must receive provisional credit within 10 business days ' +
        '(by December 4, 2025) unless the investigation is finished sooner. The investigation ' +
        'must be completed within 45 days, by January 3, 2026.',
      urgent_action_required: false,
    });
  });

  it('1005.11(c)(3) seed 004 variant: new account or foreign transaction, 90 days', () => {
    const foreign = getComplianceDeadline(
      { card_type: 'debit', dispute_created_at: FILED, is_foreign_transaction: true },
      SAME_DAY,
    );
    expect(foreign.deadlines.map((d) => d.due_date_human)).toEqual([
      'December 4, 2025',
      'February 17, 2026',
    ]);
    expect(foreign.summary).toContain('within 10 business days');
    expect(foreign.summary).toContain(
      'within 90 days, by February 17, 2026, because the transaction was made outside the United States.',
    );

    const fresh = getComplianceDeadline(
      { card_type: 'debit', dispute_created_at: FILED, is_new_account: true },
      SAME_DAY,
    );
    expect(fresh.deadlines.map((d) => d.due_date_human)).toEqual([
      'December 18, 2025',
      'February 17, 2026',
    ]);
    expect(fresh.summary).toBe(
      'Under Regulation E, because your account is new, you must receive provisional credit within ' +
        '20 business days (by December 18, 2025) unless the investigation is finished sooner. The ' +
        'investigation must be completed within 90 days, by February 17, 2026.',
    );
  });

  it('1005.11(c)(3)(ii) POS and foreign together are both named', () => {
    const result = getComplianceDeadline(
      {
        card_type: 'prepaid',
        dispute_created_at: FILED,
        is_point_of_sale: true,
        is_foreign_transaction: true,
      },
      SAME_DAY,
    );
    expect(result.regulation).toBe('Reg E');
    expect(result.summary).toContain(
      'because this was a debit card purchase at a merchant and the transaction was made outside the United States.',
    );
  });

  it("1005.11 counts from the bank's local day the dispute arrived", () => {
    // 22:30 ET on Wednesday is already Thursday in UTC.
    const lateEvening = Date.UTC(2025, 10, 20, 3, 30) / 1000;
    const ny = getComplianceDeadline(
      { card_type: 'debit', dispute_created_at: lateEvening },
      SAME_DAY,
    );
    expect(ny.deadlines[0]?.due_date_human).toBe('December 4, 2025');
    const utc = getComplianceDeadline(
      { card_type: 'debit', dispute_created_at: lateEvening },
      { ...SAME_DAY, timeZone: 'UTC' },
    );
    expect(utc.deadlines[0]?.due_date_human).toBe('December 5, 2025');
  });

  it('1005.11 a dispute with no timestamp is counted from now', () => {
    const result = getComplianceDeadline({ card_type: 'debit' }, SAME_DAY);
    expect(result.deadlines[0]?.due_date_human).toBe('December 4, 2025');
    expect(() =>
      getComplianceDeadline({ card_type: 'debit', dispute_created_at: 1.5 }, SAME_DAY),
    ).toThrow(RangeError);
  });

  it('1005.11 flags a deadline due within 2 days, or past, as urgent', () => {
    const input = { card_type: 'debit' as const, dispute_created_at: FILED };
    const threeDays = getComplianceDeadline(input, context('2025-12-01T15:00:00Z'));
    expect(threeDays.deadlines[0]?.days_from_now).toBe(3);
    expect(threeDays.urgent_action_required).toBe(false);
    const twoDays = getComplianceDeadline(input, context('2025-12-02T15:00:00Z'));
    expect(twoDays.deadlines[0]?.days_from_now).toBe(2);
    expect(twoDays.urgent_action_required).toBe(true);
    const past = getComplianceDeadline(input, context('2025-12-10T15:00:00Z'));
    expect(past.deadlines[0]?.days_from_now).toBe(-6);
    expect(past.urgent_action_required).toBe(true);
  });

  it('1026.13 credit cards get the Reg Z acknowledgment and billing-cycle resolution', () => {
    const result = getComplianceDeadline(
      { card_type: 'credit', dispute_created_at: FILED, statement_day: 15 },
      SAME_DAY,
    );
    expect(result.regulation).toBe('Reg Z');
    expect(result.deadlines).toEqual([
      {
        label: 'Acknowledgment Deadline',
        due_date: Date.UTC(2025, 11, 19) / 1000,
        due_date_human: 'December 19, 2025',
        days_from_now: 30,
        action_required: 'acknowledgment',
        regulation: 'Reg Z',
      },
      {
        label: 'Resolution Deadline',
        due_date: Date.UTC(2026, 1, 15) / 1000,
        due_date_human: 'February 15, 2026',
        days_from_now: 88,
        action_required: 'resolution',
        regulation: 'Reg Z',
      },
    ]);
    expect(result.summary).toBe(
      'Under Regulation Z, the bank must acknowledge your dispute in writing within 30 days (by ' +
        'December 19, 2025) and resolve it within two complete billing cycles, by February 15, ' +
        "2026. Until then you don't have to pay the disputed amount, but there is no provisional " +
        'credit as there is for debit cards.',
    );
  });

  it('1026.13(c)(2) the summary names the 90-day limit when it decides', () => {
    const result = getComplianceDeadline(
      { card_type: 'credit', dispute_created_at: FILED, statement_day: 18 },
      SAME_DAY,
    );
    expect(result.deadlines[1]?.due_date_human).toBe('February 17, 2026');
    expect(result.summary).toContain('resolve it within 90 days, by February 17, 2026.');
  });

  it('1026.13(c)(2) without a statement day only the 90-day outer limit is known', () => {
    const result = getComplianceDeadline(
      { card_type: 'credit', dispute_created_at: FILED },
      SAME_DAY,
    );
    expect(result.deadlines[1]?.due_date_human).toBe('February 17, 2026');
    expect(result.summary).toContain(
      'resolve it within two complete billing cycles and no later than February 17, 2026.',
    );
    expect(result.summary).not.toContain('Regulation E');
  });
});
