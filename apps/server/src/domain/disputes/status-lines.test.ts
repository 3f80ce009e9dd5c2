import { describe, expect, it } from 'vitest';
import { disputeStatuses } from './enums.js';
import { disputeStatusLabels, disputeStatusLine, humanDate } from './status-lines.js';

const now = new Date('2024-12-02T15:00:00Z');

describe('status lines', () => {
  it('asks for evidence with the date and the days left', () => {
    expect(
      disputeStatusLine({
        status: 'needs_response',
        now,
        evidenceDueBy: new Date('2025-01-01T00:00:00Z'),
      }),
    ).toBe('Evidence is needed by January 1, 2025 (30 days).');
    expect(
      disputeStatusLine({
        status: 'needs_response',
        now,
        evidenceDueBy: new Date('2024-12-03T12:00:00Z'),
      }),
    ).toBe('Evidence is needed by December 3, 2024 (1 day).');
  });

  it('says when the evidence deadline has passed', () => {
    expect(
      disputeStatusLine({
        status: 'needs_response',
        now,
        evidenceDueBy: new Date('2024-11-30T00:00:00Z'),
      }),
    ).toBe('The deadline for evidence, November 30, 2024, has passed.');
  });

  it('shows dates in the bank time zone', () => {
    const due = new Date('2025-01-01T03:00:00Z');
    expect(humanDate(due)).toBe('January 1, 2025');
    expect(humanDate(due, 'America/Denver')).toBe('December 31, 2024');
  });

  it('gives the review time in seed 004 words', () => {
    expect(
      disputeStatusLine({
        status: 'under_review',
        now,
        decisionDueBy: new Date('2025-01-16T15:00:00Z'),
      }),
    ).toBe('Your case is being reviewed. Decision expected within 45 days.');
    const overdue = new Date('2024-12-01T00:00:00Z');
    expect(disputeStatusLine({ status: 'under_review', now, decisionDueBy: overdue })).toBe(
      "Your case is being reviewed. We'll let you know as soon as there is a decision.",
    );
    expect(disputeStatusLine({ status: 'under_review', now })).toBe(
      "Your case is being reviewed. We'll let you know as soon as there is a decision.",
    );
  });

  it('announces the outcome', () => {
    expect(disputeStatusLine({ status: 'won', now, amountCents: 110_424 })).toBe(
      'Great news! The dispute was resolved in your favor. $1,104.24 has been credited to your account.',
    );
    expect(disputeStatusLine({ status: 'lost', now })).toBe(
      "The dispute was not resolved in your favor. We'll send you a written explanation, and you can ask for the documents we relied on.",
    );
    expect(
      disputeStatusLine({
        status: 'lost',
        now,
        lostExplanation: 'The merchant showed the order was delivered to your address.',
      }),
    ).toBe(
      'The dispute was not resolved in your favor. The merchant showed the order was delivered to your address.',
    );
  });

  it('has a label and a sentence for every status', () => {
    for (const status of disputeStatuses) {
      expect(disputeStatusLabels[status]).toBeTruthy();
      const line = disputeStatusLine({ status, now });
      expect(line).toMatch(/^[A-Z].*[.!]$/);
      expect(line).not.toMatch(/undefined|null|NaN/);
    }
  });

  it('explains the inquiry stage', () => {
    expect(
      disputeStatusLine({
        status: 'warning_needs_response',
        now,
        evidenceDueBy: new Date('2024-12-12T15:00:00Z'),
      }),
    ).toBe(
      "We've asked the merchant about this charge before opening a formal dispute. Anything that supports your claim is needed by December 12, 2024 (10 days).",
    );
  });
});
