import { localDateOf } from '../../../domain/regulation/index.js';
import type { Flow } from '../flow.js';
import { callAndSay, firstAccount, moneyWords, num, setIf, str } from '../flow.js';

const key = (ctx: { newKey(): string }, task: { idempotencyKey?: string | undefined }) =>
  (task.idempotencyKey ??= ctx.newKey());

export const internalTransferFlow: Flow = {
  intent: 'internal_transfer',
  tool: 'internal_transfer',
  fill(task, u) {
    setIf(task, 'amount_cents', u.entities.amountsCents[0]);
    setIf(task, 'from_account', firstAccount(u, 'from'));
    setIf(task, 'to_account', firstAccount(u, 'to'));
    const plain = u.entities.accounts.filter((a) => !a.role);
    if (plain.length > 0 && !task.slots.to_account && task.slots.from_account)
      setIf(task, 'to_account', plain[0]!.kind?.replace(/_/g, ' ') ?? plain[0]!.last4);
  },
  missing(task) {
    if (num(task, 'amount_cents') === undefined)
      return { slot: 'amount_cents', question: 'How much would you like to transfer?' };
    const from = str(task, 'from_account');
    const to = str(task, 'to_account');
    // Between two accounts, naming one names the other.
    if (!from && to === 'savings') task.slots.from_account = 'checking';
    if (!to && from === 'checking') task.slots.to_account = 'savings';
    if (!from && to === 'checking') task.slots.from_account = 'savings';
    if (!to && from === 'savings') task.slots.to_account = 'checking';
    if (!task.slots.from_account)
      return { slot: 'from_account', question: 'Which account should the money come from?' };
    if (!task.slots.to_account)
      return { slot: 'to_account', question: 'And which account should it go to?' };
    return undefined;
  },
  confirm(task) {
    return `Just to confirm: transfer ${moneyWords(num(task, 'amount_cents')!)} from ${str(task, 'from_account')} to ${str(task, 'to_account')}. Shall I go ahead?`;
  },
  async run(ctx, task) {
    ctx.say(
      `Transferring ${moneyWords(num(task, 'amount_cents')!)} from ${str(task, 'from_account')} to ${str(task, 'to_account')}...`,
    );
    await callAndSay(
      ctx,
      'internal_transfer',
      {
        from_account: str(task, 'from_account'),
        to_account: str(task, 'to_account'),
        amount_cents: num(task, 'amount_cents'),
      },
      { confirmed: true, idempotencyKey: key(ctx, task) },
    );
    return 'done';
  },
};

function payeeIn(text: string): string | undefined {
  const m = text.match(
    /\b(?:pay|paying|payee|add|to)\s+(?:my\s+|the\s+)?([A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})/,
  );
  return m?.[1]?.replace(/\s+(bill|account)$/i, '');
}

export const billPayFlow: Flow = {
  intent: 'bill_pay',
  tool: 'setup_billpay',
  fill(task, u, _ctx, text) {
    if (task.asking === 'payee_name' && !payeeIn(text))
      setIf(task, 'payee_name', text.trim().slice(0, 80));
    setIf(task, 'payee_name', payeeIn(text));
    setIf(task, 'amount_cents', u.entities.amountsCents[0]);
    setIf(task, 'from_account', firstAccount(u, 'from'));
    if (/\bmonthly|every month\b/i.test(text)) task.slots.frequency = 'monthly';
    else if (/\bbi-?weekly|every (two|2|other) weeks?\b/i.test(text))
      task.slots.frequency = 'biweekly';
    else if (/\bweekly|every week\b/i.test(text)) task.slots.frequency = 'weekly';
    if (u.entities.dateRange && u.entities.dateRange.from > ctxDate(_ctx))
      setIf(task, 'send_on', u.entities.dateRange.from);
  },
  missing(task) {
    if (!task.slots.payee_name)
      return { slot: 'payee_name', question: 'Who would you like to pay?' };
    if (num(task, 'amount_cents') === undefined)
      return {
        slot: 'amount_cents',
        question: `How much would you like to pay ${str(task, 'payee_name')}?`,
      };
    return undefined;
  },
  confirm(task) {
    const frequency = str(task, 'frequency') ?? 'once';
    const when = str(task, 'send_on') ? ` on ${str(task, 'send_on')}` : '';
    return `Just to confirm: pay ${str(task, 'payee_name')} ${moneyWords(num(task, 'amount_cents')!)}${frequency === 'once' ? '' : ` ${frequency}`}${when} from ${str(task, 'from_account') ?? 'checking'}. Shall I go ahead?`;
  },
  async run(ctx, task) {
    await callAndSay(
      ctx,
      'setup_billpay',
      {
        payee_name: str(task, 'payee_name'),
        amount_cents: num(task, 'amount_cents'),
        from_account: str(task, 'from_account') ?? 'checking',
        frequency: str(task, 'frequency') ?? 'once',
        ...(str(task, 'send_on') ? { send_on: str(task, 'send_on') } : {}),
      },
      { confirmed: true, idempotencyKey: key(ctx, task) },
    );
    return 'done';
  },
};

function ctxDate(ctx: { now: Date; services: { timeZone: string } }): string {
  return localDateOf(ctx.now, ctx.services.timeZone);
}

export const stopPaymentFlow: Flow = {
  intent: 'stop_payment',
  tool: 'stop_payment',
  fill(task, u, _ctx, text) {
    const bare = task.asking === 'check_number' ? text.match(/\b(\d{1,10})\b/)?.[1] : undefined;
    const check = u.entities.checkNumber ?? bare;
    if (check) task.slots.check_number = Number(check);
    setIf(task, 'account', firstAccount(u));
  },
  missing(task) {
    if (num(task, 'check_number') === undefined)
      return { slot: 'check_number', question: 'Which check number should I stop?' };
    return undefined;
  },
  confirm(task, ctx) {
    return `Just to confirm: place a stop payment on check ${num(task, 'check_number')}. A ${moneyWords(ctx.services.bank.fees.stopPaymentCents)} fee applies. Shall I go ahead?`;
  },
  async run(ctx, task) {
    const account = str(task, 'account');
    await callAndSay(
      ctx,
      'stop_payment',
      { check_number: num(task, 'check_number'), ...(account ? { account } : {}) },
      { confirmed: true, idempotencyKey: key(ctx, task) },
    );
    return 'done';
  },
};

const wireSlots: { slot: string; question: string }[] = [
  { slot: 'amount_cents', question: 'How much would you like to wire?' },
  {
    slot: 'beneficiary_name',
    question: 'Who is the wire going to? Please give the full name on their account.',
  },
  { slot: 'beneficiary_bank', question: 'What is the name of their bank?' },
  { slot: 'routing_number', question: "What is their bank's 9-digit routing number?" },
  { slot: 'account_number', question: 'And their account number?' },
];

export const sendWireFlow: Flow = {
  intent: 'send_wire',
  tool: 'send_wire',
  fill(task, u, _ctx, text) {
    setIf(task, 'amount_cents', u.entities.amountsCents[0]);
    setIf(task, 'from_account', firstAccount(u, 'from'));
    const digits = text.replace(/[\s-]/g, '').match(/^\d{4,17}$/)?.[0];
    if (task.asking === 'routing_number' && digits?.length === 9)
      task.slots.routing_number = digits;
    else if (task.asking === 'account_number' && digits) task.slots.account_number = digits;
    else if (task.asking === 'beneficiary_name' || task.asking === 'beneficiary_bank')
      setIf(task, task.asking, text.trim().replace(/[.!]$/, '').slice(0, 80));
  },
  missing(task) {
    return wireSlots.find(({ slot }) => task.slots[slot] === undefined);
  },
  confirm(task, ctx) {
    return `Just to confirm: wire ${moneyWords(num(task, 'amount_cents')!)} to ${str(task, 'beneficiary_name')} at ${str(task, 'beneficiary_bank')}, account ending in ${String(task.slots.account_number).slice(-4)}. The wire fee is ${moneyWords(ctx.services.bank.fees.domesticWireCents)}. Shall I go ahead?`;
  },
  async run(ctx, task) {
    await callAndSay(
      ctx,
      'send_wire',
      {
        from_account: str(task, 'from_account') ?? 'checking',
        amount_cents: num(task, 'amount_cents'),
        beneficiary_name: str(task, 'beneficiary_name'),
        beneficiary_bank: str(task, 'beneficiary_bank'),
        routing_number: str(task, 'routing_number'),
        account_number: str(task, 'account_number'),
      },
      { confirmed: true, idempotencyKey: key(ctx, task) },
    );
    return 'done';
  },
};
