import { eq } from 'drizzle-orm';
import {
  billPayments,
  checks,
  disputeEvents,
  disputeEvidence,
  disputes,
  payees,
  stopPayments,
  transactions,
} from '../db/index.js';
import {
  chargeFee,
  clearCheck,
  confirmationNumber,
  insertStatementLine,
  internalAccountId,
  postBillPayment,
  postJournal,
  postProvisionalCredit,
  reverseMovement,
  sendExternalTransfer,
} from '../ledger/index.js';
import type { ExternalTransferInput } from '../ledger/index.js';
import type { PlanBuilder } from './plan.js';

type DisputeRow = typeof disputes.$inferInsert;

/** Zelle, ACH or wire out of a declared account; the fee posts as its own journal. */
export function externalTransfer(
  b: PlanBuilder,
  fromKey: string,
  daysAgo: number,
  input: Omit<ExternalTransferInput, 'customerId' | 'fromAccountId' | 'at'>,
): void {
  const at = b.clock.at(daysAgo, 11, 15);
  b.event(
    at,
    { [fromKey]: -(input.amountCents + (input.feeCents ?? 0)) },
    async ({ tx, ctx, id }) => {
      await sendExternalTransfer(tx, ctx, {
        ...input,
        customerId: b.customerId,
        fromAccountId: id(fromKey),
        at,
      });
    },
  );
}

/** A payee, and optionally one payment already sent to it. */
export function payeeWithPayment(
  b: PlanBuilder,
  input: {
    name: string;
    category: string;
    accountLast4: string;
    addedDaysAgo: number;
    payment?: {
      fromKey: string;
      amountCents: number;
      daysAgo: number;
      frequency: 'once' | 'monthly';
      /** Recurring payments: when the next one goes out, in days from today. */
      nextInDays?: number;
    };
  },
): void {
  const payeeId = b.random.ids('payee');
  b.event(b.clock.at(input.addedDaysAgo, 19, 0), {}, async ({ tx, ctx }) => {
    await tx.insert(payees).values({
      id: payeeId,
      customerId: b.customerId,
      name: input.name,
      category: input.category,
      accountLast4: input.accountLast4,
      createdAt: ctx.now(),
    });
  });
  const payment = input.payment;
  if (!payment) return;
  const at = b.clock.at(payment.daysAgo, 6, 0);
  const billPaymentId = b.random.ids('billPayment');
  b.event(at, { [payment.fromKey]: -payment.amountCents }, async ({ tx, ctx, id }) => {
    await tx.insert(billPayments).values({
      id: billPaymentId,
      customerId: b.customerId,
      payeeId,
      fromAccountId: id(payment.fromKey),
      amountCents: payment.amountCents,
      frequency: payment.frequency,
      sendOn: b.clock.date(-payment.daysAgo),
      nextSendOn: payment.nextInDays === undefined ? null : b.clock.date(payment.nextInDays),
      status: payment.frequency === 'once' ? 'sent' : 'scheduled',
      confirmationNumber: confirmationNumber('BP', at, ctx),
      createdAt: at,
      updatedAt: at,
    });
    await postBillPayment(tx, ctx, {
      billPaymentId,
      fromAccountId: id(payment.fromKey),
      payeeName: input.name,
      amountCents: payment.amountCents,
      at,
    });
  });
}

/** A paper check: written `issuedDaysAgo`, paid `clearedDaysAgo` (or still outstanding). */
export function paperCheck(
  b: PlanBuilder,
  accountKey: string,
  input: {
    checkNumber: number;
    amountCents: number;
    payeeName: string;
    issuedDaysAgo: number;
    clearedDaysAgo?: number;
    ref?: string;
  },
): void {
  const checkId = b.random.ids('check');
  b.event(b.clock.at(input.issuedDaysAgo, 10, 0), {}, async ({ tx, ctx, id, setRef }) => {
    await tx.insert(checks).values({
      id: checkId,
      accountId: id(accountKey),
      checkNumber: input.checkNumber,
      amountCents: input.amountCents,
      payeeName: input.payeeName,
      issuedOn: b.clock.date(-input.issuedDaysAgo),
      createdAt: ctx.now(),
    });
    if (input.ref) setRef(input.ref, checkId);
  });
  if (input.clearedDaysAgo === undefined) return;
  const at = b.clock.at(input.clearedDaysAgo, 7, 30);
  b.event(at, { [accountKey]: -input.amountCents }, async ({ tx, ctx }) => {
    await clearCheck(tx, ctx, { checkId, at });
  });
}

/** A stop payment already in force on an outstanding check, with its fee. */
export function stopPayment(
  b: PlanBuilder,
  accountKey: string,
  input: {
    checkRef: string;
    checkNumber: number;
    amountCents: number;
    payeeName: string;
    feeCents: number;
    daysAgo: number;
  },
): void {
  const at = b.clock.at(input.daysAgo, 15, 45);
  const stopId = b.random.ids('stopPayment');
  b.event(at, { [accountKey]: -input.feeCents }, async ({ tx, ctx, id, ref }) => {
    const { journalId } = await chargeFee(tx, ctx, {
      accountId: id(accountKey),
      amountCents: input.feeCents,
      description: `STOP PAYMENT FEE CHECK #${input.checkNumber}`,
      refType: 'stop_payment',
      refId: stopId,
      at,
    });
    const expiresAt = new Date(at);
    expiresAt.setUTCMonth(expiresAt.getUTCMonth() + 6);
    await tx.insert(stopPayments).values({
      id: stopId,
      customerId: b.customerId,
      accountId: id(accountKey),
      checkId: ref(input.checkRef),
      checkNumber: input.checkNumber,
      amountCents: input.amountCents,
      payeeName: input.payeeName,
      feeCents: input.feeCents,
      feeJournalId: journalId,
      confirmationNumber: confirmationNumber('SP', at, ctx),
      effectiveAt: at,
      expiresAt,
      createdAt: at,
    });
    await tx
      .update(checks)
      .set({ status: 'stopped' })
      .where(eq(checks.id, ref(input.checkRef)));
  });
}

/** An installment loan paid out at `daysAgo`: the loan account goes negative by the principal. */
export function loanDisbursement(
  b: PlanBuilder,
  loanKey: string,
  principalCents: number,
  daysAgo: number,
  description: string,
): void {
  const at = b.clock.at(daysAgo, 10, 0);
  b.event(at, { [loanKey]: -principalCents }, async ({ tx, ctx, id }) => {
    const { journalId } = await postJournal(tx, ctx, {
      kind: 'loan_disbursement',
      description,
      postings: [
        { accountId: id(loanKey), amountCents: -principalCents },
        { accountId: internalAccountId('funding'), amountCents: principalCents },
      ],
      effectiveAt: at,
    });
    await insertStatementLine(tx, ctx, {
      accountId: id(loanKey),
      kind: 'loan_disbursement',
      status: 'posted',
      amountCents: -principalCents,
      description,
      journalId,
      authorizedAt: at,
      postedAt: at,
    });
  });
}

export interface DisputeSpec {
  chargeRef: string;
  accountKey: string;
  cardKey: string;
  amountCents: number;
  reason: DisputeRow['reason'];
  status: DisputeRow['status'];
  network: DisputeRow['network'];
  networkReasonCode: string;
  regulation: DisputeRow['regulation'];
  narrative: string;
  filedDaysAgo: number;
  isPointOfSale: boolean;
  isNewAccount?: boolean;
  evidence?: Array<{ type: (typeof disputeEvidence.$inferInsert)['type']; content: string }>;
  /** Reg E: days ago the provisional credit was posted; undefined when none has been given. */
  provisionalCreditDaysAgo?: number;
  /** For closed disputes. */
  resolvedDaysAgo?: number;
  resolution?: string;
}

/** A dispute with its evidence, history and (Reg E) provisional credit, as the seeds describe. */
export function dispute(b: PlanBuilder, spec: DisputeSpec): void {
  const disputeId = b.random.ids('dispute');
  const filedAt = b.clock.at(spec.filedDaysAgo, 10, 30);
  let caseNumber = '';
  b.event(filedAt, {}, async ({ tx, ctx, id, ref }) => {
    caseNumber = confirmationNumber('DSP', filedAt, ctx);
    const dueBy = new Date(filedAt.getTime() + 20 * 86_400_000);
    await tx.insert(disputes).values({
      id: disputeId,
      caseNumber,
      customerId: b.customerId,
      accountId: id(spec.accountKey),
      transactionId: ref(spec.chargeRef),
      cardId: id(spec.cardKey),
      amountCents: spec.amountCents,
      reason: spec.reason,
      status: 'needs_response',
      network: spec.network,
      networkReasonCode: spec.networkReasonCode,
      regulation: spec.regulation,
      complaintNarrative: spec.narrative,
      noticeReceivedAt: filedAt,
      isNewAccount: spec.isNewAccount ?? false,
      isPointOfSale: spec.isPointOfSale,
      evidenceDueBy: dueBy,
      evidenceSubmissionCount: spec.evidence?.length ? 1 : 0,
      isChargeRefundable: false,
      provisionalCreditStatus: spec.regulation === 'reg_z' ? 'not_eligible' : 'pending',
      resolvedAt: spec.resolvedDaysAgo === undefined ? null : b.clock.at(spec.resolvedDaysAgo),
      resolution: spec.resolution ?? null,
      createdAt: filedAt,
      updatedAt: filedAt,
    });
    const history: Array<{ type: string; data: Record<string, unknown>; at: Date }> = [
      {
        type: 'dispute.created',
        data: { reason: spec.reason, amount_cents: spec.amountCents },
        at: filedAt,
      },
    ];
    for (const item of spec.evidence ?? []) {
      await tx.insert(disputeEvidence).values({
        id: ctx.ids('disputeEvidence'),
        disputeId,
        type: item.type,
        content: item.content,
        submittedToNetworkAt: filedAt,
        createdAt: filedAt,
      });
      history.push({
        type: 'dispute.evidence_added',
        data: { evidence_type: item.type },
        at: filedAt,
      });
    }
    if (spec.status !== 'needs_response') {
      history.push({
        type: 'dispute.status_changed',
        data: { from: 'needs_response', to: spec.status },
        at: new Date(filedAt.getTime() + 86_400_000),
      });
    }
    for (const event of history) {
      await tx.insert(disputeEvents).values({
        id: ctx.ids('disputeEvent'),
        disputeId,
        type: event.type,
        data: event.data,
        createdAt: event.at,
      });
    }
    if (spec.status !== 'needs_response') {
      await tx.update(disputes).set({ status: spec.status }).where(eq(disputes.id, disputeId));
    }
  });
  if (spec.status === 'won' && spec.resolvedDaysAgo !== undefined) {
    const resolvedAt = b.clock.at(spec.resolvedDaysAgo, 14, 0);
    b.event(resolvedAt, { [spec.accountKey]: spec.amountCents }, async ({ tx, ctx, ref }) => {
      const [charge] = await tx
        .select({ journalId: transactions.journalId })
        .from(transactions)
        .where(eq(transactions.id, ref(spec.chargeRef)));
      if (!charge?.journalId) throw new Error('seed: a won dispute needs a posted charge');
      await reverseMovement(tx, ctx, {
        journalId: charge.journalId,
        description: `DISPUTE CREDIT ${caseNumber}`,
        refType: 'dispute',
        refId: disputeId,
      });
    });
  }
  if (spec.provisionalCreditDaysAgo === undefined) return;
  const creditedAt = b.clock.at(spec.provisionalCreditDaysAgo, 8, 0);
  b.event(creditedAt, { [spec.accountKey]: spec.amountCents }, async ({ tx, ctx, id }) => {
    const { journalId } = await postProvisionalCredit(tx, ctx, {
      accountId: id(spec.accountKey),
      amountCents: spec.amountCents,
      disputeId,
      caseNumber,
      at: creditedAt,
    });
    await tx
      .update(disputes)
      .set({
        provisionalCreditStatus: 'credited',
        provisionalCreditCents: spec.amountCents,
        provisionalCreditJournalId: journalId,
        provisionalCreditAt: creditedAt,
        updatedAt: creditedAt,
      })
      .where(eq(disputes.id, disputeId));
    await tx.insert(disputeEvents).values({
      id: ctx.ids('disputeEvent'),
      disputeId,
      type: 'dispute.provisional_credit_posted',
      data: { amount_cents: spec.amountCents },
      createdAt: creditedAt,
    });
  });
}
