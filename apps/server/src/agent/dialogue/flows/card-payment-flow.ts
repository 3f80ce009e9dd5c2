import type { Flow } from '../flow.js';
import { renderToolResult } from '../../nlg/index.js';
import { callAndSay, moneyWords, num, renderContext, str } from '../flow.js';

/**
 * Seed 003's call: what to pay and how much, then the card goes into the secure form (or the
 * keypad) and straight to the vault; this flow only ever sees the token, brand and last four.
 */
export const cardPaymentFlow: Flow = {
  intent: 'card_payment',
  tool: 'make_card_payment',
  fill(task, u, _ctx, text) {
    const kind = u.entities.accounts.find(
      (a) => a.kind === 'credit_card' || a.kind === 'loan',
    )?.kind;
    if (kind) task.slots.account = kind === 'loan' ? 'loan' : 'credit card';
    else if (/\bcredit card\b/i.test(text) && !task.slots.account)
      task.slots.account = 'credit card';
    else if (/\bloan\b/i.test(text)) task.slots.account = 'loan';
    const amount = u.entities.amountsCents[0];
    if (amount !== undefined) task.slots.amount_cents = amount;
  },
  missing(task) {
    if (!task.slots.account)
      return {
        slot: 'account',
        question: 'Which would you like to pay: your credit card or your loan?',
      };
    if (num(task, 'amount_cents') === undefined)
      return { slot: 'amount_cents', question: 'How much would you like to pay?' };
    return undefined;
  },
  confirm(task) {
    if (!task.slots.card_token) return '';
    return `Just to confirm: pay ${moneyWords(num(task, 'amount_cents')!)} to your ${str(task, 'account')} with the ${str(task, 'card_label')}. Shall I go ahead?`;
  },
  async run(ctx, task) {
    if (!task.slots.card_token) {
      // Starting the capture moves nothing; the payment itself is confirmed once the card is known.
      const started = await ctx.call(
        'make_card_payment',
        { account: str(task, 'account'), amount_cents: num(task, 'amount_cents') },
        { confirmed: true, idempotencyKey: ctx.newKey() },
      );
      if (!started.ok && started.code === 'CARD_CAPTURE_REQUIRED') {
        task.captureId = String(started.capture_id);
        const url = typeof started.capture_url === 'string' ? started.capture_url : undefined;
        if (url) {
          ctx.capture = { captureId: task.captureId, url };
          task.slots.capture_url = url;
        }
        ctx.ask(
          'card',
          url
            ? `Please enter your card in our secure form: ${url}. For your security, never type card details into this chat. Tell me when you're done.`
            : 'Please key in your 16-digit card number on your keypad, followed by the pound key.',
        );
        return 'waiting';
      }
      ctx.say(renderToolResult('make_card_payment', started, renderContext(ctx)));
      return 'done';
    }
    await callAndSay(
      ctx,
      'make_card_payment',
      {
        account: str(task, 'account'),
        amount_cents: num(task, 'amount_cents'),
        card_token: str(task, 'card_token'),
      },
      { confirmed: true, idempotencyKey: (task.idempotencyKey ??= ctx.newKey()) },
    );
    return 'done';
  },
};
