import { and, count, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { accounts, disputeEvidence, disputes, transactions } from '../db/index.js';
import { addEvidence, fileDispute, isRefusal, presentDispute } from '../disputes/index.js';
import type { DisputeContext, DisputeRow } from '../disputes/index.js';
import { disputeReasons, evidenceTypes } from '../domain/disputes/index.js';
import { formatUsd } from '../domain/index.js';
import { formatLongDate, localDateOf } from '../domain/regulation/index.js';
import { findTransactions } from './transaction-query.js';
import { defineTool, refuse } from './tool.js';
import type { ToolContext } from './tool.js';

export function disputeContext(ctx: ToolContext): DisputeContext {
  return {
    tx: ctx.tx,
    now: ctx.now,
    ledger: ctx.ledger,
    calendar: ctx.services.calendar,
    timeZone: ctx.services.timeZone,
    evidenceDays: ctx.services.bank.disputeEvidenceDays,
  };
}

/** What a dispute reads like to the customer, in seed 004's status shape. */
export async function describeDispute(ctx: ToolContext, dispute: DisputeRow) {
  const [row] = await ctx.tx
    .select({
      description: transactions.description,
      merchantName: transactions.merchantName,
      statementDay: accounts.statementDay,
    })
    .from(transactions)
    .innerJoin(accounts, eq(accounts.id, transactions.accountId))
    .where(eq(transactions.id, dispute.transactionId));
  const [evidence] = await ctx.tx
    .select({ n: count() })
    .from(disputeEvidence)
    .where(eq(disputeEvidence.disputeId, dispute.id));
  return presentDispute(
    dispute,
    {
      merchant: row?.merchantName ?? row?.description ?? 'the merchant',
      evidenceCount: Number(evidence?.n ?? 0),
    },
    {
      now: ctx.now,
      calendar: ctx.services.calendar,
      timeZone: ctx.services.timeZone,
      statementDay: row?.statementDay ?? null,
    },
  );
}

/** Seed 004's `file_dispute` answer, plus the case number a person can read out. */
async function filed(ctx: ToolContext, dispute: DisputeRow) {
  const status = await describeDispute(ctx, dispute);
  const evidenceDue = localDateOf(dispute.evidenceDueBy!, ctx.services.timeZone);
  const eligible = dispute.regulation === 'reg_e';
  const days = status.provisional_credit.due_by ? (dispute.isNewAccount ? 20 : 10) : null;
  return {
    ok: true as const,
    success: true,
    dispute_id: dispute.id,
    case_number: dispute.caseNumber,
    status: dispute.status,
    amount_cents: dispute.amountCents,
    amount: formatUsd(dispute.amountCents),
    merchant: status.merchant,
    network_reason_code: dispute.networkReasonCode,
    regulation: status.regulation,
    evidence_due_by: status.evidence_due_by,
    evidence_due_by_human: formatLongDate(evidenceDue),
    provisional_credit_eligible: eligible,
    provisional_credit_deadline_days: days,
    decision_due_by: status.decision_due_by,
    message: eligible
      ? `Your dispute has been filed (case ${dispute.caseNumber}). For debit cards, provisional credit of ${formatUsd(dispute.amountCents)} will be issued within ${days} business days if the investigation is still going on.`
      : `Your dispute has been filed (case ${dispute.caseNumber}). Under Regulation Z you do not have to pay the disputed ${formatUsd(dispute.amountCents)} while we investigate; we will resolve it within two billing cycles and no later than 90 days.`,
  };
}

export const fileDisputeTool = defineTool({
  name: 'file_dispute',
  title: 'File a dispute',
  description:
    'Create a new dispute for a posted charge (seed 004 schema). Returns the dispute id, a case number, the evidence due date and whether Regulation E provisional credit applies. Find the charge first with lookup_transaction.',
  input: z.strictObject({
    charge_id: z
      .string()
      .regex(/^ch_[a-zA-Z0-9]{24}$/)
      .describe('Transaction/charge ID to dispute'),
    reason: z.enum(disputeReasons).describe('Category of the dispute'),
    complaint_narrative: z
      .string()
      .max(5000)
      .optional()
      .describe("Customer's description of the issue"),
    amount_cents: z.number().int().optional().describe('Optional partial dispute amount'),
  }),
  minLevel: 2,
  piiAccessed: true,
  complianceFlags: ['dispute'],
  async handler(ctx, input) {
    const dispute = await fileDispute(disputeContext(ctx), {
      customerId: ctx.customerId!,
      transactionId: input.charge_id,
      reason: input.reason,
      narrative: input.complaint_narrative,
      amountCents: input.amount_cents,
    });
    return isRefusal(dispute) ? dispute : filed(ctx, dispute);
  },
});

export const disputeCharge = defineTool({
  name: 'dispute_charge',
  title: 'Dispute a charge (by merchant and amount)',
  description:
    'Seed 000’s dispute tool: finds the charge from what the customer says (a transaction id, or the merchant and amount) and files the dispute. Ambiguous descriptions come back with the candidates to choose from.',
  input: z.strictObject({
    transaction_id: z
      .string()
      .regex(/^ch_[a-zA-Z0-9]{24}$/)
      .optional(),
    merchant: z.string().min(2).max(80).optional(),
    amount_cents: z.number().int().positive().optional(),
    reason: z.enum(disputeReasons).default('general'),
    description: z.string().max(5000).optional(),
  }),
  minLevel: 2,
  piiAccessed: true,
  complianceFlags: ['dispute'],
  async handler(ctx, input) {
    let transactionId = input.transaction_id;
    if (!transactionId) {
      if (!input.merchant && input.amount_cents === undefined) {
        return refuse('INVALID_INPUT', 'say which charge: its id, or the merchant and the amount');
      }
      const candidates = await findTransactions(ctx.tx, ctx.customerId!, ctx.services.timeZone, {
        ...(input.merchant ? { merchant: input.merchant } : {}),
        ...(input.amount_cents !== undefined
          ? { amountCents: input.amount_cents, toleranceCents: 0 }
          : {}),
        status: 'posted',
        limit: 5,
      });
      const debits = candidates.filter((c) => c.amountCents < 0);
      if (debits.length === 0) return refuse('NOT_FOUND', 'no posted charge matches that');
      if (debits.length > 1) {
        return refuse('AMBIGUOUS', 'more than one charge matches; which one?', {
          choices: debits.map((d) => ({
            transaction_id: d.id,
            description: d.description,
            amount: formatUsd(-d.amountCents),
            date: localDateOf(d.authorizedAt ?? d.createdAt, ctx.services.timeZone),
          })),
        });
      }
      transactionId = debits[0]!.id;
    }
    const dispute = await fileDispute(disputeContext(ctx), {
      customerId: ctx.customerId!,
      transactionId,
      reason: input.reason,
      narrative: input.description,
    });
    return isRefusal(dispute) ? dispute : filed(ctx, dispute);
  },
});

export const checkDisputeStatus = defineTool({
  name: 'check_dispute_status',
  readOnly: true,
  title: 'Dispute status',
  description:
    'Get the current status of an existing dispute (seed 004 schema): status, evidence, deadlines, provisional credit and what happens next.',
  input: z.strictObject({ dispute_id: z.string().regex(/^dp_[a-zA-Z0-9]{24}$/) }),
  minLevel: 1,
  piiAccessed: true,
  async handler(ctx, input) {
    const [dispute] = await ctx.tx.select().from(disputes).where(eq(disputes.id, input.dispute_id));
    return { ok: true, ...(await describeDispute(ctx, dispute!)) };
  },
});

export const listDisputes = defineTool({
  name: 'list_disputes',
  readOnly: true,
  title: 'List my disputes',
  description:
    'The customer’s disputes and fraud cases, newest first, with their status — for "what is happening with my dispute?" when no id is known.',
  input: z.strictObject({ include_closed: z.boolean().default(false) }),
  minLevel: 1,
  piiAccessed: true,
  async handler(ctx, input) {
    const rows = await ctx.tx
      .select()
      .from(disputes)
      .where(eq(disputes.customerId, ctx.customerId!))
      .orderBy(desc(disputes.createdAt))
      .limit(20);
    const wanted = rows.filter(
      (d) => input.include_closed || !['won', 'lost', 'warning_closed'].includes(d.status),
    );
    // One after another: they share the tool's transaction, and a connection runs one query at a time.
    const described = [];
    for (const dispute of wanted) described.push(await describeDispute(ctx, dispute));
    return { ok: true, disputes: described };
  },
});

export const addEvidenceTool = defineTool({
  name: 'add_evidence',
  title: 'Add evidence to a dispute',
  description:
    'Add evidence to support a dispute (seed 004 schema): one of eleven types, up to 20,000 characters. With submit_to_network the case moves to review.',
  input: z.strictObject({
    dispute_id: z.string(),
    evidence_type: z.enum(evidenceTypes),
    content: z.string().max(20000),
    submit_to_network: z.boolean().default(false),
  }),
  minLevel: 2,
  complianceFlags: ['dispute'],
  async handler(ctx, input) {
    const [mine] = await ctx.tx
      .select({ id: disputes.id })
      .from(disputes)
      .where(and(eq(disputes.id, input.dispute_id), eq(disputes.customerId, ctx.customerId!)));
    if (!mine) return refuse('NOT_FOUND', 'no such dispute');
    const added = await addEvidence(disputeContext(ctx), {
      disputeId: input.dispute_id,
      type: input.evidence_type,
      content: input.content,
      submitToNetwork: input.submit_to_network,
    });
    if (isRefusal(added)) return added;
    return {
      ok: true,
      evidence_id: added.evidenceId,
      ...(await describeDispute(ctx, added.dispute)),
    };
  },
});
