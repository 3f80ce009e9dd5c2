import { z } from 'zod';
import { formatUsd } from '../domain/index.js';
import { formatLongDate, localDateOf } from '../domain/regulation/index.js';
import { getBalances } from '../ledger/index.js';
import {
  brandName,
  findCapture,
  findCard,
  payWithCapturedCard,
  startCardCapture,
} from '../pci/index.js';
import { isRefusal, resolveAccount } from './resolve.js';
import type { AccountRow } from './resolve.js';
import { defineTool, refuse } from './tool.js';
import type { ToolContext, ToolRefusal } from './tool.js';

/** What can be paid with an outside card: a loan or a credit card of the customer's with a balance. */
async function payableAccount(
  ctx: ToolContext,
  selector: string,
  amountCents: number,
): Promise<AccountRow | ToolRefusal> {
  const account = await resolveAccount(ctx.tx, ctx.customerId!, selector);
  if (isRefusal(account)) return account;
  if (account.type !== 'loan' && account.type !== 'credit_card') {
    return refuse(
      'INVALID_INPUT',
      'a card payment pays a loan or a credit card; for other accounts use a transfer',
    );
  }
  if (account.status !== 'open') return refuse('ACCOUNT_NOT_OPEN', 'that account is not open');
  const limit = ctx.services.bank.limits.cardPaymentCents;
  if (amountCents > limit)
    return refuse('LIMIT_EXCEEDED', `card payments are limited to ${formatUsd(limit)}`);
  const balance = (await getBalances(ctx.tx, [account.id])).get(account.id)!;
  const owed = -balance.postedCents;
  if (owed <= 0) return refuse('INVALID_AMOUNT', 'nothing is owed on that account');
  if (amountCents > owed) {
    return refuse('INVALID_AMOUNT', `that is more than the ${formatUsd(owed)} owed`, {
      owed_cents: owed,
    });
  }
  return account;
}

const accountLabel = (account: AccountRow) =>
  `${account.type === 'loan' ? 'loan' : 'credit card'} ending in ${account.numberLast4}`;

export const makeCardPayment = defineTool({
  name: 'make_card_payment',
  title: 'Pay with a card',
  description:
    'Pays one of the customer’s loans or credit cards with a debit or credit card from another bank (seed 003). Never ask for or pass card digits: call first without card_token, which opens a secure card entry (keypad on the phone, a card form on the web) and answers CARD_CAPTURE_REQUIRED; once the card is entered you receive its token, brand and last four, then call again with card_token to take the payment. Needs an explicit confirmation and an idempotency key.',
  input: z.strictObject({
    account: z
      .string()
      .min(1)
      .max(40)
      .describe(
        'The loan or credit card to pay: its id, "credit card", "loan" or its last four digits',
      ),
    amount_cents: z.number().int().positive(),
    card_token: z
      .string()
      .regex(/^tok_[A-Za-z0-9]{24}$/)
      .optional()
      .describe('The token of the card the customer entered; leave out to start card entry'),
  }),
  minLevel: 1,
  movesMoney: true,
  complianceFlags: ['pci'],
  async handler(ctx, input) {
    const payments = ctx.services.payments;
    if (!payments)
      return refuse('PAYMENT_PROCESSOR_UNAVAILABLE', 'card payments are not set up here');
    const account = await payableAccount(ctx, input.account, input.amount_cents);
    if (isRefusal(account)) return account;

    if (!input.card_token) {
      const channel = ctx.session.channel === 'phone' ? 'keypad' : 'web';
      const capture = await startCardCapture(ctx.tx, {
        sessionId: ctx.session.id,
        customerId: ctx.customerId!,
        accountId: account.id,
        amountCents: input.amount_cents,
        channel,
        now: ctx.now,
      });
      return refuse(
        'CARD_CAPTURE_REQUIRED',
        channel === 'keypad'
          ? 'ask the caller to key in the card number followed by the pound key; the digits go straight to the secure vault'
          : 'show the customer the secure card form; the card goes straight to the vault',
        {
          capture_id: capture.id,
          channel,
          ...(channel === 'web'
            ? { capture_url: `${payments.publicUrl}/capture/${capture.id}` }
            : {}),
          amount: formatUsd(input.amount_cents),
          pays: accountLabel(account),
          expires_at: capture.expiresAt.toISOString(),
        },
      );
    }

    const paid = await payWithCapturedCard(
      ctx.tx,
      { processor: payments.processor, ledger: ctx.ledger, now: ctx.now },
      {
        sessionId: ctx.session.id,
        customerId: ctx.customerId!,
        token: input.card_token,
        accountId: account.id,
        amountCents: input.amount_cents,
      },
    );
    if (!paid.ok) return paid;
    const balance = (await getBalances(ctx.tx, [account.id])).get(account.id)!;
    const card = `${brandName(paid.card.brand)} ending in ${paid.card.last4}`;
    const amount = formatUsd(paid.payment.amountCents);
    const day = formatLongDate(localDateOf(ctx.now, ctx.services.timeZone));
    return {
      ok: true,
      status: 'succeeded',
      confirmation_number: paid.payment.confirmationNumber,
      amount_cents: paid.payment.amountCents,
      amount,
      paid_to: accountLabel(account),
      card: { brand: paid.card.brand, last4: paid.card.last4 },
      remaining_balance: formatUsd(Math.max(0, -balance.postedCents)),
      receipt: [
        `Payment of ${amount} to your ${accountLabel(account)}`,
        `Paid with ${card} on ${day}`,
        `Confirmation number ${paid.payment.confirmationNumber}`,
      ],
    };
  },
});

const nextStep = { awaiting_card: 'card', awaiting_expiry: 'expiry', awaiting_cvv: 'cvv' } as const;

export const checkCardCapture = defineTool({
  name: 'check_card_capture',
  title: 'Is the card entered yet',
  description:
    'After make_card_payment answered CARD_CAPTURE_REQUIRED: whether the customer has finished entering the card. Once authorised, returns the card as a token with brand, last four and expiry — all you may ever know of it — to pass to make_card_payment as card_token.',
  input: z.strictObject({ capture_id: z.string().regex(/^cap_[A-Za-z0-9]{24}$/) }),
  minLevel: 1,
  complianceFlags: ['pci'],
  async handler(ctx, input) {
    const capture = await findCapture(ctx.tx, input.capture_id);
    // Another conversation's capture, even the same customer's, is not this one's to use.
    if (!capture || capture.sessionId !== ctx.session.id)
      return refuse('NOT_FOUND', 'no such card request');
    const card = capture.vaultToken ? await findCard(ctx.tx, capture.vaultToken) : undefined;
    const open = capture.status in nextStep && capture.expiresAt > ctx.now;
    return {
      ok: true,
      capture_id: capture.id,
      status: capture.status in nextStep && !open ? 'expired' : capture.status,
      ...(open ? { waiting_for: nextStep[capture.status as keyof typeof nextStep] } : {}),
      card:
        card && capture.status === 'authorized'
          ? {
              token: card.token,
              brand: card.brand,
              last4: card.last4,
              exp_month: card.expMonth,
              exp_year: card.expYear,
            }
          : null,
      ...(capture.declineCode ? { decline_code: capture.declineCode } : {}),
      amount: formatUsd(capture.amountCents),
      expires_at: capture.expiresAt.toISOString(),
    };
  },
});
