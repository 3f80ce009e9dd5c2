import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { accounts, disputes } from '../db/index.js';
import { disputeDeadlines } from '../disputes/index.js';
import { formatUsd } from '../domain/index.js';
import { formatLongDate, getComplianceDeadline, localDateOf } from '../domain/regulation/index.js';
import { defineTool, refuse } from './tool.js';

export const getComplianceDeadlineTool = defineTool({
  name: 'get_compliance_deadline',
  title: 'Regulatory deadlines',
  description:
    'Calculate regulatory deadlines (Regulation E for debit and prepaid cards, Regulation Z for credit cards) with seed 004’s schema. With a dispute_id, the dispute’s own dates and flags are used.',
  input: z.strictObject({
    dispute_id: z.string().optional(),
    card_type: z.enum(['debit', 'credit', 'prepaid']),
    dispute_created_at: z.number().int().optional(),
    is_new_account: z.boolean().default(false),
    is_foreign_transaction: z.boolean().default(false),
  }),
  minLevel: 1,
  complianceFlags: ['reg_e', 'reg_z'],
  async handler(ctx, input) {
    let facts: Parameters<typeof getComplianceDeadline>[0] = {
      card_type: input.card_type,
      is_new_account: input.is_new_account,
      is_foreign_transaction: input.is_foreign_transaction,
      ...(input.dispute_created_at !== undefined
        ? { dispute_created_at: input.dispute_created_at }
        : {}),
    };
    if (input.dispute_id) {
      const [found] = await ctx.tx
        .select({ d: disputes, statementDay: accounts.statementDay })
        .from(disputes)
        .innerJoin(accounts, eq(accounts.id, disputes.accountId))
        .where(and(eq(disputes.id, input.dispute_id), eq(disputes.customerId, ctx.customerId!)));
      if (!found) return refuse('NOT_FOUND', 'no such dispute');
      const d = found.d;
      // The case's own facts win over what the caller guessed.
      facts = {
        card_type:
          d.regulation === 'reg_z'
            ? 'credit'
            : input.card_type === 'credit'
              ? 'debit'
              : input.card_type,
        dispute_created_at: Math.floor(d.noticeReceivedAt.getTime() / 1000),
        is_new_account: d.isNewAccount,
        is_foreign_transaction: d.isForeignTransaction,
        is_point_of_sale: d.isPointOfSale,
        ...(found.statementDay ? { statement_day: found.statementDay } : {}),
      };
    }
    const result = getComplianceDeadline(facts, {
      now: ctx.now,
      calendar: ctx.services.calendar,
      timeZone: ctx.services.timeZone,
    });
    return { ok: true, ...result };
  },
});

const regEExplanation =
  'Under Regulation E, when you report an error on a debit card, ACH or other electronic transfer, we have 10 business days to investigate (20 for accounts opened within the last 30 days). If we need longer — up to 45 days, or 90 for point-of-sale, foreign or new-account transactions — we credit the amount to your account provisionally within those 10 business days, so you can use the money while we investigate. If we then find there was no error, we take the provisional credit back, tell you the date and amount first, and keep paying your checks and scheduled payments for 5 business days after that notice.';

export const explainProvisionalCredit = defineTool({
  name: 'explain_provisional_credit',
  title: 'Explain provisional credit',
  description:
    'Explains Regulation E provisional credit — what it is, when it is due, when it can be reversed — and, with a dispute_id, what it means for that case. Credit-card disputes (Regulation Z) have no provisional credit: the disputed amount need not be paid while it is investigated.',
  input: z.strictObject({
    dispute_id: z
      .string()
      .regex(/^dp_[a-zA-Z0-9]{24}$/)
      .optional(),
  }),
  minLevel: 1,
  complianceFlags: ['reg_e'],
  async handler(ctx, input) {
    if (!input.dispute_id) return { ok: true, explanation: regEExplanation };
    const [dispute] = await ctx.tx.select().from(disputes).where(eq(disputes.id, input.dispute_id));
    const d = dispute!;
    const [account] = await ctx.tx
      .select({ statementDay: accounts.statementDay })
      .from(accounts)
      .where(eq(accounts.id, d.accountId));
    const deadlines = disputeDeadlines(d, {
      now: ctx.now,
      calendar: ctx.services.calendar,
      timeZone: ctx.services.timeZone,
      statementDay: account?.statementDay ?? null,
    });
    const day = (at: Date | null) =>
      at ? formatLongDate(localDateOf(at, ctx.services.timeZone)) : null;
    const amount = formatUsd(d.amountCents);
    const specific =
      d.regulation === 'reg_z'
        ? `Your case ${d.caseNumber} is a credit-card dispute under Regulation Z, so there is no provisional credit: you do not have to pay the disputed ${amount} while we investigate, and it cannot be reported as late.`
        : d.provisionalCreditStatus === 'credited'
          ? `For case ${d.caseNumber}, we provisionally credited ${amount} on ${day(d.provisionalCreditAt)}. It becomes final if the case is decided in your favour by ${day(deadlines.decisionDueBy)}.`
          : d.provisionalCreditStatus === 'pending'
            ? `For case ${d.caseNumber}, if the investigation is not finished sooner, ${amount} will be provisionally credited by ${day(deadlines.provisionalCreditDueBy)}.`
            : `For case ${d.caseNumber}, the provisional credit is ${d.provisionalCreditStatus.replaceAll('_', ' ')}.`;
    return {
      ok: true,
      explanation: d.regulation === 'reg_z' ? specific : `${specific} ${regEExplanation}`,
      case_number: d.caseNumber,
      provisional_credit_status: d.provisionalCreditStatus,
    };
  },
});
