import { eq, sql } from 'drizzle-orm';
import {
  acceptsEvidence,
  disputeEvents,
  disputeEvidence,
  disputes,
  newId,
  postProvisionalCredit,
  refusal,
  reverseProvisionalCredit,
  transitionDispute,
  validateEvidence,
} from './deps.js';
import type {
  DisputeContext,
  DisputeRow,
  DisputeStatus,
  EvidenceType,
  Refusal,
  Tx,
} from './deps.js';

async function lockDispute(tx: Tx, disputeId: string): Promise<DisputeRow | undefined> {
  const [row] = await tx.select().from(disputes).where(eq(disputes.id, disputeId)).for('update');
  return row;
}

async function event(
  ctx: DisputeContext,
  disputeId: string,
  type: string,
  data: Record<string, unknown>,
): Promise<void> {
  await ctx.tx
    .insert(disputeEvents)
    .values({ id: newId('disputeEvent'), disputeId, type, data, createdAt: ctx.now });
}

async function moveTo(
  ctx: DisputeContext,
  dispute: DisputeRow,
  to: DisputeStatus,
  extra: Partial<DisputeRow> = {},
): Promise<DisputeRow | Refusal> {
  const move = transitionDispute(dispute.status, to);
  if (!move.ok) return refusal('INVALID_TRANSITION', move.message);
  const [updated] = await ctx.tx
    .update(disputes)
    .set({ ...extra, status: to, updatedAt: ctx.now })
    .where(eq(disputes.id, dispute.id))
    .returning();
  await event(ctx, dispute.id, 'dispute.status_changed', {
    from: dispute.status,
    to,
    action: move.action,
  });
  return updated!;
}

/**
 * Evidence for a dispute (seed 004's eleven types, 20,000 characters each). Submitting it to the
 * network moves the case from "needs response" to "under review".
 */
export async function addEvidence(
  ctx: DisputeContext,
  input: { disputeId: string; type: EvidenceType; content: string; submitToNetwork: boolean },
): Promise<{ dispute: DisputeRow; evidenceId: string } | Refusal> {
  const checked = validateEvidence({ type: input.type, content: input.content });
  if (!checked.ok) return refusal(checked.code, checked.message);
  const dispute = await lockDispute(ctx.tx, input.disputeId);
  if (!dispute) return refusal('NOT_FOUND', 'no such dispute');
  if (!acceptsEvidence(dispute.status)) {
    return refusal(
      'INVALID_TRANSITION',
      `a dispute that is ${dispute.status.replaceAll('_', ' ')} no longer takes evidence`,
    );
  }
  const evidenceId = newId('disputeEvidence');
  await ctx.tx.insert(disputeEvidence).values({
    id: evidenceId,
    disputeId: dispute.id,
    type: input.type,
    content: input.content,
    submittedToNetworkAt: input.submitToNetwork ? ctx.now : null,
    createdAt: ctx.now,
  });
  await event(ctx, dispute.id, 'dispute.evidence_added', {
    evidence_type: input.type,
    submitted: input.submitToNetwork,
  });
  const [updated] = await ctx.tx
    .update(disputes)
    .set({
      updatedAt: ctx.now,
      ...(input.submitToNetwork
        ? { evidenceSubmissionCount: sql`${disputes.evidenceSubmissionCount} + 1` }
        : {}),
    })
    .where(eq(disputes.id, dispute.id))
    .returning();
  if (!input.submitToNetwork) return { dispute: updated!, evidenceId };
  const target =
    dispute.status === 'warning_needs_response' ? 'warning_under_review' : 'under_review';
  const moved = await moveTo(ctx, updated!, target);
  if ('ok' in moved) return moved;
  return { dispute: moved, evidenceId };
}

/** Regulation E provisional credit, posted through the ledger (back office, or automatically). */
export async function creditDisputeProvisionally(
  ctx: DisputeContext,
  disputeId: string,
): Promise<DisputeRow | Refusal> {
  const dispute = await lockDispute(ctx.tx, disputeId);
  if (!dispute) return refusal('NOT_FOUND', 'no such dispute');
  if (dispute.provisionalCreditStatus !== 'pending') {
    return refusal(
      'CONFLICT',
      `provisional credit is ${dispute.provisionalCreditStatus.replaceAll('_', ' ')}`,
    );
  }
  const { journalId } = await postProvisionalCredit(ctx.tx, ctx.ledger, {
    accountId: dispute.accountId,
    amountCents: dispute.amountCents,
    disputeId: dispute.id,
    caseNumber: dispute.caseNumber,
    at: ctx.now,
  });
  const [updated] = await ctx.tx
    .update(disputes)
    .set({
      provisionalCreditStatus: 'credited',
      provisionalCreditCents: dispute.amountCents,
      provisionalCreditJournalId: journalId,
      provisionalCreditAt: ctx.now,
      updatedAt: ctx.now,
    })
    .where(eq(disputes.id, dispute.id))
    .returning();
  await event(ctx, dispute.id, 'dispute.provisional_credit_posted', {
    amount_cents: dispute.amountCents,
  });
  return updated!;
}

/**
 * The decision. Won: a provisional credit becomes final. Lost: it is reversed through the ledger
 * (Reg E 1005.11(d)(2): the customer is told, and checks keep being honoured for 5 business days).
 */
export async function resolveDispute(
  ctx: DisputeContext,
  input: { disputeId: string; outcome: 'won' | 'lost'; resolution: string },
): Promise<DisputeRow | Refusal> {
  const dispute = await lockDispute(ctx.tx, input.disputeId);
  if (!dispute) return refusal('NOT_FOUND', 'no such dispute');
  const moved = await moveTo(ctx, dispute, input.outcome, {
    resolvedAt: ctx.now,
    resolution: input.resolution,
  });
  if ('ok' in moved) return moved;
  if (dispute.provisionalCreditStatus !== 'credited' || !dispute.provisionalCreditJournalId)
    return moved;
  if (input.outcome === 'lost') {
    await reverseProvisionalCredit(ctx.tx, ctx.ledger, {
      journalId: dispute.provisionalCreditJournalId,
      disputeId: dispute.id,
      caseNumber: dispute.caseNumber,
    });
  }
  const [final] = await ctx.tx
    .update(disputes)
    .set({
      provisionalCreditStatus: input.outcome === 'lost' ? 'reversed' : 'final',
      updatedAt: ctx.now,
    })
    .where(eq(disputes.id, dispute.id))
    .returning();
  await event(
    ctx,
    dispute.id,
    input.outcome === 'lost'
      ? 'dispute.provisional_credit_reversed'
      : 'dispute.provisional_credit_final',
    {
      amount_cents: dispute.amountCents,
    },
  );
  return final!;
}
