import type { Task } from '../../state/index.js';
import type { Understanding } from '../../brains/builtin/understand.js';
import type { Flow } from '../flow.js';
import { callAndSay, moneyWords, setIf, str } from '../flow.js';
import type { TurnContext } from '../turn-context.js';

/** Seed 004's reasons, from the customer's own words. */
function reasonIn(text: string): string | undefined {
  if (
    /\b(didn'?t|did not|never) (make|authori[sz]e)|unauthori[sz]ed|fraud|not me|wasn'?t me|stolen/i.test(
      text,
    )
  )
    return 'fraudulent';
  if (/\b(twice|double|duplicate)/i.test(text)) return 'duplicate';
  if (
    /\bnever (arrived|received|came|got)|(didn'?t|did not) (arrive|receive|get)|not (arrived|received)/i.test(
      text,
    )
  )
    return 'product_not_received';
  if (/\bcancel(l)?ed (my )?(subscription|membership)/i.test(text)) return 'subscription_canceled';
  if (/\brefund\b.*\b(not|never)|(not|never)\b.*\brefund|credit (was )?not/i.test(text))
    return 'credit_not_processed';
  if (/\b(defective|broken|damaged|not as described|wrong item)/i.test(text))
    return 'product_unacceptable';
  if (/\b(don'?t|do not) recogni[sz]e|unrecogni[sz]ed|no idea what/i.test(text))
    return 'unrecognized';
  return undefined;
}

function fillCharge(task: Task, u: Understanding): void {
  setIf(task, 'amount_cents', u.entities.amountsCents[0]);
  setIf(task, 'merchant', u.entities.merchant?.matched ?? u.entities.merchant?.text);
  setIf(task, 'date_from', u.entities.dateRange?.from);
  setIf(task, 'date_to', u.entities.dateRange?.to);
}

const hasCharge = (task: Task) =>
  task.slots.amount_cents !== undefined || task.slots.merchant !== undefined;

type Found = {
  transaction_id: string;
  amount_cents: number;
  description: string;
  merchant_name: string | null;
  date: string;
};

/**
 * Seed 004's flow 1: find the charge the customer describes (lookup_transaction), then file the
 * dispute on it (file_dispute); two candidates are read back so the customer can choose.
 */
export const disputeChargeFlow: Flow = {
  intent: 'dispute_charge',
  tool: 'file_dispute',
  fill(task, u, _ctx, text) {
    fillCharge(task, u);
    setIf(task, 'reason', reasonIn(text));
    const choices = task.slots.choices;
    if (task.asking === 'choice' && Array.isArray(choices)) {
      const pick = /\b(first|1st|one|1)\b/i.test(text)
        ? 0
        : /\b(second|2nd|two|2|other|last)\b/i.test(text)
          ? 1
          : -1;
      if (pick >= 0 && choices[pick]) task.slots.charge_id = choices[pick]!;
    }
  },
  missing(task) {
    if (task.slots.charge_id || hasCharge(task)) return undefined;
    return {
      slot: 'charge',
      question: 'Which charge would you like to dispute? Tell me the amount and the merchant.',
    };
  },
  async run(ctx, task) {
    if (!task.slots.charge_id) {
      const found = await ctx.call('lookup_transaction', {
        ...(typeof task.slots.amount_cents === 'number'
          ? { amount_cents: task.slots.amount_cents }
          : {}),
        ...(str(task, 'merchant') ? { merchant_name: str(task, 'merchant') } : {}),
        ...(str(task, 'date_from') ? { date_from: str(task, 'date_from') } : {}),
        ...(str(task, 'date_to') ? { date_to: str(task, 'date_to') } : {}),
        limit: 5,
      });
      const charges = found.ok
        ? (found.transactions as Found[]).filter((t) => t.amount_cents < 0)
        : [];
      if (charges.length === 0) {
        ctx.say(
          "I couldn't find a charge like that on your accounts. Could you check the amount or the merchant?",
        );
        delete task.slots.amount_cents;
        delete task.slots.merchant;
        task.asking = 'charge';
        ctx.ask('slot', 'Which charge would you like to dispute?', 'charge');
        return 'waiting';
      }
      if (charges.length > 1) {
        task.slots.choices = charges.slice(0, 2).map((c) => c.transaction_id);
        task.asking = 'choice';
        const list = charges
          .slice(0, 2)
          .map(
            (c, i) =>
              `${i === 0 ? 'the first' : 'the second'}: ${moneyWords(-c.amount_cents)} at ${c.description} on ${c.date}`,
          )
          .join(', or ');
        ctx.ask('slot', `I found more than one matching charge. Is it ${list}?`, 'choice');
        return 'waiting';
      }
      const charge = charges[0]!;
      task.slots.charge_id = charge.transaction_id;
      task.slots.charge_description = charge.description;
      task.slots.charge_date = charge.date;
      if (charge.merchant_name) task.slots.charge_merchant = charge.merchant_name;
    }
    const outcome = await callAndSay(
      ctx,
      'file_dispute',
      { charge_id: str(task, 'charge_id'), reason: str(task, 'reason') ?? 'general' },
      str(task, 'charge_description')
        ? {
            charge: {
              description: str(task, 'charge_description')!,
              merchant_name: str(task, 'charge_merchant') ?? null,
              date: str(task, 'charge_date')!,
            },
          }
        : {},
    );
    if (outcome.ok) ctx.state.lastDisputeId = String(outcome.dispute_id ?? '');
    return 'done';
  },
};

/** The charges the customer named, found among their own transactions. */
async function findCharges(ctx: TurnContext, task: Task): Promise<{ id: string; label: string }[]> {
  const input: Record<string, unknown> = { limit: 10 };
  if (task.slots.merchant) input.merchant = task.slots.merchant;
  if (typeof task.slots.amount_cents === 'number') input.amount_cents = task.slots.amount_cents;
  if (task.slots.date_from) input.date_from = task.slots.date_from;
  if (task.slots.date_to) input.date_to = task.slots.date_to;
  const found = await ctx.call('search_transactions', input);
  if (!found.ok) return [];
  const rows = (
    found.transactions as { transaction_id: string; amount_cents: number; description: string }[]
  ).filter((t) => t.amount_cents < 0);
  return rows.map((t) => ({
    id: t.transaction_id,
    label: `${moneyWords(-t.amount_cents)} charge at ${t.description}`,
  }));
}

export const reportFraudFlow: Flow = {
  intent: 'report_fraud',
  tool: 'report_fraud',
  fill(task, u) {
    fillCharge(task, u);
    setIf(task, 'card', u.entities.last4s[0]);
  },
  async prepare(ctx, task) {
    // Seed 000: the card stops working at once, before anything else is asked.
    const card = str(task, 'card');
    const frozen = await ctx.call('freeze_card', card ? { card } : {});
    if (frozen.ok || frozen.code === 'INVALID_TRANSITION')
      ctx.say("I'm immediately deactivating your card for security.");
  },
  missing(task) {
    if (Array.isArray(task.slots.transaction_ids) && task.slots.transaction_ids.length > 0)
      return undefined;
    if (hasCharge(task) && task.asked < 2) return undefined;
    return { slot: 'charges', question: 'Can you tell me which transactions appear fraudulent?' };
  },
  async confirm(task, ctx) {
    if (!Array.isArray(task.slots.transaction_ids)) {
      const charges = await findCharges(ctx, task);
      if (charges.length === 0 || charges.length > 3) {
        delete task.slots.amount_cents;
        delete task.slots.merchant;
        task.asked += 1;
        return '';
      }
      task.slots.transaction_ids = charges.map((c) => c.id);
      task.slots.charges_label = charges.map((c) => c.label).join(' and ');
    }
    return `I'll report the ${str(task, 'charges_label')} as fraud, cancel your card and send you a new one. Shall I go ahead?`;
  },
  async run(ctx, task) {
    const card = str(task, 'card');
    await callAndSay(ctx, 'report_fraud', {
      ...(card ? { card } : {}),
      transaction_ids: task.slots.transaction_ids,
      description: 'Reported by the customer in conversation as not made by them.',
    });
    return 'done';
  },
};
