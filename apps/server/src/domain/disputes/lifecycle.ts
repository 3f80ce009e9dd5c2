import { isDisputeStatus } from './enums.js';
import type { DisputeRefusal, DisputeStatus } from './enums.js';

/**
 * What can happen to a dispute. Seed 004 reads Stripe's statuses from the cardholder's side:
 * `needs_response` means the bank is waiting for the customer's evidence, `won` means the customer
 * got the money back.
 *
 * - submit_evidence: the evidence goes to the network (or to the merchant at the inquiry stage).
 * - escalate: an inquiry or pre-dispute did not settle the matter and becomes a full chargeback.
 * - close_inquiry: the inquiry ended without a chargeback (answered, refunded, or dropped).
 * - decide_won / decide_lost: the outcome. From `needs_response` these cover a merchant that
 *   refunds before review (won) and a claim withdrawn or left without evidence past its due date
 *   (lost), the same shortcuts Stripe allows.
 */
export const disputeActions = [
  'submit_evidence',
  'escalate',
  'close_inquiry',
  'decide_won',
  'decide_lost',
] as const;
export type DisputeAction = (typeof disputeActions)[number];

type Moves = Readonly<Partial<Record<DisputeAction, DisputeStatus>>>;

/** The whole graph. Anything not listed is refused; won, lost and warning_closed are final. */
const moves: Readonly<Record<DisputeStatus, Moves>> = {
  warning_needs_response: {
    submit_evidence: 'warning_under_review',
    escalate: 'needs_response',
    close_inquiry: 'warning_closed',
  },
  warning_under_review: {
    escalate: 'needs_response',
    close_inquiry: 'warning_closed',
  },
  warning_closed: {},
  needs_response: {
    submit_evidence: 'under_review',
    decide_won: 'won',
    decide_lost: 'lost',
  },
  under_review: {
    decide_won: 'won',
    decide_lost: 'lost',
  },
  won: {},
  lost: {},
};

export interface DisputeMove {
  action: DisputeAction;
  to: DisputeStatus;
}

export type DisputeTransition =
  { ok: true; from: DisputeStatus; to: DisputeStatus; action: DisputeAction } | DisputeRefusal;

/** Where a new dispute starts: an inquiry (pre-dispute) or a chargeback straight away. */
export function initialDisputeStatus(stage: 'inquiry' | 'chargeback'): DisputeStatus {
  return stage === 'inquiry' ? 'warning_needs_response' : 'needs_response';
}

export function isFinalDisputeStatus(status: DisputeStatus): boolean {
  return Object.keys(moves[status]).length === 0;
}

/** Evidence is only taken before it has been sent on; after that the case is with the reviewer. */
export function acceptsEvidence(status: DisputeStatus): boolean {
  return status === 'needs_response' || status === 'warning_needs_response';
}

/** Every move open from `from`, in a fixed order, so an agent can say what may happen next. */
export function allowedDisputeMoves(from: DisputeStatus): DisputeMove[] {
  const options = isDisputeStatus(from) ? moves[from] : {};
  return disputeActions.flatMap((action) => {
    const to = options[action];
    return to === undefined ? [] : [{ action, to }];
  });
}

/** Applies an action; refuses with INVALID_TRANSITION when the status does not allow it. */
export function applyDisputeAction(from: DisputeStatus, action: DisputeAction): DisputeTransition {
  if (!isDisputeStatus(from)) return refuse(`unknown dispute status "${String(from)}"`);
  const to = moves[from][action];
  if (to === undefined) return refuse(`a dispute that is ${from} cannot take "${action}"`);
  return { ok: true, from, to, action };
}

/** Checks a move named by its target status (an operator recording an outcome, say). */
export function transitionDispute(from: DisputeStatus, to: DisputeStatus): DisputeTransition {
  if (!isDisputeStatus(from)) return refuse(`unknown dispute status "${String(from)}"`);
  if (!isDisputeStatus(to)) return refuse(`unknown dispute status "${String(to)}"`);
  const move = allowedDisputeMoves(from).find((m) => m.to === to);
  if (move === undefined) return refuse(`a dispute cannot move from ${from} to ${to}`);
  return { ok: true, from, to, action: move.action };
}

function refuse(message: string): DisputeRefusal {
  return { ok: false, code: 'INVALID_TRANSITION', message };
}
