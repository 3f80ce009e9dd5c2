import { describe, expect, it } from 'vitest';
import { disputeStatuses } from './enums.js';
import type { DisputeStatus } from './enums.js';
import {
  acceptsEvidence,
  allowedDisputeMoves,
  applyDisputeAction,
  disputeActions,
  initialDisputeStatus,
  isFinalDisputeStatus,
  transitionDispute,
} from './lifecycle.js';
import type { DisputeAction } from './lifecycle.js';

const legal: ReadonlyArray<[DisputeStatus, DisputeAction, DisputeStatus]> = [
  ['warning_needs_response', 'submit_evidence', 'warning_under_review'],
  ['warning_needs_response', 'escalate', 'needs_response'],
  ['warning_needs_response', 'close_inquiry', 'warning_closed'],
  ['warning_under_review', 'escalate', 'needs_response'],
  ['warning_under_review', 'close_inquiry', 'warning_closed'],
  ['needs_response', 'submit_evidence', 'under_review'],
  ['needs_response', 'decide_won', 'won'],
  ['needs_response', 'decide_lost', 'lost'],
  ['under_review', 'decide_won', 'won'],
  ['under_review', 'decide_lost', 'lost'],
];

const isLegal = (from: DisputeStatus, to: DisputeStatus) =>
  legal.some(([f, , t]) => f === from && t === to);

describe('dispute lifecycle', () => {
  it.each(legal)('%s --%s--> %s', (from, action, to) => {
    expect(applyDisputeAction(from, action)).toEqual({ ok: true, from, to, action });
    expect(transitionDispute(from, to)).toEqual({ ok: true, from, to, action });
  });

  it('refuses every other pair of statuses, including staying put', () => {
    let refused = 0;
    for (const from of disputeStatuses) {
      for (const to of disputeStatuses) {
        if (isLegal(from, to)) continue;
        const result = transitionDispute(from, to);
        expect(result.ok, `${from} -> ${to}`).toBe(false);
        if (!result.ok) {
          expect(result.code).toBe('INVALID_TRANSITION');
          expect(result.message).toContain(from);
        }
        refused += 1;
      }
    }
    expect(refused).toBe(7 * 7 - legal.length);
  });

  it('refuses every action not in the graph', () => {
    for (const from of disputeStatuses) {
      for (const action of disputeActions) {
        if (legal.some(([f, a]) => f === from && a === action)) continue;
        expect(applyDisputeAction(from, action)).toMatchObject({
          ok: false,
          code: 'INVALID_TRANSITION',
        });
      }
    }
  });

  it.each([
    ['under_review', 'needs_response'],
    ['won', 'lost'],
    ['lost', 'under_review'],
    ['warning_closed', 'needs_response'],
    ['needs_response', 'warning_needs_response'],
    ['under_review', 'warning_closed'],
  ] as const)('names the refusal for %s -> %s', (from, to) => {
    expect(transitionDispute(from, to)).toEqual({
      ok: false,
      code: 'INVALID_TRANSITION',
      message: `a dispute cannot move from ${from} to ${to}`,
    });
  });

  it('lets nothing leave won, lost or warning_closed', () => {
    for (const status of ['won', 'lost', 'warning_closed'] as const) {
      expect(isFinalDisputeStatus(status)).toBe(true);
      expect(allowedDisputeMoves(status)).toEqual([]);
    }
    for (const status of ['warning_needs_response', 'needs_response', 'under_review'] as const) {
      expect(isFinalDisputeStatus(status)).toBe(false);
    }
  });

  it('refuses statuses it does not know instead of throwing', () => {
    const bogus = 'escalated' as DisputeStatus;
    expect(transitionDispute(bogus, 'won')).toMatchObject({ code: 'INVALID_TRANSITION' });
    expect(transitionDispute('under_review', bogus)).toMatchObject({ code: 'INVALID_TRANSITION' });
    expect(applyDisputeAction(bogus, 'decide_won')).toMatchObject({ code: 'INVALID_TRANSITION' });
    expect(allowedDisputeMoves(bogus)).toEqual([]);
  });

  it('lists the moves open from a status in a stable order', () => {
    expect(allowedDisputeMoves('needs_response')).toEqual([
      { action: 'submit_evidence', to: 'under_review' },
      { action: 'decide_won', to: 'won' },
      { action: 'decide_lost', to: 'lost' },
    ]);
  });

  it('starts inquiries and chargebacks where Stripe does', () => {
    expect(initialDisputeStatus('inquiry')).toBe('warning_needs_response');
    expect(initialDisputeStatus('chargeback')).toBe('needs_response');
  });

  it('takes evidence only before it has been sent on', () => {
    const open = disputeStatuses.filter(acceptsEvidence);
    expect(open).toEqual(['warning_needs_response', 'needs_response']);
  });
});
