import { say, speechOnly, textOnly } from '../compose.js';
import { brand } from '../labels.js';
import { bag, money, str } from '../read.js';
import type { Bag, Refusal, RenderContext, Reply, ToolTemplate } from '../types.js';

function outsideCard(card: Bag | null): string {
  const name = brand(str(card, 'brand')) ?? 'card';
  const last4 = str(card, 'last4');
  return last4 && /^\d{4}$/.test(last4) ? `${name} ending in ${last4}` : name;
}

function minutesLeft(expiresAt: string | null, ctx: RenderContext): number | null {
  const at = expiresAt ? Date.parse(expiresAt) : Number.NaN;
  if (Number.isNaN(at)) return null;
  const minutes = Math.round((at - ctx.now.getTime()) / 60_000);
  return minutes > 0 ? minutes : null;
}

/**
 * The card is never typed into the conversation: the phone gets keypad entry, everything else a
 * secure form whose link the chat shows (and a voice tells the customer to look for on screen).
 */
function captureRequired(r: Refusal, ctx: RenderContext): Reply {
  const amount = money(r, null, 'amount');
  const pays = str(r, 'pays');
  const purpose =
    amount && pays ? `To pay ${amount} toward your ${pays}, ` : 'To take the payment, ';
  const left = minutesLeft(str(r, 'expires_at'), ctx);
  const expiry = left ? ` The secure entry stays open for about ${left} minutes.` : '';
  if (str(r, 'channel') === 'keypad') {
    return [
      say(
        `${purpose}please key in the card number on your phone's keypad, followed by the pound key. The digits go straight to our secure payment vault; I never hear them.${expiry}`,
      ),
    ];
  }
  const url = str(r, 'capture_url');
  return [
    textOnly(
      `${purpose}please enter your card in our secure card form${url ? `: ${url}` : ''}. Your card details go straight to our secure payment vault; I never see them.${expiry}`,
    ),
    speechOnly(
      `${purpose}please enter your card in the secure card form ${ctx.channel === 'phone' ? 'we are sending you' : 'on your screen'}. Your card details go straight to our secure payment vault; I never see or hear them.`,
    ),
  ];
}

const declines: Record<string, string> = {
  insufficient_funds: 'That card was declined for insufficient funds.',
  expired_card: 'That card has expired.',
  incorrect_cvc: "The card's security code wasn't accepted.",
  processing_error: "The card couldn't be processed just now.",
};

const makeCardPayment: ToolTemplate = {
  success(r) {
    const amount = money(r, 'amount_cents', 'amount');
    const paidTo = str(r, 'paid_to');
    const confirmation = str(r, 'confirmation_number');
    const remaining = money(r, null, 'remaining_balance');
    const head = [
      'Payment complete!',
      confirmation ? `Confirmation number: ${confirmation}.` : null,
      `${amount ?? 'The payment'} was paid to your ${paidTo ?? 'account'} with your ${outsideCard(bag(r, 'card'))}.`,
      remaining ? `The remaining balance is ${remaining}.` : null,
    ];
    return [say(head.filter(Boolean).join(' '))];
  },
  refusal(r, ctx) {
    if (r.code === 'CARD_CAPTURE_REQUIRED' && str(r, 'channel')) return captureRequired(r, ctx);
    if (r.code === 'CARD_DECLINED') {
      const reason = declines[str(r, 'decline_code') ?? ''] ?? 'That card was declined.';
      return [say(`${reason} You can try another card, and nothing has been charged.`)];
    }
    if (r.code === 'CONFLICT') {
      const confirmation = str(r, 'confirmation_number');
      return [
        say(
          `That payment has already been made${confirmation ? ` (confirmation number ${confirmation})` : ''}, so I haven't charged the card again.`,
        ),
      ];
    }
    if (r.code === 'INVALID_AMOUNT') {
      const owed = money(r, 'owed_cents');
      return [
        say(
          r.message.includes('nothing is owed')
            ? "There's nothing owed on that account right now, so there's nothing to pay."
            : `That's more than the ${owed ?? 'balance'} owed. Would you like to pay ${owed ? 'that amount' : 'the balance'} instead?`,
        ),
      ];
    }
    if (r.code === 'NOT_FOUND' && r.message.includes('card was entered'))
      return [
        say(
          "I can't find a card entered in this conversation for that. Let's start the card entry again.",
        ),
      ];
    return null;
  },
};

const waitingFor: Record<string, string> = {
  card: 'the card number',
  expiry: 'the expiry date',
  cvv: 'the security code',
};

const checkCardCapture: ToolTemplate = {
  success(r) {
    const status = str(r, 'status');
    const amount = money(r, null, 'amount');
    switch (status) {
      case 'authorized':
        return [
          say(
            `Thanks, your ${outsideCard(bag(r, 'card'))} is ready. I'll take the payment${amount ? ` of ${amount}` : ''} once you confirm.`,
          ),
        ];
      case 'declined':
        return [
          say('That card was declined, so nothing has been charged. You can try another card.'),
        ];
      case 'failed':
        return [
          say(
            "The card details couldn't be verified, so nothing has been charged. We can try again.",
          ),
        ];
      case 'expired':
        return [
          say('The secure card entry has expired. We can start again whenever you are ready.'),
        ];
      case 'cancelled':
        return [say('The card entry was cancelled, and nothing has been charged.')];
      case 'used':
        return [say('That card entry has already been used for its payment.')];
      default: {
        const next = waitingFor[str(r, 'waiting_for') ?? ''] ?? 'the card details';
        return [say(`I'm still waiting for ${next} to be entered in the secure form.`)];
      }
    }
  },
  refusal: (r) =>
    r.code === 'NOT_FOUND'
      ? [say("I can't find that card entry in this conversation. Let's start it again.")]
      : null,
};

export const cardPaymentTemplates: Record<string, ToolTemplate> = {
  make_card_payment: makeCardPayment,
  check_card_capture: checkCardCapture,
};
