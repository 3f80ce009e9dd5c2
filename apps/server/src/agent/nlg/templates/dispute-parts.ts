import { disputeStatusLabels, isDisputeStatus } from '../../../domain/disputes/index.js';
import { humanizeDates } from '../format-date.js';
import { bag, day, flag, md, money, str } from '../read.js';
import type { Bag, RenderContext } from '../types.js';

/** "Under review": seed 004's `status_human`. */
export function statusLabel(d: Bag): string | null {
  const status = str(d, 'status');
  return status && isDisputeStatus(status) ? disputeStatusLabels[status] : null;
}

export function caseKind(d: Bag): string {
  return str(d, 'case_number')?.startsWith('FRAUD-') ? 'fraud case' : 'dispute';
}

export function disputeAmount(d: Bag): string | null {
  return money(d, 'amount_cents', 'amount');
}

export function merchantOf(d: Bag): { text: string; speech: string } {
  const merchant = str(d, 'merchant') ?? 'the merchant';
  return { text: md(merchant), speech: merchant };
}

/** The status sentence the dispute service wrote, in this module's date style. */
export function resolutionLine(d: Bag, ctx: RenderContext): string | null {
  const line = str(d, 'resolution_message');
  return line ? humanizeDates(line, ctx) : null;
}

/** Where the provisional credit stands, when that is worth saying. */
export function provisionalLine(d: Bag, ctx: RenderContext): string | null {
  const credit = bag(d, 'provisional_credit');
  const amount = money(credit, 'amount_cents') ?? disputeAmount(d);
  const status = str(d, 'status');
  const closed = status === 'won' || status === 'lost' || status === 'warning_closed';
  switch (str(credit, 'status')) {
    case 'credited': {
      const on = day(credit?.credited_at, ctx);
      return `Provisional credit of ${amount ?? 'the disputed amount'} was issued${on ? ` on ${on}` : ''}.`;
    }
    case 'pending': {
      const by = day(credit?.due_by, ctx);
      return closed || !by
        ? null
        : `If the investigation is still going on, provisional credit of ${amount ?? 'the disputed amount'} will be issued by ${by}.`;
    }
    case 'final':
      return `The provisional credit of ${amount ?? 'the disputed amount'} is now final.`;
    case 'reversed':
      return 'The provisional credit was reversed after the investigation.';
    default:
      return str(d, 'regulation') === 'Reg Z' && !closed
        ? `Under Regulation Z, you don't have to pay the disputed ${amount ?? 'amount'} while we investigate.`
        : null;
  }
}

/** Seed 004's "Next Steps" for each state of a case. */
export function nextSteps(d: Bag, ctx: RenderContext): string[] {
  const status = str(d, 'status');
  const submitted = flag(d, 'evidence_submitted');
  const due = day(d.evidence_due_by, ctx);
  switch (status) {
    case 'needs_response':
    case 'warning_needs_response':
      return [
        flag(d, 'past_due')
          ? 'The evidence deadline has passed, but tell me if you have something important to add'
          : `Send any evidence that supports your claim${due ? ` by ${due}` : ''}, such as receipts or messages with the merchant`,
        "You'll be notified when a decision is made",
      ];
    case 'under_review':
    case 'warning_under_review':
      return [
        ...(submitted ? ['Your evidence was submitted successfully'] : []),
        'No action required from you at this time',
        "You'll be notified when a decision is made",
      ];
    case 'lost':
      return [
        'You can ask for the documents we relied on',
        'If you have new information, tell us and we can look again',
      ];
    default:
      return [];
  }
}
