import type { OpsDispute, OpsDisputeDetail } from '@bankdesk/contracts';
import { count, desc, eq, inArray } from 'drizzle-orm';
import { accounts, disputeEvidence, disputes, isId, transactions } from '../db/index.js';
import { disputeDeadlines } from '../disputes/index.js';
import { AppError } from '../errors/index.js';
import { scrubOutbound } from '../pci/index.js';
import type { OpsContext, StaffReader } from './ops-context.js';
import { iso, isoOrNull } from './ops-context.js';
import { requireCustomer } from './customer-queries.js';
import { auditStaffReads } from './staff-read.js';

const listLimit = 200;

type DisputeJoin = {
  d: typeof disputes.$inferSelect;
  accountLast4: string;
  statementDay: number | null;
  merchantName: string | null;
  description: string;
};

function disputeQuery(ctx: OpsContext) {
  return ctx.db
    .select({
      d: disputes,
      accountLast4: accounts.numberLast4,
      statementDay: accounts.statementDay,
      merchantName: transactions.merchantName,
      description: transactions.description,
    })
    .from(disputes)
    .innerJoin(accounts, eq(accounts.id, disputes.accountId))
    .innerJoin(transactions, eq(transactions.id, disputes.transactionId));
}

async function evidenceCounts(ctx: OpsContext, ids: string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const found = await ctx.db
    .select({ id: disputeEvidence.disputeId, n: count() })
    .from(disputeEvidence)
    .where(inArray(disputeEvidence.disputeId, ids))
    .groupBy(disputeEvidence.disputeId);
  return new Map(found.map((r) => [r.id, Number(r.n)]));
}

function present(ctx: OpsContext, row: DisputeJoin, evidenceCount: number): OpsDispute {
  const { d } = row;
  const due = disputeDeadlines(d, {
    now: ctx.now(),
    calendar: ctx.calendar,
    timeZone: ctx.timeZone,
    statementDay: row.statementDay,
  });
  return {
    id: d.id,
    caseNumber: d.caseNumber,
    customerId: d.customerId,
    accountId: d.accountId,
    accountLast4: row.accountLast4,
    transactionId: d.transactionId,
    merchant: row.merchantName ?? row.description,
    reason: d.reason,
    amountCents: d.amountCents,
    currency: d.currency,
    status: d.status,
    network: d.network,
    regulation: d.regulation,
    provisionalCredit: {
      status: d.provisionalCreditStatus,
      amountCents: d.provisionalCreditCents,
      creditedAt: isoOrNull(d.provisionalCreditAt),
    },
    deadlines: {
      evidenceDueBy: isoOrNull(d.evidenceDueBy),
      provisionalCreditDueBy: isoOrNull(due.provisionalCreditDueBy),
      acknowledgmentDueBy: 'acknowledgmentDueBy' in due ? isoOrNull(due.acknowledgmentDueBy) : null,
      decisionDueBy: iso(due.decisionDueBy),
    },
    evidenceCount,
    noticeReceivedAt: iso(d.noticeReceivedAt),
    createdAt: iso(d.createdAt),
    resolvedAt: isoOrNull(d.resolvedAt),
    resolution: d.resolution,
  };
}

/** The customer's disputes and fraud cases, newest first (at most 200). */
export async function customerDisputes(
  ctx: OpsContext,
  reader: StaffReader,
  ref: string,
): Promise<OpsDispute[]> {
  const customer = await requireCustomer(ctx.db, ref);
  const found = await disputeQuery(ctx)
    .where(eq(disputes.customerId, customer.id))
    .orderBy(desc(disputes.createdAt), desc(disputes.id))
    .limit(listLimit);
  const evidence = await evidenceCounts(
    ctx,
    found.map((r) => r.d.id),
  );
  await auditStaffReads(
    ctx.db,
    reader,
    [{ customerId: customer.id, resource: 'ops:disputes', metadata: { count: found.length } }],
    ctx.now(),
  );
  return found.map((row) => present(ctx, row, evidence.get(row.d.id) ?? 0));
}

/** One dispute by its `dp_` id or its case number, with the customer's narrative. */
export async function disputeDetail(
  ctx: OpsContext,
  reader: StaffReader,
  ref: string,
): Promise<OpsDisputeDetail> {
  const [row] = await disputeQuery(ctx).where(
    isId('dispute', ref) ? eq(disputes.id, ref) : eq(disputes.caseNumber, ref.toUpperCase()),
  );
  if (!row) throw new AppError('NOT_FOUND', 'there is no such dispute');
  const evidence = await evidenceCounts(ctx, [row.d.id]);
  await auditStaffReads(
    ctx.db,
    reader,
    [
      {
        customerId: row.d.customerId,
        resource: 'ops:dispute',
        metadata: { dispute_id: row.d.id },
      },
    ],
    ctx.now(),
  );
  return {
    ...present(ctx, row, evidence.get(row.d.id) ?? 0),
    // The customer typed this; a card number in it is shown as its last four, like everywhere.
    narrative: scrubOutbound(row.d.complaintNarrative).value,
  };
}
