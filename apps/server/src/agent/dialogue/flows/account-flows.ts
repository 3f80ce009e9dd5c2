import { TZDate } from '@date-fns/tz';
import type { Flow } from '../flow.js';
import { callAndSay, firstAccount, setIf, str } from '../flow.js';

export const checkBalanceFlow: Flow = {
  intent: 'check_balance',
  tool: 'check_balance',
  fill(task, u) {
    setIf(task, 'account', firstAccount(u));
  },
  async run(ctx, task) {
    const account = str(task, 'account');
    await callAndSay(ctx, 'check_balance', account ? { account } : {});
    return 'done';
  },
};

export const viewTransactionsFlow: Flow = {
  intent: 'view_transactions',
  tool: 'view_recent_transactions',
  fill(task, u) {
    setIf(task, 'account', firstAccount(u));
  },
  async run(ctx, task) {
    const account = str(task, 'account');
    await callAndSay(ctx, 'view_recent_transactions', {
      ...(account ? { account } : {}),
      limit: 10,
    });
    return 'done';
  },
};

export const searchTransactionsFlow: Flow = {
  intent: 'search_transactions',
  tool: 'search_transactions',
  fill(task, u) {
    setIf(task, 'merchant', u.entities.merchant?.matched ?? u.entities.merchant?.text);
    setIf(task, 'amount_cents', u.entities.amountsCents[0]);
    setIf(task, 'date_from', u.entities.dateRange?.from);
    setIf(task, 'date_to', u.entities.dateRange?.to);
    setIf(task, 'account', firstAccount(u));
  },
  missing(task) {
    if (['merchant', 'amount_cents', 'date_from'].some((s) => task.slots[s] !== undefined))
      return undefined;
    return { slot: 'merchant', question: 'Which merchant, amount or date should I look for?' };
  },
  async run(ctx, task) {
    const input: Record<string, unknown> = { limit: 10 };
    for (const slot of ['merchant', 'amount_cents', 'date_from', 'date_to', 'account']) {
      if (task.slots[slot] !== undefined) input[slot] = task.slots[slot];
    }
    await callAndSay(ctx, 'search_transactions', input);
    return 'done';
  },
};

export const requestStatementFlow: Flow = {
  intent: 'request_statement',
  tool: 'request_statement',
  fill(task, u, _ctx, text) {
    setIf(task, 'account', firstAccount(u));
    const delivery = /\be-?mail/i.test(text)
      ? 'email'
      : /\b(mail|post|paper)\b/i.test(text)
        ? 'mail'
        : /\b(download|pdf|online)\b/i.test(text)
          ? 'download'
          : undefined;
    setIf(task, 'delivery', delivery);
    if (u.entities.dateRange) setIf(task, 'month', u.entities.dateRange.from.slice(0, 7));
  },
  missing(task) {
    if (!task.slots.delivery)
      return {
        slot: 'delivery',
        question: 'Would you like the statement by email, by mail, or as a download?',
      };
    return undefined;
  },
  async run(ctx, task) {
    const today = new TZDate(ctx.now.getTime(), ctx.services.timeZone);
    const lastMonth = new TZDate(
      today.getFullYear(),
      today.getMonth() - 1,
      1,
      ctx.services.timeZone,
    );
    const month =
      str(task, 'month') ??
      `${lastMonth.getFullYear()}-${String(lastMonth.getMonth() + 1).padStart(2, '0')}`;
    await callAndSay(ctx, 'request_statement', {
      account: str(task, 'account') ?? 'checking',
      month,
      delivery: str(task, 'delivery'),
    });
    return 'done';
  },
};

export const explainPendingFlow: Flow = {
  intent: 'explain_pending',
  tool: 'explain_pending',
  fill() {},
  async run(ctx) {
    await callAndSay(ctx, 'explain_pending', {});
    return 'done';
  },
};

export const clarifyMerchantFlow: Flow = {
  intent: 'clarify_merchant',
  tool: 'clarify_merchant',
  fill(task, u, _ctx, text) {
    const descriptor = text.match(
      /\b(SQ ?\*|TST\*|AMZN|PAYPAL ?\*|APL\*|GOOGLE ?\*|SP ?\*)[^?.,!]*/i,
    )?.[0];
    setIf(task, 'descriptor', descriptor?.trim());
    setIf(task, 'merchant', u.entities.merchant?.matched ?? u.entities.merchant?.text);
  },
  missing(task) {
    if (task.slots.descriptor || task.slots.merchant) return undefined;
    return { slot: 'descriptor', question: 'What does the charge say on your statement?' };
  },
  async run(ctx, task) {
    const descriptor = str(task, 'descriptor');
    const merchant = str(task, 'merchant');
    await callAndSay(ctx, 'clarify_merchant', {
      ...(descriptor ? { descriptor } : {}),
      ...(merchant && !descriptor ? { merchant } : {}),
    });
    return 'done';
  },
};

export const replacementStatusFlow: Flow = {
  intent: 'replacement_status',
  tool: 'check_replacement_status',
  fill(task, u) {
    setIf(task, 'card', u.entities.last4s[0]);
  },
  async run(ctx, task) {
    const card = str(task, 'card');
    await callAndSay(ctx, 'check_replacement_status', card ? { card } : {});
    return 'done';
  },
};

export const transferStatusFlow: Flow = {
  intent: 'transfer_status',
  tool: 'check_transfer_status',
  fill(task, u, _ctx, text) {
    const rail = /\bzelle\b/i.test(text)
      ? 'zelle'
      : /\bach\b|direct deposit|vanguard/i.test(text)
        ? 'ach'
        : /\bwire\b/i.test(text)
          ? 'wire'
          : undefined;
    setIf(task, 'rail', rail);
    setIf(task, 'confirmation_number', u.entities.caseNumber);
    const to = text.match(/\bto ([A-Z][a-z]+(?: [A-Z][a-z]+)?)/)?.[1];
    setIf(task, 'counterparty', to);
    setIf(task, 'amount_cents', u.entities.amountsCents[0]);
  },
  async run(ctx, task) {
    const input: Record<string, unknown> = {};
    for (const slot of ['rail', 'confirmation_number', 'counterparty']) {
      if (task.slots[slot] !== undefined) input[slot] = task.slots[slot];
    }
    await callAndSay(ctx, 'check_transfer_status', input);
    return 'done';
  },
};
