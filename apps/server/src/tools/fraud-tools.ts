import { and, count, eq, gte, lt } from 'drizzle-orm';
import { z } from 'zod';
import { accounts, cards, disputes, transactions } from '../db/index.js';
import { fileDispute, isRefusal as isDisputeRefusal } from '../disputes/index.js';
import { scoreFraud } from '../domain/fraud/index.js';
import { explainDescriptor } from '../domain/merchants/index.js';
import { formatUsd } from '../domain/index.js';
import { orderReplacement, presentCard } from './card-tools.js';
import { disputeContext } from './dispute-tools.js';
import { isRefusal, resolveCard } from './resolve.js';
import { defineTool, refuse } from './tool.js';
import { findTransactions, presentTransaction } from './transaction-query.js';

export const reportFraud = defineTool({
  name: 'report_fraud',
  title: 'Report fraud',
  description:
    'For charges the customer did not make: deactivates the card at once, orders a replacement, and opens a fraud case for each charge named. Under Regulation E the customer has zero liability for unauthorized transactions reported promptly. Can be called first without transactions (to secure the card) and again with them.',
  input: z.strictObject({
    card: z.string().min(1).max(40).optional(),
    transaction_ids: z
      .array(z.string().regex(/^ch_[A-Za-z0-9]{24}$/))
      .max(10)
      .default([]),
    description: z.string().max(2000).optional(),
  }),
  minLevel: 2,
  piiAccessed: true,
  complianceFlags: ['fraud', 'reg_e'],
  async handler(ctx, input) {
    const card = await resolveCard(
      ctx.tx,
      ctx.customerId!,
      input.card,
      (c) => c.status !== 'pending_activation',
    );
    if (isRefusal(card)) return card;
    let replacement = null;
    let current = card;
    if (card.status === 'active' || card.status === 'frozen') {
      const [closed] = await ctx.tx
        .update(cards)
        .set({
          status: 'closed',
          statusReason: 'fraud reported by the cardholder',
          statusChangedAt: ctx.now,
        })
        .where(eq(cards.id, card.id))
        .returning();
      current = closed!;
      replacement = await orderReplacement(ctx, card);
    }
    const cases = [];
    for (const transactionId of input.transaction_ids) {
      const dispute = await fileDispute(disputeContext(ctx), {
        customerId: ctx.customerId!,
        transactionId,
        reason: 'fraudulent',
        narrative: input.description,
        casePrefix: 'FRAUD',
      });
      if (isDisputeRefusal(dispute)) return dispute;
      const [t] = await ctx.tx
        .select()
        .from(transactions)
        .where(eq(transactions.id, transactionId));
      cases.push({
        dispute_id: dispute.id,
        case_number: dispute.caseNumber,
        amount: formatUsd(dispute.amountCents),
        merchant: t?.merchantName ?? t?.description ?? null,
      });
    }
    return {
      ok: true,
      card: presentCard(current),
      ...(replacement
        ? {
            replacement: {
              ...presentCard(replacement.card),
              expected_delivery_from: replacement.from,
              expected_delivery_by: replacement.by,
            },
          }
        : {}),
      fraud_cases: cases,
      liability:
        'Under Regulation E you are not responsible for unauthorized transactions you report promptly; we investigate and, if it takes longer than 10 business days, credit the amount provisionally while we do.',
    };
  },
});

export const fraudScore = defineTool({
  name: 'fraud_score',
  title: 'Fraud risk score',
  description:
    'Assess the fraud risk of a transaction (seed 004 schema): an explainable 0–100 score with named reasons (amount against the customer’s history, merchant category, card not present, distance from home, account age, recent disputes, velocity). With a transaction_id, the customer’s own history fills in what it can.',
  input: z.strictObject({
    transaction_id: z.string().optional(),
    amount_cents: z.number().int(),
    merchant_category_code: z.string().optional(),
    is_card_present: z.boolean().default(true),
    distance_from_home_miles: z.number().default(0),
    account_age_days: z.number().int().default(365),
    disputes_last_90_days: z.number().int().default(0),
  }),
  minLevel: 1,
  piiAccessed: true,
  complianceFlags: ['fraud'],
  async handler(ctx, input) {
    let facts = {
      amountCents: input.amount_cents,
      ...(input.merchant_category_code
        ? { merchantCategoryCode: input.merchant_category_code }
        : {}),
      isCardPresent: input.is_card_present,
      distanceFromHomeMiles: input.distance_from_home_miles,
      accountAgeDays: input.account_age_days,
      disputesLast90Days: input.disputes_last_90_days,
    } as Parameters<typeof scoreFraud>[0];
    if (input.transaction_id) {
      const [found] = await ctx.tx
        .select({ t: transactions, account: accounts })
        .from(transactions)
        .innerJoin(accounts, eq(accounts.id, transactions.accountId))
        .where(
          and(eq(transactions.id, input.transaction_id), eq(accounts.customerId, ctx.customerId!)),
        );
      if (!found) return refuse('NOT_FOUND', 'no such transaction');
      const at = found.t.authorizedAt ?? found.t.createdAt;
      const day = 86_400_000;
      const history = await ctx.tx
        .select({ amount: transactions.amountCents })
        .from(transactions)
        .where(
          and(
            eq(transactions.accountId, found.account.id),
            eq(transactions.kind, 'card_purchase'),
            lt(transactions.authorizedAt, at),
          ),
        )
        .limit(50);
      const countSince = async (ms: number) =>
        Number(
          (
            await ctx.tx
              .select({ n: count() })
              .from(transactions)
              .where(
                and(
                  eq(transactions.accountId, found.account.id),
                  gte(transactions.authorizedAt, new Date(at.getTime() - ms)),
                  lt(transactions.authorizedAt, at),
                ),
              )
          )[0]?.n ?? 0,
        );
      const [recentDisputes] = await ctx.tx
        .select({ n: count() })
        .from(disputes)
        .where(
          and(
            eq(disputes.customerId, ctx.customerId!),
            gte(disputes.createdAt, new Date(ctx.now.getTime() - 90 * day)),
          ),
        );
      facts = {
        ...facts,
        ...(found.t.merchantCategoryCode
          ? { merchantCategoryCode: found.t.merchantCategoryCode }
          : {}),
        ...(found.t.cardPresent !== null ? { isCardPresent: found.t.cardPresent } : {}),
        accountAgeDays: Math.max(
          0,
          Math.floor((at.getTime() - found.account.openedAt.getTime()) / day),
        ),
        disputesLast90Days: Number(recentDisputes?.n ?? 0),
        recentPurchaseAmountsCents: history.map((h) => Math.abs(h.amount)),
        transactionsLastHour: await countSince(3_600_000),
        transactionsLast24Hours: await countSince(day),
      };
    }
    const score = scoreFraud(facts);
    if (!score.ok) return refuse('INVALID_INPUT', score.message);
    return {
      ok: true,
      score: score.score,
      level: score.level,
      recommendation: score.recommendation,
      advice: score.advice,
      summary: score.summary,
      reasons: score.reasons.map((r) => ({ name: r.name, points: r.points, detail: r.detail })),
    };
  },
});

export const clarifyMerchant = defineTool({
  name: 'clarify_merchant',
  title: 'Explain a merchant name',
  description:
    'Explains cryptic statement descriptors (SQ *, TST*, AMZN MKTP, PAYPAL *, APL*, GOOGLE *, SP * and more) and finds the customer’s matching charges, for "what is this charge?" questions.',
  input: z.strictObject({
    descriptor: z
      .string()
      .min(2)
      .max(120)
      .optional()
      .describe('The text as it appears on the statement'),
    merchant: z
      .string()
      .min(2)
      .max(80)
      .optional()
      .describe('What the customer calls it, e.g. "blue bottle"'),
  }),
  minLevel: 1,
  piiAccessed: true,
  async handler(ctx, input) {
    const query = input.descriptor ?? input.merchant;
    if (!query)
      return refuse(
        'INVALID_INPUT',
        'give the descriptor from the statement or the merchant’s name',
      );
    const matches = await findTransactions(ctx.tx, ctx.customerId!, ctx.services.timeZone, {
      merchant: query,
      limit: 5,
    });
    const explained = explainDescriptor(input.descriptor ?? matches[0]?.description ?? query);
    return {
      ok: true,
      processor: explained.processor,
      merchant: explained.merchant,
      explanation: explained.explanation,
      recognised: explained.recognised,
      matching_transactions: matches.map((m) => presentTransaction(m, ctx.services.timeZone)),
    };
  },
});
