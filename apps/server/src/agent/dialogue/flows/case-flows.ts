import { and, eq, gt, inArray } from 'drizzle-orm';
import { accounts } from '../../../db/index.js';
import type { Flow } from '../flow.js';
import { callAndSay, setIf, str } from '../flow.js';
import type { TurnContext } from '../turn-context.js';
import type { Task } from '../../state/index.js';

type DisputeSummary = { dispute_id: string; amount_cents?: number; case_number?: string };

/**
 * "My dispute" means the one this conversation talked about, else the one the customer names by
 * amount or case number, else their most recent open one.
 */
async function pickDispute(ctx: TurnContext, task: Task): Promise<string | undefined> {
  const named = str(task, 'case');
  if (named?.startsWith('dp_')) return named;
  if (ctx.state.lastDisputeId && !named && task.slots.amount_cents === undefined)
    return ctx.state.lastDisputeId;
  const listed = await ctx.call('list_disputes', { include_closed: false });
  if (!listed.ok) return undefined;
  const all = listed.disputes as DisputeSummary[];
  const byCase = named ? all.find((d) => d.case_number === named) : undefined;
  const byAmount =
    typeof task.slots.amount_cents === 'number'
      ? all.find((d) => d.amount_cents === task.slots.amount_cents)
      : undefined;
  return (byCase ?? byAmount ?? all[0])?.dispute_id;
}

function fillCase(task: Task, u: { entities: { caseNumber?: string; amountsCents: number[] } }) {
  setIf(task, 'case', u.entities.caseNumber);
  setIf(task, 'amount_cents', u.entities.amountsCents[0]);
}

/** Regulation E's new account: a deposit account opened within the last 30 days. */
async function hasNewDepositAccount(ctx: TurnContext): Promise<boolean> {
  if (!ctx.customerId) return false;
  const since = new Date(ctx.now.getTime() - 30 * 86_400_000);
  const [row] = await ctx.services.db
    .select({ id: accounts.id })
    .from(accounts)
    .where(
      and(
        eq(accounts.customerId, ctx.customerId),
        inArray(accounts.type, ['checking', 'savings']),
        gt(accounts.openedAt, since),
      ),
    )
    .limit(1);
  return row !== undefined;
}

async function noDispute(ctx: TurnContext): Promise<'done'> {
  ctx.say("I couldn't find an open dispute on your accounts. Would you like to dispute a charge?");
  return 'done';
}

export const disputeStatusFlow: Flow = {
  intent: 'dispute_status',
  tool: 'check_dispute_status',
  fill: fillCase,
  async run(ctx, task) {
    const id = await pickDispute(ctx, task);
    if (!id) return noDispute(ctx);
    const outcome = await callAndSay(ctx, 'check_dispute_status', { dispute_id: id });
    if (outcome.ok) ctx.state.lastDisputeId = id;
    return 'done';
  },
};

export const provisionalCreditFlow: Flow = {
  intent: 'provisional_credit',
  tool: 'explain_provisional_credit',
  fill: fillCase,
  async run(ctx, task) {
    const id = await pickDispute(ctx, task);
    await callAndSay(ctx, 'explain_provisional_credit', id ? { dispute_id: id } : {});
    return 'done';
  },
};

export const complianceDeadlineFlow: Flow = {
  intent: 'compliance_deadline',
  tool: 'get_compliance_deadline',
  fill(task, u, _ctx, text) {
    fillCase(task, u);
    if (/\bcredit card\b/i.test(text)) task.slots.card_type = 'credit';
    else if (/\bdebit\b/i.test(text)) task.slots.card_type = 'debit';
  },
  async run(ctx, task) {
    const id = await pickDispute(ctx, task);
    const cardType = str(task, 'card_type') ?? 'debit';
    await callAndSay(ctx, 'get_compliance_deadline', {
      ...(id ? { dispute_id: id } : {}),
      card_type: cardType,
      // Without a case, the customer's own deposit account says whether the new-account rule applies.
      ...(!id && cardType === 'debit' ? { is_new_account: await hasNewDepositAccount(ctx) } : {}),
    });
    return 'done';
  },
};

export const addEvidenceFlow: Flow = {
  intent: 'add_evidence',
  tool: 'add_evidence',
  fill(task, u, _ctx, text) {
    fillCase(task, u);
    // What the customer wants on file is their own words, minus the request around them.
    const statement = text
      .replace(/^(can|could) (i|you) (please )?(add|include|note|mention)( that)?\s*/i, '')
      .replace(
        /^(i want to |i'?d like to |please )?(add|include)( (some )?evidence| that| this)?:?\s*/i,
        '',
      )
      .replace(/\?$/, '')
      .trim();
    if (statement.length >= 8 && !/^(evidence|proof|more evidence)$/i.test(statement))
      task.slots.content = statement;
    else if (task.asking === 'content' && text.trim().length >= 3) task.slots.content = text.trim();
  },
  missing(task) {
    if (!task.slots.content)
      return {
        slot: 'content',
        question: 'What would you like to add to your dispute? Describe it in your own words.',
      };
    return undefined;
  },
  async run(ctx, task) {
    const id = await pickDispute(ctx, task);
    if (!id) return noDispute(ctx);
    await callAndSay(ctx, 'add_evidence', {
      dispute_id: id,
      evidence_type: 'uncategorized_text',
      content: str(task, 'content')!.slice(0, 20_000),
      submit_to_network: false,
    });
    ctx.state.lastDisputeId = id;
    return 'done';
  },
};

export const fraudCheckFlow: Flow = {
  intent: 'fraud_check',
  tool: 'fraud_score',
  fill(task, u) {
    setIf(task, 'amount_cents', u.entities.amountsCents[0]);
    setIf(task, 'merchant', u.entities.merchant?.matched ?? u.entities.merchant?.text);
  },
  missing(task) {
    if (task.slots.amount_cents === undefined)
      return {
        slot: 'amount_cents',
        question: 'Which charge are you worried about? Tell me its amount and merchant.',
      };
    return undefined;
  },
  async run(ctx, task) {
    const found = await ctx.call('search_transactions', {
      amount_cents: task.slots.amount_cents,
      ...(task.slots.merchant ? { merchant: task.slots.merchant } : {}),
      limit: 1,
    });
    const match = found.ok ? (found.transactions as { transaction_id: string }[])[0] : undefined;
    await callAndSay(ctx, 'fraud_score', {
      amount_cents: task.slots.amount_cents,
      ...(match ? { transaction_id: match.transaction_id } : {}),
    });
    return 'done';
  },
};
