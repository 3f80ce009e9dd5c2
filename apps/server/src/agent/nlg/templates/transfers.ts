import { bullets, say } from '../compose.js';
import { humanizeDates } from '../format-date.js';
import { accountLabel, accountNoun } from '../labels.js';
import { bag, bags, day, md, money, str } from '../read.js';
import type { Bag, RenderContext, ToolTemplate } from '../types.js';

/**
 * Seed 000: "Transfer complete! Confirmation number: TXN-20240115-001. Your new checking balance
 * is $5,147.32."
 */
const internalTransfer: ToolTemplate = {
  success(r) {
    const from = bag(r, 'from');
    const to = bag(r, 'to');
    const amount = money(r, 'amount_cents', 'amount');
    const confirmation = str(r, 'confirmation_number');
    const fromType = str(from, 'type');
    const fromBalance = money(from, 'available_cents', 'available');
    const toType = str(to, 'type');
    const toBalance = money(to, 'available_cents', 'available');
    const fromName =
      fromType === 'checking' || fromType === 'savings' ? fromType : accountNoun(fromType);
    const head = [
      'Transfer complete!',
      confirmation ? `Confirmation number: ${confirmation}.` : null,
      fromBalance ? `Your new ${fromName} balance is ${fromBalance}.` : null,
    ];
    const deposit = toType === 'checking' || toType === 'savings';
    const moved = `I moved ${amount ?? 'the money'} from your ${accountLabel(fromType, str(from, 'last4'))} to your ${accountLabel(toType, str(to, 'last4'))}${deposit && toBalance ? `, which now has ${toBalance} available` : ''}.`;
    return [say(head.filter(Boolean).join(' ')), say(moved)];
  },
};

function transferLine(t: Bag, ctx: RenderContext): string {
  const explanation = str(t, 'explanation');
  const confirmation = str(t, 'confirmation_number');
  const amount = money(t, 'amount_cents', 'amount');
  const counterparty = str(t, 'counterparty');
  const base = explanation
    ? humanizeDates(explanation, ctx)
    : `Your transfer${amount ? ` of ${amount}` : ''}${counterparty ? ` to ${counterparty}` : ''} is ${(str(t, 'status') ?? 'in progress').replaceAll('_', ' ')}.`;
  const shown = counterparty ? base.replace(counterparty, md(counterparty)) : base;
  return `${shown}${confirmation ? ` Confirmation number: ${confirmation}.` : ''}`;
}

const checkTransferStatus: ToolTemplate = {
  success(r, ctx) {
    const list = bags(r, 'transfers');
    if (list.length === 0) return [say("I couldn't find a transfer like that.")];
    if (list.length === 1) return [say(transferLine(list[0]!, ctx))];
    const lines = list.map((t) => transferLine(t, ctx));
    return [say(`Here are your ${list.length} most recent transfers:`), bullets(lines)];
  },
  refusal(r) {
    return r.code === 'NOT_FOUND'
      ? [say("I couldn't find a transfer like that. Do you have its confirmation number?")]
      : null;
  },
};

const sendWire: ToolTemplate = {
  success(r, ctx) {
    const beneficiary = bag(r, 'beneficiary');
    const name = str(beneficiary, 'name');
    const bank = str(beneficiary, 'bank');
    const last4 = str(beneficiary, 'account_last4');
    const amount = money(r, null, 'amount');
    const fee = money(r, null, 'fee');
    const total = money(r, null, 'total');
    const confirmation = str(r, 'confirmation_number');
    const to = `${name ? md(name) : 'the beneficiary'}${bank ? ` at ${md(bank)}` : ''}${last4 ? ` (account ending in ${last4})` : ''}`;
    const sendDay = day(str(r, 'send_date'), ctx);
    const today = str(r, 'status') === 'processing';
    const first = `Your wire of ${amount ?? 'that amount'} to ${to} ${today ? 'is on its way today' : `will go out on ${sendDay ?? 'the next business day'}`}.${confirmation ? ` Confirmation number: ${confirmation}.` : ''}`;
    const cost =
      total && fee && fee !== '$0.00'
        ? `The total taken from your account is ${total}, including the ${fee} wire fee.`
        : null;
    const timing = today ? null : 'Wires go out on business days before the daily cutoff.';
    return [
      say(first),
      say([timing, cost, 'Wires are final once sent.'].filter(Boolean).join(' ')),
    ];
  },
};

export const transferTemplates: Record<string, ToolTemplate> = {
  internal_transfer: internalTransfer,
  check_transfer_status: checkTransferStatus,
  send_wire: sendWire,
};
