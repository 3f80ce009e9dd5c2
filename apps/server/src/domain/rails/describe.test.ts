import { describe, expect, it } from 'vitest';
import { describeStopPayment } from './describe-stop-payment.js';
import { describeTransferStatus } from './describe-transfer.js';
import { stopPaymentDates } from './stop-payment.js';

const base = { amountCents: 50_000, counterpartyName: 'Vanguard' };

describe('transfer status explanations', () => {
  it('says when a pending ACH transfer should arrive', () => {
    expect(
      describeTransferStatus({
        ...base,
        rail: 'ach',
        status: 'pending',
        expectedDate: '2026-11-24',
      }),
    ).toBe(
      'Your ACH transfer of $500.00 to Vanguard is pending; it should arrive by Tuesday, November 24.',
    );
  });

  it('explains Zelle statuses', () => {
    const zelle = { rail: 'zelle' as const, amountCents: 4_000, counterpartyName: 'Sam' };
    expect(describeTransferStatus({ ...zelle, status: 'sent', withinMinutes: true })).toBe(
      'Your Zelle payment of $40.00 to Sam has been sent; it should arrive within minutes.',
    );
    expect(
      describeTransferStatus({
        ...zelle,
        status: 'pending_enrollment',
        expiresAfter: '2025-12-05',
      }),
    ).toBe(
      'Your Zelle payment of $40.00 to Sam is waiting for the recipient to enroll with Zelle. If ' +
        "they don't enroll by Friday, December 5, the money comes back to you. You can still cancel it.",
    );
    expect(
      describeTransferStatus({ ...zelle, status: 'expired_returned', settledDate: '2025-12-06' }),
    ).toBe(
      'Your Zelle payment of $40.00 to Sam was not claimed in time, so the money was returned to ' +
        'your account on Saturday, December 6.',
    );
    expect(describeTransferStatus({ ...zelle, status: 'held_for_review' })).toBe(
      "Your Zelle payment of $40.00 to Sam is on hold for a security review; it won't move until the review is finished.",
    );
  });

  it('explains a wire held over the cutoff, with its fee', () => {
    expect(
      describeTransferStatus({
        rail: 'wire',
        status: 'pending',
        amountCents: 1_250_000,
        counterpartyName: 'Acme Title',
        expectedDate: '2025-11-24',
        wireSchedule: 'after_cutoff',
        feeCents: 2_500,
      }),
    ).toBe(
      'Your wire transfer of $12,500.00 to Acme Title is scheduled to go out on Monday, November 24 ' +
        "because it came in after today's wire cutoff; once sent, a wire cannot be recalled. A fee " +
        'of $25.00 applies.',
    );
    expect(
      describeTransferStatus({ ...base, rail: 'wire', status: 'sent', expectedDate: '2025-11-24' }),
    ).toBe(
      'Your wire transfer of $500.00 to Vanguard has been sent and can no longer be recalled; it ' +
        'should arrive by Monday, November 24.',
    );
  });

  it('explains finished and failed transfers without a fee line', () => {
    expect(
      describeTransferStatus({
        ...base,
        rail: 'ach',
        status: 'completed',
        settledDate: '2025-11-24',
      }),
    ).toBe('Your ACH transfer of $500.00 to Vanguard was completed on Monday, November 24.');
    expect(
      describeTransferStatus({
        ...base,
        rail: 'ach',
        status: 'cancelled',
        sameDay: true,
        feeCents: 500,
      }),
    ).toBe(
      'Your same-day ACH transfer of $500.00 to Vanguard was cancelled, so the money was not sent.',
    );
    expect(describeTransferStatus({ ...base, rail: 'ach', status: 'returned' })).toBe(
      'Your ACH transfer of $500.00 to Vanguard was returned by the receiving bank, and the money goes back to your account.',
    );
  });

  it('explains a stop payment, warning when an oral order needs confirming', () => {
    const dates = stopPaymentDates(
      { placedAt: new Date('2025-11-03T15:00:00Z'), oral: true },
      { timeZone: 'America/New_York' },
    );
    expect(
      describeStopPayment({
        checkNumber: 1042,
        amountCents: 20_000,
        payeeName: 'Acme Roofing',
        dates,
        feeCents: 3_500,
      }),
    ).toBe(
      'A stop payment is in place on check #1042 for $200.00 to Acme Roofing. It stays in effect ' +
        'through May 3, 2026. Because it was not placed in writing, please confirm it in writing ' +
        'by November 17, 2025, or it will lapse after that day. A stop-payment fee of $35.00 applies.',
    );
  });
});
