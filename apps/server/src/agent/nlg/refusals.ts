import type { ErrorCode } from '@bankdesk/contracts';
import { pciWarning } from '../../pci/index.js';
import { say } from './compose.js';
import { ambiguous, authRequired, lockedOut, tryAgain } from './refusal-parts.js';
import { int, plural, str } from './read.js';
import type { Refusal, RenderContext, Reply } from './types.js';

type Sentence = (refusal: Refusal, ctx: RenderContext, tool: string) => Reply;

const ourSide: Sentence = () => [
  say(
    "Something went wrong on our side, so I couldn't finish that. Please try again in a moment, or I can connect you with a colleague.",
  ),
];

const notHere: Sentence = () => [say("That isn't something I can do in this conversation.")];

/** What a limit is on, for "that's above the $25,000.00 limit for wires". */
const limitNouns: Record<string, string> = {
  internal_transfer: 'transfers',
  send_wire: 'wires',
  setup_billpay: 'bill payments',
  make_card_payment: 'card payments',
};

/**
 * The customer-facing sentence for every error code, so a new code cannot go unworded (the
 * record is exhaustive over ErrorCode). Tools that know better word their own refusals first.
 */
export const refusalSentences: Record<ErrorCode, Sentence> = {
  AUTH_REQUIRED: authRequired,
  STEP_UP_LOCKED: () => lockedOut('Verification is locked for now.'),
  IDENTIFY_FAILED: (r) => {
    const left = int(r, 'attempts_left');
    const need =
      str(r, 'need') === 'date_of_birth_or_zip'
        ? ' I also need your date of birth or ZIP code to confirm it is you.'
        : ' Could you check them and try again?';
    const tries =
      left !== null && left > 0 ? ` You have ${plural(left, 'more try', 'more tries')}.` : '';
    return [say(`Those details don't match our records.${need}${tries}`)];
  },
  IDENTIFY_LOCKED: () => lockedOut("I couldn't confirm your identity."),
  OTP_INVALID: (r) => {
    const left = int(r, 'attempts_left');
    const tries =
      left !== null && left > 0 ? ` You have ${plural(left, 'more try', 'more tries')}.` : '';
    return [say(`That code isn't right. Please check the text message and try again.${tries}`)];
  },
  OTP_EXPIRED: () => [say('That code has expired. I can send you a new one.')],
  OTP_NOT_SENT: () => [say("I haven't sent you a code yet. Shall I send one now?")],
  OTP_LOCKED: () => lockedOut('That was too many incorrect codes.'),
  OTP_SEND_LIMIT: (r) => {
    const seconds = int(r, 'retry_after_seconds');
    const minutes = seconds !== null ? Math.max(1, Math.ceil(seconds / 60)) : null;
    const wait = minutes ? `wait about ${plural(minutes, 'minute')}` : 'wait a few minutes';
    return [
      say(
        `I've sent several codes recently. Please use the latest one, or ${wait} before asking for another.`,
      ),
    ];
  },
  SMS_DELIVERY_FAILED: () => [
    say("I couldn't send the text message just now. Please try again in a moment."),
  ],
  SECURITY_ANSWER_INVALID: (r) => {
    const left = int(r, 'attempts_left');
    const tries =
      left !== null && left > 0 ? ` You have ${plural(left, 'more try', 'more tries')}.` : '';
    return [say(`That answer doesn't match our records.${tries}`)];
  },
  SECURITY_ANSWER_LOCKED: () => lockedOut('That was too many incorrect answers.'),
  SESSION_INVALID: () => [
    say("I can't continue this conversation. Please start a new one and I'll be glad to help."),
  ],
  SESSION_EXPIRED: () => [
    say(
      'For your security, this conversation has timed out. Please start a new one and I will be glad to help.',
    ),
  ],
  CONFIRMATION_REQUIRED: () => [
    say('Before I go ahead, please confirm that you would like me to do this.'),
  ],
  AMBIGUOUS: ambiguous,
  NOT_FOUND: (r) => {
    const message = r.message.toLowerCase();
    if (message.startsWith('there is no tool'))
      return [say("That isn't something I can do in this conversation.")];
    if (message.includes('account'))
      return [
        say(
          "I couldn't find an account like that. You can name it by type, like checking or savings, or by its last four digits.",
        ),
      ];
    if (message.includes('card'))
      return [say("I couldn't find a card like that. Could you tell me its last four digits?")];
    return [say("I couldn't find that. Could you check the details and try again?")];
  },
  INSUFFICIENT_FUNDS: () => [
    say(
      "There isn't enough available money in that account to cover this. You can check your balance or try a smaller amount.",
    ),
  ],
  LIMIT_EXCEEDED: (r, _ctx, tool) => {
    const limit = /\$[\d,]+\.\d{2}/.exec(r.message)?.[0];
    const what = limitNouns[tool] ?? 'this kind of payment';
    return [
      say(
        limit
          ? `That's more than the ${limit} limit for ${what} here. You could send a smaller amount, or I can connect you with a colleague.`
          : `That's above the limit for ${what} here.`,
      ),
    ];
  },
  CARD_NOT_FROZEN: () => [say("That card isn't frozen, so there's nothing to unfreeze.")],
  INVALID_INPUT: tryAgain,
  INVALID_AMOUNT: () => [say("That amount doesn't work here. Could you check it?")],
  SAME_ACCOUNT: () => [say('The two accounts need to be different. Which accounts should I use?')],
  ACCOUNT_NOT_OPEN: () => [say("That account isn't open, so I can't use it for this.")],
  CURRENCY_MISMATCH: () => [
    say("Those accounts are in different currencies, so I can't move money between them here."),
  ],
  CARD_NOT_ACTIVE: () => [say("That card isn't active, so it can't be used for this.")],
  CONFLICT: () => [say('That has already been done, or something else is in progress for it.')],
  INVALID_TRANSITION: () => [say("That can't be changed at this stage.")],
  PCI_BLOCKED: (_r, ctx) => [
    // The seed's own words on screen; heard on a call, "in chat" would be wrong.
    say(
      pciWarning,
      ctx.channel === 'voice' || ctx.channel === 'phone'
        ? pciWarning.replace(' in chat', '')
        : pciWarning,
    ),
  ],
  CARD_INVALID: () => [say("Those card details don't look right. Please enter them again.")],
  CARD_DECLINED: () => [say('That card was declined. You can try another card.')],
  CARD_CAPTURE_REQUIRED: () => [
    say('Please finish entering your card in the secure form, and then I can take the payment.'),
  ],
  CAPTURE_EXPIRED: () => [
    say('The secure card entry timed out. We can start again whenever you are ready.'),
  ],
  PAYMENT_PROCESSOR_UNAVAILABLE: () => [
    say(
      "Card payments aren't available right now. Please try again later, or I can help you pay with a transfer from one of your accounts.",
    ),
  ],
  RATE_LIMITED: () => [
    say("I've had a lot of requests in the last minute. Please wait a moment and try again."),
  ],
  UNAUTHORIZED: notHere,
  FORBIDDEN: notHere,
  LOGIN_FAILED: notHere,
  LOGIN_LOCKED: notHere,
  ROUTE_NOT_FOUND: notHere,
  METHOD_NOT_ALLOWED: notHere,
  MALFORMED_JSON: ourSide,
  UNSUPPORTED_MEDIA_TYPE: ourSide,
  PAYLOAD_TOO_LARGE: () => [say("That's too long for me to take in. Could you shorten it?")],
  HOLD_NOT_ACTIVE: ourSide,
  ALREADY_REVERSED: ourSide,
  LEDGER_UNBALANCED: ourSide,
  IDEMPOTENCY_KEY_REUSED: ourSide,
  TURN_IN_PROGRESS: () => [say("I'm still working on your last request. One moment, please.")],
  CONVERSATION_CLOSED: () => [
    say('This conversation has ended. Please start a new one and I will be glad to help.'),
  ],
  LLM_UNAVAILABLE: ourSide,
  NOT_READY: ourSide,
  DB_UNAVAILABLE: ourSide,
  DB_LOCKED: ourSide,
  CONFIG_INVALID: ourSide,
  SHUTTING_DOWN: ourSide,
  INTERNAL: ourSide,
};
