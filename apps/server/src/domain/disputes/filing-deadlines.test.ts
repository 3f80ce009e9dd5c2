import { describe, expect, it } from 'vitest';
import { disputeReasons } from './enums.js';
import {
  DEFAULT_EVIDENCE_WINDOW_DAYS,
  evidenceDueDate,
  latestFilingDate,
} from './filing-deadlines.js';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('network filing limits', () => {
  it('allows 120 days on Visa for every reason', () => {
    for (const reason of disputeReasons) {
      for (const cardPresent of [true, false]) {
        expect(
          latestFilingDate({
            reason,
            network: 'visa',
            cardPresent,
            transactionDate: day('2025-01-10'),
          }),
        ).toEqual(day('2025-05-10'));
      }
    }
  });

  it('allows 120 days on Mastercard, and 90 for a duplicate (4834) where sources disagree', () => {
    const base = {
      network: 'mastercard' as const,
      cardPresent: false,
      transactionDate: day('2025-01-10'),
    };
    expect(latestFilingDate({ ...base, reason: 'fraudulent' })).toEqual(day('2025-05-10'));
    expect(latestFilingDate({ ...base, reason: 'unrecognized' })).toEqual(day('2025-05-10'));
    expect(latestFilingDate({ ...base, reason: 'duplicate' })).toEqual(day('2025-04-10'));
  });

  it('counts calendar days across a leap day and keeps the time of day', () => {
    const at = new Date('2024-01-31T15:30:00Z');
    expect(
      latestFilingDate({
        reason: 'fraudulent',
        network: 'visa',
        cardPresent: false,
        transactionDate: at,
      }),
    ).toEqual(new Date('2024-05-30T15:30:00Z'));
  });

  it('runs from a later expected delivery date, capped at 540 days from the sale', () => {
    const base = {
      reason: 'product_not_received' as const,
      network: 'visa' as const,
      cardPresent: false,
      transactionDate: day('2025-01-01'),
    };
    expect(latestFilingDate({ ...base, laterStartDate: day('2025-03-01') })).toEqual(
      day('2025-06-29'),
    );
    // Delivery promised 500 days out: 120 more would pass the 540-day cap.
    expect(latestFilingDate({ ...base, laterStartDate: day('2026-05-16') })).toEqual(
      day('2026-06-25'),
    );
    // An earlier "later" date cannot shorten the window.
    expect(latestFilingDate({ ...base, laterStartDate: day('2024-12-01') })).toEqual(
      day('2025-05-01'),
    );
  });

  it('ignores a later start for codes that do not allow one', () => {
    for (const [reason, network] of [
      ['fraudulent', 'visa'],
      ['product_unacceptable', 'mastercard'],
      ['duplicate', 'mastercard'],
    ] as const) {
      const base = { reason, network, cardPresent: false, transactionDate: day('2025-01-01') };
      expect(latestFilingDate({ ...base, laterStartDate: day('2025-03-01') })).toEqual(
        latestFilingDate(base),
      );
    }
  });

  it('gives 60 days for an unauthorized ACH debit and none where no network window applies', () => {
    const transactionDate = day('2025-01-01');
    expect(
      latestFilingDate({
        reason: 'fraudulent',
        network: 'ach',
        cardPresent: null,
        transactionDate,
      }),
    ).toEqual(day('2025-03-02'));
    for (const network of ['zelle', 'other', 'amex', 'discover'] as const) {
      expect(
        latestFilingDate({ reason: 'fraudulent', network, cardPresent: false, transactionDate }),
      ).toBeNull();
    }
  });
});

describe('evidence due date', () => {
  it('defaults to 30 days, as in seed 004', () => {
    expect(DEFAULT_EVIDENCE_WINDOW_DAYS).toBe(30);
    // Seed 004's check_dispute_status example: created_at 1733097600, evidence_due_by 1735689600.
    expect(evidenceDueDate(new Date(1_733_097_600_000)).getTime()).toBe(1_735_689_600_000);
  });

  it('takes the number of days as a parameter', () => {
    expect(evidenceDueDate(day('2025-03-01'), 10)).toEqual(day('2025-03-11'));
  });

  it('refuses a window that is not a positive whole number of days', () => {
    for (const days of [0, -1, 1.5, Number.NaN]) {
      expect(() => evidenceDueDate(day('2025-03-01'), days)).toThrow(RangeError);
    }
  });
});
