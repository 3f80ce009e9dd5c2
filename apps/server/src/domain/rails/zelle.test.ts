import { describe, expect, it } from 'vitest';
import { createBankCalendar } from '../regulation/index.js';
import { canCancelZelle, canZelleTransition, zelleTiming } from './zelle.js';

const fed = createBankCalendar();
const NY = { timeZone: 'America/New_York' };
const SENT = new Date('2025-11-21T15:00:00Z');

describe('Zelle timing and statuses (RULES.md §8.1)', () => {
  it('to an enrolled recipient: within minutes', () => {
    const t = zelleTiming(
      { initiatedAt: SENT, recipientEnrolledAt: new Date('2024-01-01') },
      fed,
      NY,
    );
    expect(t).toEqual({ kind: 'within_minutes', expectedBy: new Date('2025-11-21T15:15:00Z') });
    const quick = zelleTiming({ initiatedAt: SENT, recipientEnrolledAt: SENT }, fed, {
      ...NY,
      enrolledDeliveryMinutes: 5,
    });
    expect(quick).toEqual({ kind: 'within_minutes', expectedBy: new Date('2025-11-21T15:05:00Z') });
  });

  it('to an unenrolled recipient: waits, then expires after 14 days by default', () => {
    expect(zelleTiming({ initiatedAt: SENT, recipientEnrolledAt: null }, fed, NY)).toEqual({
      kind: 'awaiting_enrollment',
      expiresAfter: '2025-12-05',
    });
    const short = zelleTiming({ initiatedAt: SENT, recipientEnrolledAt: null }, fed, {
      ...NY,
      unclaimedExpiryDays: 10,
    });
    expect(short).toEqual({ kind: 'awaiting_enrollment', expiresAfter: '2025-12-01' });
    expect(() =>
      zelleTiming({ initiatedAt: SENT, recipientEnrolledAt: null }, fed, {
        ...NY,
        unclaimedExpiryDays: 0,
      }),
    ).toThrow(RangeError);
  });

  it('after enrollment: up to 3 business days, over a weekend and a holiday', () => {
    const saturday = zelleTiming(
      { initiatedAt: SENT, recipientEnrolledAt: new Date('2025-11-22T18:00:00Z') },
      fed,
      NY,
    );
    expect(saturday).toEqual({
      kind: 'after_enrollment',
      enrolledOn: '2025-11-22',
      expectedByDate: '2025-11-26',
    });
    const beforeThanksgiving = zelleTiming(
      { initiatedAt: SENT, recipientEnrolledAt: new Date('2025-11-26T18:00:00Z') },
      fed,
      NY,
    );
    expect(beforeThanksgiving).toMatchObject({ expectedByDate: '2025-12-02' });
  });

  it('enrollment after the claim period ends is too late', () => {
    const onLastDay = zelleTiming(
      { initiatedAt: SENT, recipientEnrolledAt: new Date('2025-12-05T20:00:00Z') },
      fed,
      NY,
    );
    expect(onLastDay.kind).toBe('after_enrollment');
    const late = zelleTiming(
      { initiatedAt: SENT, recipientEnrolledAt: new Date('2025-12-06T15:00:00Z') },
      fed,
      NY,
    );
    expect(late).toEqual({ kind: 'expired', expiredAfter: '2025-12-05' });
  });

  it('moves between statuses only along the model', () => {
    expect(canZelleTransition('pending_enrollment', 'sent')).toBe(true);
    expect(canZelleTransition('pending_enrollment', 'expired_returned')).toBe(true);
    expect(canZelleTransition('sent', 'delivered')).toBe(true);
    expect(canZelleTransition('sent', 'cancelled')).toBe(false);
    expect(canZelleTransition('delivered', 'cancelled')).toBe(false);
    expect(canZelleTransition('held_for_review', 'sent')).toBe(true);
    expect(canCancelZelle('pending_enrollment')).toBe(true);
    expect(canCancelZelle('sent')).toBe(false);
  });
});
