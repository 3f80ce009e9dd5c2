import { bullets, say } from './compose.js';
import { accountLabel, cardLabel, cleanDescriptor } from './labels.js';
import { bags, day, int, md, money, str } from './read.js';
import type { Bag, Refusal, RenderContext, Reply } from './types.js';

/** The next verification step, from the gate's `next` or, for the verifiers, the level needed. */
export function authRequired(refusal: Refusal, ctx: RenderContext): Reply {
  const level = int(refusal, 'level');
  const next =
    str(refusal, 'next') ??
    (level === 1 ? 'identify' : level === 2 ? 'otp' : level === 3 ? 'security_answer' : null);
  if (next === 'identify') {
    return [
      say(
        ctx.channel === 'phone'
          ? 'Before I can help with that, I need to confirm who you are.'
          : 'Before I can help with that, I need to confirm who you are. Please tell me the phone number on your account, along with your date of birth or ZIP code.',
      ),
    ];
  }
  if (next === 'security_answer') {
    return [
      say(
        'This needs enhanced verification for your security, so I will also ask you your security question.',
      ),
    ];
  }
  return [
    say(
      'For your security, I need to send a verification code to your phone before I can do that.',
    ),
  ];
}

/** A verification step that can no longer be tried: only a person can help now. */
export function lockedOut(cause: string): Reply {
  return [
    say(
      `${cause} For your security I can't try again right now, but a colleague can help. Shall I connect you?`,
    ),
  ];
}

function choiceLabel(choice: Bag, ctx: RenderContext): { text: string; speech: string } | null {
  if (str(choice, 'account_id')) {
    const label = accountLabel(str(choice, 'type'), str(choice, 'last4'));
    return { text: `Your ${label}`, speech: `your ${label}` };
  }
  if (str(choice, 'card_id')) {
    const label = cardLabel(choice);
    return { text: `Your ${label}`, speech: `your ${label}` };
  }
  const description = str(choice, 'description');
  if (description) {
    const amount = money(choice, null, 'amount')?.replace(/^-/, '');
    const when = day(choice.date, ctx);
    const merchant = cleanDescriptor(description);
    const what = `${amount ? `${amount} ` : ''}charge from`;
    const tail = when ? ` on ${when}` : '';
    return {
      text: `The ${what} ${md(merchant)}${tail}`,
      speech: `the ${what} ${merchant}${tail}`,
    };
  }
  return null;
}

/** More than one match: name them all and ask which. */
export function ambiguous(refusal: Refusal, ctx: RenderContext): Reply {
  const choices = bags(refusal, 'choices')
    .map((choice) => choiceLabel(choice, ctx))
    .filter((choice): choice is { text: string; speech: string } => choice !== null);
  if (choices.length === 0)
    return [say('More than one thing matches that. Which one do you mean?')];
  return [
    say(
      'More than one matches. Which one do you mean?',
      `More than one matches. Which one do you mean: ${choices.map((c) => c.speech).join(', or ')}?`,
    ),
    bullets(
      choices.map((c) => c.text),
      null,
    ),
  ];
}

/** Tool-written INVALID_INPUT messages that say something the customer can act on. */
const knownProblems: ReadonlyArray<readonly [fragment: string, sentence: string]> = [
  ['say which charge', 'Which charge do you mean? Tell me the merchant and the amount.'],
  ['only money taken out', 'Only money taken out of your account can be disputed.'],
  [
    'transfers can only be made from checking or savings',
    'Money can only be sent from a checking or savings account.',
  ],
  ['month has not started', "That month hasn't started yet, so there's no statement for it."],
  [
    'card and loan statements',
    'Statements for cards and loans come separately; I can get checking and savings statements for you here.',
  ],
  [
    'routing number is not valid',
    "That routing number doesn't look right. Could you read it again from your records?",
  ],
  [
    'give the descriptor',
    "What does the charge say on your statement, or what's the merchant's name?",
  ],
  [
    'a card payment pays a loan or a credit card',
    'A card payment can pay a loan or a credit card. To move money into your other accounts, I can set up a transfer.',
  ],
  ['send_on must be between', 'The payment date needs to be between today and a year from now.'],
  ['end_on must not be before', "The end date can't be before the first payment."],
  ['date_from must not be after', 'The start date needs to be before the end date.'],
  [
    'authorised for a different amount',
    'The card was authorised for a different amount or account, so we need to start the payment again.',
  ],
];

export function tryAgain(refusal: Refusal): Reply {
  const message = refusal.message.toLowerCase();
  const known = knownProblems.find(([fragment]) => message.includes(fragment));
  return [
    say(
      known?.[1] ??
        "I couldn't do that with the details I have. Could you check them and tell me again?",
    ),
  ];
}
